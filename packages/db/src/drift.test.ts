// Guards the rule "every schema change comes with a migration": migrations applied to an empty database must give
// exactly what prisma/schema.prisma describes. If this fails after editing schema.prisma, run
// `npm run db:migration:create -- <name>`.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { diffDatabaseToSchema } from "./drift.ts";
import { applyMigrations } from "./migrate.ts";
import { listMigrationDirectories } from "./migrations-folder.ts";
import { defaultMigrationsDir, defaultSchemaPath } from "./paths.ts";
import { makeTempDir, query } from "./test-support.ts";
import { createTestDatabase, type TestDatabase } from "./testing.ts";

describe("prisma/migrations", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    // A database migrated from empty: on PGlite a copy of the template that applyMigrations built from these exact
    // migrations; with TEST_DATABASE_URL a new database on that PostgreSQL server
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.cleanup();
  });

  it("produce exactly prisma/schema.prisma when applied to an empty database (no drift)", async () => {
    // Given every migration applied from empty (beforeAll); When the live database is compared with the schema
    const drift = await diffDatabaseToSchema({ url: db.url });

    // Then nothing is missing or extra
    expect(
      drift,
      "schema.prisma and the migrations differ; create a migration (npm run db:migration:create -- <name>)",
    ).toBe("");
  });

  it("would report drift if schema.prisma changed without a migration", async () => {
    // Given the schema with one more model than the migrations create
    const temp = await makeTempDir("drift");
    try {
      const edited = path.join(temp.dir, "schema.prisma");
      await writeFile(edited, `${await readFile(defaultSchemaPath, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`);

      // When the migrated database is compared with it, Then the missing table is reported
      expect(await diffDatabaseToSchema({ url: db.url, schemaPath: edited })).toContain('CREATE TABLE "DriftProbe"');
    } finally {
      await temp.remove();
    }
  });

  it("apply all at once, and a second run applies nothing", async () => {
    // Given the migrations folder, all applied (beforeAll)
    const folders = await listMigrationDirectories(defaultMigrationsDir);

    // When they are applied again, Then nothing runs and each migration has exactly one finished row
    expect(await applyMigrations({ url: db.url })).toEqual([]);
    const history = await query<{ migration_name: string }>(
      db.url,
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1",
    );
    expect(history.map((row) => row.migration_name)).toEqual(folders);
  });
});
