import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { type EmbeddedDatabase, startEmbeddedDatabase } from "./embedded.ts";
import { applyMigrations, MigrationError } from "./migrate.ts";
import { describeSchema, makeTempDir, query, resetPublicSchema, writeMigration } from "./test-support.ts";

describe("applyMigrations", () => {
  let db: EmbeddedDatabase;
  let migrations: Awaited<ReturnType<typeof makeTempDir>>;

  beforeAll(async () => {
    db = await startEmbeddedDatabase();
  });
  afterAll(async () => {
    await db?.stop();
  });
  beforeEach(async () => {
    await migrations?.remove();
    migrations = await makeTempDir("migrations");
    await resetPublicSchema(db.url);
  });

  it("applies SQL with semicolons inside strings and function bodies in one piece", async () => {
    // Given a migration whose statements contain ";" that is not a statement end
    await writeMigration(
      migrations.dir,
      "20250101000000_init",
      `
      CREATE TABLE "Note" ("id" SERIAL PRIMARY KEY, "body" TEXT NOT NULL DEFAULT 'a;b');
      CREATE FUNCTION note_guard() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.body = '' THEN RAISE EXCEPTION 'empty; not allowed'; END IF;
        RETURN NEW;
      END;
      $$;
      CREATE TRIGGER note_guard BEFORE INSERT ON "Note" FOR EACH ROW EXECUTE FUNCTION note_guard();`,
    );

    // When it is applied
    const applied = await applyMigrations({ url: db.url, migrationsDir: migrations.dir });

    // Then it ran whole: the default keeps its semicolon and the trigger works
    expect(applied).toEqual(["20250101000000_init"]);
    const [row] = await query<{ body: string }>(db.url, `INSERT INTO "Note" DEFAULT VALUES RETURNING "body"`);
    expect(row?.body).toBe("a;b");
    await expect(query(db.url, `INSERT INTO "Note" ("body") VALUES ('')`)).rejects.toThrow(/empty; not allowed/);
  });

  it("applies nothing the second time and records one history row per migration", async () => {
    // Given two migrations already applied
    await writeMigration(migrations.dir, "20250101000000_one", `CREATE TABLE "One" ("id" INT PRIMARY KEY);`);
    await writeMigration(migrations.dir, "20250102000000_two", `CREATE TABLE "Two" ("id" INT PRIMARY KEY);`);
    expect(await applyMigrations({ url: db.url, migrationsDir: migrations.dir })).toEqual([
      "20250101000000_one",
      "20250102000000_two",
    ]);

    // When they are applied again
    const second = await applyMigrations({ url: db.url, migrationsDir: migrations.dir });

    // Then nothing runs, and the history has exactly one finished row for each, as Prisma writes it
    expect(second).toEqual([]);
    const history = await query<{
      migration_name: string;
      finished: boolean;
      applied_steps_count: number;
      checksum: string;
    }>(
      db.url,
      `SELECT migration_name, finished_at IS NOT NULL AND rolled_back_at IS NULL AS finished, applied_steps_count, checksum
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(
      history.map(({ migration_name, finished, applied_steps_count }) => ({
        migration_name,
        finished,
        applied_steps_count,
      })),
    ).toEqual([
      { migration_name: "20250101000000_one", finished: true, applied_steps_count: 1 },
      { migration_name: "20250102000000_two", finished: true, applied_steps_count: 1 },
    ]);
    // Prisma's checksum is the SHA-256 of migration.sql, so `prisma migrate deploy` elsewhere accepts this history
    const { createHash } = await import("node:crypto");
    expect(history[0]?.checksum).toBe(
      createHash("sha256").update(`CREATE TABLE "One" ("id" INT PRIMARY KEY);`).digest("hex"),
    );
  });

  it("rolls a failing migration back completely, says which one failed and why, and retries it once fixed", async () => {
    // Given a database with one migration applied
    await writeMigration(migrations.dir, "20250101000000_one", `CREATE TABLE "One" ("id" INT PRIMARY KEY);`);
    await applyMigrations({ url: db.url, migrationsDir: migrations.dir });
    const before = await describeSchema(db.url);
    const historyBefore = await query(db.url, "SELECT id, migration_name FROM _prisma_migrations ORDER BY 1");

    // When a migration that changes things and then fails is applied
    await writeMigration(
      migrations.dir,
      "20250102000000_broken",
      `
      CREATE TYPE "Mood" AS ENUM ('HAPPY');
      CREATE TABLE "Two" ("id" INT PRIMARY KEY);
      ALTER TABLE "One" ADD COLUMN "name" TEXT;
      INSERT INTO "NoSuchTable" VALUES (1);`,
    );
    const failure = await applyMigrations({ url: db.url, migrationsDir: migrations.dir }).catch(
      (error: unknown) => error,
    );

    // Then the error names the migration and the cause
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migrationName).toBe("20250102000000_broken");
    expect((failure as Error).message).toMatch(/Migration 20250102000000_broken failed and was rolled back/);
    expect((failure as Error).message).toMatch(/NoSuchTable/);
    // And the database, history included, is exactly as before
    expect(await describeSchema(db.url)).toEqual(before);
    expect(await query(db.url, "SELECT id, migration_name FROM _prisma_migrations ORDER BY 1")).toEqual(historyBefore);

    // When the migration is fixed, it applies (a failed attempt does not block later runs)
    await writeMigration(migrations.dir, "20250102000000_broken", `CREATE TABLE "Two" ("id" INT PRIMARY KEY);`);
    expect(await applyMigrations({ url: db.url, migrationsDir: migrations.dir })).toEqual(["20250102000000_broken"]);
  });

  it("leaves an empty database without even a history table when the first migration fails", async () => {
    // Given an empty database and a first migration that fails
    await writeMigration(migrations.dir, "20250101000000_broken", `CREATE TABLE "One" ("id" INT); SELECT 1/0;`);

    // When it is applied
    await expect(applyMigrations({ url: db.url, migrationsDir: migrations.dir })).rejects.toThrow(/division by zero/);

    // Then nothing at all was created
    expect(await describeSchema(db.url)).toEqual([]);
  });
});
