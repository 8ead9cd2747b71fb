// What `npm run serve` checks before it starts anything, per role: the API's own rules (apps/api/src/env.ts:
// secrets, DATABASE_URL, WEB_ORIGIN) and the web server's. The web server keeps no secret of its own (sessions are
// the API's cookies, passed through), but without these two it would talk to, or show partners, a developer's
// localhost.
import { productionProblems, readEnv } from "@desa-migran/api/env";

export type Role = "api" | "web";

export function webProductionProblems(source: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  if (!source.API_URL?.trim()) {
    problems.push("API_URL is not set: the web server's address for the API, e.g. http://api:4000/graphql.");
  }
  if (!source.PARTNER_API_URL?.trim()) {
    problems.push(
      "PARTNER_API_URL is not set: the public GraphQL URL /mitra shows partners, e.g. https://desamigran.id/graphql.",
    );
  }
  return problems;
}

/** Every reason the given roles must not start in production (empty outside production). */
export function servingProblems(roles: readonly Role[], source: NodeJS.ProcessEnv = process.env): string[] {
  if (source.NODE_ENV !== "production")
    return ["NODE_ENV is not production: `npm run serve` sets it; run it that way."];
  const problems: string[] = [];
  if (roles.includes("api")) {
    try {
      problems.push(...productionProblems(readEnv(source), source));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  // Serving both in one process, the web server is given the local API's URL.
  if (roles.includes("web"))
    problems.push(...webProductionProblems(roles.includes("api") ? { ...source, API_URL: "local" } : source));
  return problems;
}
