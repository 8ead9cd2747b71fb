// Names for the SQL statements Prisma sends, so that the pg driver prepares each distinct statement once per
// connection and PostgreSQL keeps it: a request then skips parsing (and, once PostgreSQL settles on a generic plan,
// planning), which on the demo data took longer than running the statement. Prisma's statements are a fixed set
// of texts with their values as parameters, so the set of names stays small; past `limit` distinct texts (a
// statement built from a varying list, say) the rest go unnamed, as before, so nothing grows without bound.
import type { SqlQuery } from "@prisma/driver-adapter-utils";

export function statementNames(limit = 2000): (query: Pick<SqlQuery, "sql">) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    // An empty name is pg's unnamed statement: parsed and planned each time.
    if (names.size >= limit) return "";
    const name = `dm${names.size}`;
    names.set(sql, name);
    return name;
  };
}

/**
 * The pg connection setting that goes with named statements: plan each run for its values (PostgreSQL's custom
 * plan), as an unnamed statement is, so naming saves the parsing and never changes a plan (index.ts says why).
 */
export const CUSTOM_PLANS = { options: "-c plan_cache_mode=force_custom_plan" } as const;
