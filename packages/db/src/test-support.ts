// Helpers shared by this package's tests (not exported from the package).
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";

/** A temporary directory removed by the returned cleanup. */
export async function makeTempDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes <migrationsDir>/<name>/migration.sql. */
export async function writeMigration(migrationsDir: string, name: string, sql: string): Promise<void> {
  await mkdir(path.join(migrationsDir, name), { recursive: true });
  await writeFile(path.join(migrationsDir, name, "migration.sql"), sql);
}

export async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Tables, columns, types and constraints of the public schema, as comparable text. */
export async function describeSchema(url: string): Promise<string[]> {
  const rows = await query<{ line: string }>(
    url,
    `
    SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type AS line
      FROM information_schema.columns WHERE table_schema = 'public'
    UNION ALL SELECT 'type ' || typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
      WHERE n.nspname = 'public' AND t.typtype IN ('e', 'c') AND NOT EXISTS (
        SELECT 1 FROM pg_class c WHERE c.reltype = t.oid)
    UNION ALL SELECT 'constraint ' || conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = 'public'
    UNION ALL SELECT 'function ' || proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public'
    ORDER BY 1`,
  );
  return rows.map((row) => row.line);
}

/** Empties the public schema (PGlite serves a single database, so tests reset it instead of making new ones). */
export async function resetPublicSchema(url: string): Promise<void> {
  await query(url, "DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
}
