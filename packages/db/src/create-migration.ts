// Writes a new migration = the SQL between the schema as of the last migration and the current schema.prisma.
// Pure schema-to-schema diff: no database (and no shadow database) is needed, unlike `prisma migrate dev`.
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import type { DiffTarget } from "@prisma/schema-engine-wasm/schema_engine_bg";

import {
  listMigrationDirectories,
  lockfileContent,
  lockfileName,
  migrationFileName,
  schemaSnapshotName,
} from "./migrations-folder.ts";
import { offlineAdapterFactory } from "./offline-adapter.ts";
import { defaultMigrationsDir, defaultSchemaPath } from "./paths.ts";
import { createSchemaEngine, describeEngineError, noFilters } from "./schema-engine.ts";

export type CreateMigrationResult =
  { created: true; name: string; dir: string; sql: string } | { created: false; reason: string };

/** "Add village code" -> "add_village_code"; rejects names that would not make a clean folder name. */
export function normalizeMigrationName(name: string): string {
  const normalized = name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (!/^[a-z0-9_]{1,200}$/.test(normalized)) {
    throw new Error(`Invalid migration name ${JSON.stringify(name)}: use letters, digits, "_", "-" or spaces.`);
  }
  return normalized;
}

/** UTC YYYYMMDDHHMMSS, the prefix Prisma gives migration folders. */
export function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function nextTimestamp(now: Date, lastName: string | undefined): string {
  const candidate = migrationTimestamp(now);
  const last = lastName?.slice(0, 14);
  if (!last || !/^\d{14}$/.test(last) || candidate > last) return candidate;
  // Keep folder order == creation order even if two migrations are made within one second or the clock is behind.
  const lastDate = new Date(
    Date.UTC(
      +last.slice(0, 4),
      +last.slice(4, 6) - 1,
      +last.slice(6, 8),
      +last.slice(8, 10),
      +last.slice(10, 12),
      +last.slice(12, 14),
    ),
  );
  return migrationTimestamp(new Date(lastDate.getTime() + 1000));
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The SQL that turns `from` into `to`; empty string when they are the same. */
export async function diffSchemas(from: DiffTarget, to: DiffTarget): Promise<string> {
  const engine = await createSchemaEngine({ adapterFactory: offlineAdapterFactory() });
  try {
    const result = await engine.diff({ from, to, script: true, exitCode: true, filters: noFilters });
    // exitCode 2 means "not empty"; an empty diff still comes with a "-- This is an empty migration." comment.
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  } catch (error) {
    throw new Error(`Could not diff the schemas: ${describeEngineError(error)}`, { cause: error });
  } finally {
    engine.free();
  }
}

export async function createMigration(options: {
  name: string;
  schemaPath?: string;
  migrationsDir?: string;
  now?: Date;
  /** Create the migration even when the schema did not change (for hand-written SQL). */
  allowEmpty?: boolean;
}): Promise<CreateMigrationResult> {
  const name = normalizeMigrationName(options.name);
  const schemaPath = path.resolve(options.schemaPath ?? defaultSchemaPath);
  const migrationsDir = path.resolve(options.migrationsDir ?? defaultMigrationsDir);
  const schema = await readFile(schemaPath, "utf8");

  const existing = await listMigrationDirectories(migrationsDir);
  const last = existing.at(-1);
  let from: DiffTarget = { tag: "empty" };
  if (last) {
    const snapshotPath = path.join(migrationsDir, last, schemaSnapshotName);
    const snapshot = await readFile(snapshotPath, "utf8").catch(() => undefined);
    if (snapshot === undefined) {
      throw new Error(
        `The last migration (${last}) has no ${schemaSnapshotName} beside it, so there is nothing to diff from. ` +
          `Restore it (e.g. from git: the schema.prisma of the commit that added ${last}) and run again.`,
      );
    }
    from = { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: snapshot }] };
  }
  const sql = await diffSchemas(from, { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] });
  if (!sql && !options.allowEmpty) {
    return {
      created: false,
      reason: `${path.relative(process.cwd(), schemaPath) || schemaPath} has not changed since ${last ?? "an empty database"}; no migration created.`,
    };
  }

  const dirName = `${nextTimestamp(options.now ?? new Date(), last)}_${name}`;
  const dir = path.join(migrationsDir, dirName);
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, migrationFileName),
    sql || "-- This migration was created empty for hand-written SQL.\n",
  );
  await writeFile(path.join(dir, schemaSnapshotName), schema);
  const lockfile = path.join(migrationsDir, lockfileName);
  if (!(await exists(lockfile))) await writeFile(lockfile, lockfileContent);
  return { created: true, name: dirName, dir, sql };
}
