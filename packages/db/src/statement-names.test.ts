import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPrismaClient } from "./index.ts";
import { statementNames } from "./statement-names.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

describe("statementNames", () => {
  it("names each distinct text once, the same name every time, and none past the limit", () => {
    const name = statementNames(2);
    const first = name({ sql: "SELECT 1" });
    expect(first).not.toBe("");
    expect(name({ sql: "SELECT 2" })).not.toBe(first);
    expect(name({ sql: "SELECT 1" })).toBe(first);
    // A third text goes unnamed (pg's unnamed statement), while the known ones keep their names.
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 2" })).not.toBe("");
  });
});

const onServer = Boolean(process.env.TEST_DATABASE_URL);

describe("prepared statements on a real database", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.cleanup();
  });

  /**
   * The named statements on the client's one connection after reading one table three times with different values.
   */
  async function preparedAfterReads(preparedStatements: boolean, table: "ProductCategory" | "Regency") {
    const prisma = createPrismaClient({ connectionString: database.url, maxConnections: 1, preparedStatements });
    try {
      for (let i = 0; i < 3; i++) {
        const where = { name: `no-such-${i}` };
        await (table === "Regency"
          ? prisma.regency.findMany({ where })
          : prisma.productCategory.findMany({ where: { slug: where.name } }));
      }
      const rows = await prisma.$queryRaw<
        { statement: string }[]
      >`SELECT statement FROM pg_prepared_statements WHERE name <> ''`;
      return rows.map((row) => row.statement).filter((sql) => sql.includes(`"${table}"`));
    } finally {
      await prisma.$disconnect();
    }
  }

  it.runIf(onServer)("keeps one prepared statement per distinct query on the connection", async () => {
    // The three reads share one statement (the value is a parameter), prepared once.
    expect(await preparedAfterReads(true, "ProductCategory")).toHaveLength(1);
  });

  it.runIf(onServer)("still plans each run for its values, as an unnamed statement is", async () => {
    const prisma = createPrismaClient({ connectionString: database.url, maxConnections: 1 });
    try {
      const [setting] = await prisma.$queryRaw<{ plan_cache_mode: string }[]>`SHOW plan_cache_mode`;
      expect(setting?.plan_cache_mode).toBe("force_custom_plan");
    } finally {
      await prisma.$disconnect();
    }
  });

  it.runIf(onServer)("prepares nothing when turned off (a pooler that cannot keep them)", async () => {
    expect(await preparedAfterReads(false, "Regency")).toEqual([]);
  });

  // Its connections share one session, where two clients' names would collide (index.ts).
  it.skipIf(onServer)("names nothing on the embedded server", async () => {
    expect(await preparedAfterReads(true, "Regency")).toEqual([]);
  });
});
