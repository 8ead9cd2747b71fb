// Applies prisma/migrations to a database through Prisma's own schema engine (WASM build), so the result and the
// `_prisma_migrations` history are the same as `prisma migrate deploy` would leave.
import path from "node:path";

import pg from "pg";

import { redactUrl } from "./database-url.ts";
import { createMigrationAdapterFactory } from "./migration-adapter.ts";
import { listMigrationDirectories, readMigrationList } from "./migrations-folder.ts";
import { defaultMigrationsDir } from "./paths.ts";
import { createSchemaEngine, describeEngineError, noFilters } from "./schema-engine.ts";

export class MigrationError extends Error {
  readonly migrationName: string | undefined;
  constructor(message: string, migrationName: string | undefined, options?: ErrorOptions) {
    super(message, options);
    this.name = "MigrationError";
    this.migrationName = migrationName;
  }
}

interface HistorySnapshot {
  tableExisted: boolean;
  ids: Set<string>;
}

async function readHistory(client: pg.Client): Promise<HistorySnapshot> {
  const { rows } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
  );
  if (!rows[0]?.exists) return { tableExisted: false, ids: new Set() };
  const history = await client.query<{ id: string }>('SELECT "id" FROM "_prisma_migrations"');
  return { tableExisted: true, ids: new Set(history.rows.map((row) => row.id)) };
}

/**
 * The engine runs each migration as one implicit transaction (see migration-adapter.ts), so a failed migration
 * changed nothing but the history row the engine wrote before running it. Remove that row (and the history table
 * if this run created it) so the database is exactly as before, and the fixed migration is retried next time
 * instead of blocking every later deploy as "failed" (Prisma's P3009).
 * Returns the name of the migration that failed, if this run started one.
 */
async function undoFailedAttempt(client: pg.Client, before: HistorySnapshot): Promise<string | undefined> {
  const after = await readHistory(client);
  if (!after.tableExisted) return undefined;
  const { rows } = await client.query<{ id: string; migration_name: string }>(
    'SELECT "id", "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NULL AND "rolled_back_at" IS NULL',
  );
  const started = rows.filter((row) => !before.ids.has(row.id));
  for (const row of started) await client.query('DELETE FROM "_prisma_migrations" WHERE "id" = $1', [row.id]);
  if (!before.tableExisted) {
    const { rows: remaining } = await client.query<{ count: string }>('SELECT count(*) FROM "_prisma_migrations"');
    if (remaining[0]?.count === "0") await client.query('DROP TABLE "_prisma_migrations"');
  }
  return started[0]?.migration_name;
}

/**
 * Held around applying migrations, so replicas that all run `npm run db:migrate` at once take turns: the first
 * applies, the others wait and then find nothing left to do. The schema engine also locks (Prisma's key 72707369,
 * on its own connection), but only around its own work: our history snapshot and the clean-up after a failed
 * migration run outside it, and without this lock one replica's clean-up could delete the history row of a
 * migration another replica is applying. A different key, since holding the engine's here would deadlock it.
 */
const MIGRATION_LOCK_KEY = "desa-migran:migrate";

/** Names of the migrations in `migrationsDir` the database has not finished applying (for `npm run serve`). */
export async function pendingMigrations(options: { url: string; migrationsDir?: string }): Promise<string[]> {
  const names = await listMigrationDirectories(options.migrationsDir ?? defaultMigrationsDir);
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean }>(
      "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
    );
    if (!rows[0]?.exists) return names;
    const applied = await client.query<{ migration_name: string }>(
      'SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL',
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return names.filter((name) => !done.has(name));
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Applies every migration in `migrationsDir` that the database has not applied yet, oldest first.
 * Returns the names of the migrations applied by this call (empty when the database was up to date).
 */
export async function applyMigrations(options: { url: string; migrationsDir?: string }): Promise<string[]> {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const migrationsList = await readMigrationList(migrationsDir);
  const client = new pg.Client({ connectionString: options.url });
  const factory = createMigrationAdapterFactory({ url: options.url });
  let engine;
  try {
    await client.connect();
    // Session-level: released when this connection ends, even if the process dies mid-migration.
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [MIGRATION_LOCK_KEY]);
    const before = await readHistory(client);
    engine = await createSchemaEngine({ adapterFactory: factory });
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
      return appliedMigrationNames;
    } catch (error) {
      const reason = describeEngineError(error);
      // The engine's connections may still hold its advisory lock; close them before touching the history.
      await factory.close();
      const failed = await undoFailedAttempt(client, before);
      const where = `${redactUrl(options.url)} (migrations from ${migrationsDir})`;
      throw new MigrationError(
        failed
          ? `Migration ${failed} failed and was rolled back; the database is unchanged by it. ` +
              `Fix ${path.join(path.relative(process.cwd(), migrationsDir) || ".", failed, "migration.sql")} and migrate again.\nDatabase: ${where}\nCause: ${reason}`
          : `Applying migrations to ${where} failed before any migration ran.\nCause: ${reason}`,
        failed,
        { cause: error },
      );
    }
  } finally {
    await factory.close();
    engine?.free();
    // Ending the connection releases the lock on a server; the embedded one shares one session across
    // connections, so release it explicitly too.
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [MIGRATION_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}
