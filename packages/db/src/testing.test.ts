import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listMigrationDirectories } from "./migrations-folder.ts";
import { defaultMigrationsDir } from "./paths.ts";
import { query } from "./test-support.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

describe("createTestDatabase", () => {
  let first: TestDatabase;
  let second: TestDatabase;
  beforeAll(async () => {
    first = await createTestDatabase();
    second = await createTestDatabase();
  });
  afterAll(async () => {
    await first?.cleanup();
    await second?.cleanup();
  });

  it("gives a migrated database with a connected Prisma client", async () => {
    const rows = await query<{ migration_name: string }>(
      first.url,
      "SELECT migration_name FROM _prisma_migrations ORDER BY 1",
    );
    expect(rows.map((row) => row.migration_name)).toEqual(await listMigrationDirectories(defaultMigrationsDir));
    await expect(first.prisma.$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
  });

  it("keeps databases apart", async () => {
    await query(first.url, "CREATE TABLE only_in_first (id INT)");
    await expect(query(second.url, "SELECT * FROM only_in_first")).rejects.toThrow(/does not exist/);
  });
});
