// Reads prisma/migrations the way the Prisma CLI does, so checksums and names match `prisma migrate deploy`.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";

export const lockfileName = "migration_lock.toml";
export const lockfileContent = 'provider = "postgresql"\n';
export const migrationFileName = "migration.sql";
/** The schema a migration was generated from, kept beside it so the next migration can be diffed from it. */
export const schemaSnapshotName = "schema.prisma";

/** Migration folder names, oldest first (their names start with a UTC timestamp, so name order is time order). */
export async function listMigrationDirectories(migrationsDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The migrations folder as the schema engine wants it. */
export async function readMigrationList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const names = await listMigrationDirectories(baseDir);
  const migrationDirectories = await Promise.all(
    names.map(async (name) => {
      const sql = await readOptional(path.join(baseDir, name, migrationFileName));
      return {
        path: name,
        migrationFile: {
          path: migrationFileName,
          // The engine reports a missing file with the folder's name, like the CLI does.
          content:
            sql === null
              ? { tag: "error" as const, value: `${migrationFileName} is missing in ${path.join(baseDir, name)}` }
              : { tag: "ok" as const, value: sql },
        },
      };
    }),
  );
  return {
    baseDir,
    lockfile: { path: lockfileName, content: await readOptional(path.join(baseDir, lockfileName)) },
    shadowDbInitScript: "",
    migrationDirectories,
  };
}
