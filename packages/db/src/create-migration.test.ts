import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { createMigration, migrationTimestamp } from "./create-migration.ts";
import { makeTempDir } from "./test-support.ts";

const header = 'datasource db {\n  provider = "postgresql"\n}\n';
const villageModel = `${header}\nmodel Village {\n  id   Int    @id\n  name String\n}\n`;

describe("createMigration (no database involved)", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let schemaPath: string;
  let migrationsDir: string;
  beforeEach(async () => {
    temp = await makeTempDir("create-migration");
    schemaPath = path.join(temp.dir, "schema.prisma");
    migrationsDir = path.join(temp.dir, "migrations");
  });
  afterEach(() => temp.remove());

  it("creates the first migration from an empty database, with a schema snapshot and the lock file", async () => {
    // Given a schema and no migrations yet
    await writeFile(schemaPath, villageModel);

    // When a migration is created
    const result = await createMigration({
      name: "Init villages",
      schemaPath,
      migrationsDir,
      now: new Date("2025-03-04T05:06:07Z"),
    });

    // Then its folder is timestamped in UTC, holds the CREATE TABLE and a copy of the schema
    expect(result).toMatchObject({ created: true, name: "20250304050607_init_villages" });
    const dir = path.join(migrationsDir, "20250304050607_init_villages");
    expect(await readFile(path.join(dir, "migration.sql"), "utf8")).toContain('CREATE TABLE "Village"');
    expect(await readFile(path.join(dir, "schema.prisma"), "utf8")).toBe(villageModel);
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toBe('provider = "postgresql"\n');
  });

  it("diffs the next migration from the previous snapshot, and creates nothing when nothing changed", async () => {
    // Given one migration made from the current schema
    await writeFile(schemaPath, villageModel);
    await createMigration({ name: "init", schemaPath, migrationsDir, now: new Date("2025-01-01T00:00:00Z") });

    // When another is requested without a schema change, Then none is created and the reason says so
    const unchanged = await createMigration({ name: "nothing", schemaPath, migrationsDir });
    expect(unchanged.created).toBe(false);
    expect(unchanged.created ? "" : unchanged.reason).toMatch(/has not changed since 20250101000000_init/);

    // When the schema gains a column and a migration is created (even with the clock behind)
    await writeFile(schemaPath, villageModel.replace("name String", "name String\n  code String?"));
    const next = await createMigration({
      name: "add-code",
      schemaPath,
      migrationsDir,
      now: new Date("2024-01-01T00:00:00Z"),
    });

    // Then it holds only the change, and sorts after the first
    expect(next).toMatchObject({ created: true, name: "20250101000001_add_code" });
    expect(next.created && next.sql.trim()).toBe('-- AlterTable\nALTER TABLE "Village" ADD COLUMN     "code" TEXT;');
    expect(await readdir(migrationsDir)).toEqual([
      "20250101000000_init",
      "20250101000001_add_code",
      "migration_lock.toml",
    ]);
  });

  it("creates an empty migration for hand-written SQL when asked", async () => {
    await writeFile(schemaPath, villageModel);
    await createMigration({ name: "init", schemaPath, migrationsDir });
    const result = await createMigration({ name: "constraints", schemaPath, migrationsDir, allowEmpty: true });
    expect(result).toMatchObject({ created: true, sql: "" });
  });

  it("rejects names that would make odd folder names", async () => {
    await writeFile(schemaPath, villageModel);
    await expect(createMigration({ name: "../escape", schemaPath, migrationsDir })).rejects.toThrow(
      /Invalid migration name/,
    );
  });

  it("formats timestamps as UTC YYYYMMDDHHMMSS", () => {
    expect(migrationTimestamp(new Date("2026-11-28T23:59:58.999Z"))).toBe("20261128235958");
  });
});
