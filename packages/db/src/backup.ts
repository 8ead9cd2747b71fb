// Backups: pg_dump's custom format from a PostgreSQL server, or PGlite's own data-directory dump from the
// embedded database. Restores go into a new, empty database only, so a mistyped URL cannot overwrite live data.
import { spawn } from "node:child_process";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

import { redactUrl } from "./database-url.ts";
import { embeddedExtensions, startEmbeddedDatabase } from "./embedded.ts";
import { defaultMigrationsDir } from "./paths.ts";

const PREFIX = "desa-migran-";
export const SERVER_SUFFIX = ".dump";
export const EMBEDDED_SUFFIX = ".pglite.tar.gz";

/** Prisma-only URL parameters that libpq (pg_dump, pg_restore) refuses. */
const PRISMA_PARAMETERS = ["schema", "connection_limit", "pool_timeout", "socket_timeout", "pgbouncer"];

/**
 * The URL for libpq tools, and the password apart: in the environment (PGPASSWORD) it is not visible to other
 * users in the process list, as a command-line argument would be.
 */
function libpqConnection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  for (const name of PRISMA_PARAMETERS) parsed.searchParams.delete(name);
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "ENOENT"
          ? new Error(
              `${command} is not installed: install the PostgreSQL client tools (apt-get install postgresql-client).`,
            )
          : error,
      ),
    );
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

function timestamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/** Keeps the newest `keep` backups in `dir`, deleting older ones (only files this module names). */
async function prune(dir: string, keep: number): Promise<string[]> {
  const backups = (await readdir(dir))
    .filter((name) => name.startsWith(PREFIX) && (name.endsWith(SERVER_SUFFIX) || name.endsWith(EMBEDDED_SUFFIX)))
    .sort();
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const name of old) await rm(path.join(dir, name));
  return old;
}

/**
 * Writes a backup into `dir` and returns its path: of the server at `url`, or of the embedded database in
 * `embeddedDataDir` when there is no url. Written under a temporary name and renamed when complete, so a
 * crashed backup never looks like a good one.
 */
export async function backupDatabase(options: {
  url?: string;
  embeddedDataDir: string;
  dir: string;
  /** How many backups to keep in `dir` (older ones are deleted); 0 keeps all. */
  keep?: number;
}): Promise<{ file: string; bytes: number; pruned: string[] }> {
  await mkdir(options.dir, { recursive: true });
  const suffix = options.url ? SERVER_SUFFIX : EMBEDDED_SUFFIX;
  const file = path.join(options.dir, `${PREFIX}${timestamp()}${suffix}`);
  const partial = `${file}.partial`;
  try {
    if (options.url) {
      const { dbname, env } = libpqConnection(options.url);
      await run("pg_dump", ["--format=custom", "--compress=6", `--file=${partial}`, `--dbname=${dbname}`], env);
    } else {
      const embedded = await startEmbeddedDatabase({ dataDir: options.embeddedDataDir });
      try {
        const dump = await embedded.pglite.dumpDataDir("gzip");
        await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      } finally {
        await embedded.stop();
      }
    }
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  const pruned = options.keep ? await prune(options.dir, options.keep) : [];
  return { file, bytes: (await stat(file)).size, pruned };
}

/**
 * Migrations that change settings of extension-owned objects, which pg_dump does not carry (it dumps an extension as
 * CREATE EXTENSION, not its members): run again after a restore. Each is idempotent.
 */
const EXTENSION_SETTING_MIGRATIONS = ["20261205221449_search_operator_costs"];

async function reapplyExtensionSettings(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of EXTENSION_SETTING_MIGRATIONS) {
      await client.query(await readFile(path.join(defaultMigrationsDir, name, "migration.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
}

/** Restores `file` into the empty database at `url`, or into a new embedded data directory when there is no url. */
export async function restoreDatabase(options: {
  file: string;
  url?: string;
  embeddedDataDir: string;
}): Promise<string> {
  const embeddedBackup = options.file.endsWith(EMBEDDED_SUFFIX);
  if (options.url) {
    if (embeddedBackup) {
      throw new Error(
        `${options.file} is a dump of the embedded database; restore it without DATABASE_URL. ` +
          "To move embedded data to PostgreSQL, restore it embedded, then `pg_dump` the running embedded database.",
      );
    }
    const client = new pg.Client({ connectionString: options.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ tables: string }>(
        "SELECT count(*) AS tables FROM pg_tables WHERE schemaname = 'public'",
      );
      if (Number(rows[0]!.tables) > 0) {
        throw new Error(
          `${redactUrl(options.url)} is not empty (${rows[0]!.tables} tables). Restore into a new database ` +
            "(e.g. `createdb desa_migran_restored`) and point DATABASE_URL at it; then switch the app over.",
        );
      }
    } finally {
      await client.end();
    }
    const { dbname, env } = libpqConnection(options.url);
    // --no-owner/--no-privileges: the new server's role owns everything, whatever the old one was called.
    // Triggers (ledger balances) are created after the data is loaded, so loading does not fire them.
    await run(
      "pg_restore",
      ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${dbname}`, options.file],
      env,
    );
    await reapplyExtensionSettings(options.url);
    return redactUrl(options.url);
  }
  if (!embeddedBackup) {
    throw new Error(`${options.file} is a pg_dump of a PostgreSQL server; set DATABASE_URL to a new, empty database.`);
  }
  const existing = await readdir(options.embeddedDataDir).catch(() => []);
  if (existing.length > 0) {
    throw new Error(
      `${options.embeddedDataDir} already holds a database. Move it aside (or delete it) first, then restore.`,
    );
  }
  const db = await PGlite.create(options.embeddedDataDir, {
    extensions: embeddedExtensions,
    loadDataDir: new Blob([await readFile(options.file)]),
  });
  await db.close();
  return options.embeddedDataDir;
}
