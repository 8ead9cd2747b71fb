// Gives each test file its own migrated database, so test files can run in parallel without seeing each other's rows.
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

import { assertDatabaseReachable, validateDatabaseUrl } from "./database-url.ts";
import { startEmbeddedDatabase } from "./embedded.ts";
import { createPrismaClient, type PrismaClient } from "./index.ts";
import { applyMigrations } from "./migrate.ts";
import { listMigrationDirectories, migrationFileName } from "./migrations-folder.ts";
import { defaultMigrationsDir, repoRoot } from "./paths.ts";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Disconnects Prisma and removes the database. */
  cleanup(): Promise<void>;
}

const templateCacheDir = path.join(repoRoot, "node_modules", ".cache", "desa-migran-db");

// PGlite's package.json is not in its "exports"; find it above the resolved entry point.
async function pgliteVersion(): Promise<string> {
  let dir = path.dirname(fileURLToPath(import.meta.resolve("@electric-sql/pglite")));
  while (dir !== path.dirname(dir)) {
    const manifest = await readFile(path.join(dir, "package.json"), "utf8").catch(() => undefined);
    if (manifest) {
      const { name, version } = JSON.parse(manifest) as { name?: string; version?: string };
      if (name === "@electric-sql/pglite" && version) return version;
    }
    dir = path.dirname(dir);
  }
  throw new Error("Cannot find the installed @electric-sql/pglite version.");
}

/** Changes whenever a migration or the PGlite version changes, so a cached template is never stale. */
async function migrationsFingerprint(migrationsDir: string): Promise<string> {
  const hash = createHash("sha256");
  hash.update(`pglite ${await pgliteVersion()}\n`);
  for (const name of await listMigrationDirectories(migrationsDir)) {
    hash.update(`${name}\n`);
    hash.update(await readFile(path.join(migrationsDir, name, migrationFileName)).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * A fresh in-memory PGlite. Creating an empty one costs ~3 s (initdb) and migrating it more, so the first test
 * process stores a dump of a migrated database and every later one loads that dump (~1 s) instead.
 */
async function createEmbeddedTestDatabase(
  migrationsDir: string,
  prepared?: TemplatePreparation,
): Promise<{ url: string; stop(): Promise<void> }> {
  const suffix = prepared ? `-${prepared.key}` : "";
  const templateFile = path.join(templateCacheDir, `pglite-${await migrationsFingerprint(migrationsDir)}${suffix}.tar`);
  const template = await readFile(templateFile).catch(() => undefined);
  const db = await startEmbeddedDatabase(template ? { loadDataDir: new Blob([template]) } : {});
  try {
    // A loaded template is already migrated (and prepared): its name holds the fingerprints it was made from.
    if (!template) {
      await applyMigrations({ url: db.url, migrationsDir });
      if (prepared) await runPreparation(db.url, prepared);
      const dump = await db.pglite.dumpDataDir("none");
      await mkdir(templateCacheDir, { recursive: true });
      // Parallel test processes may all build it: write privately, then rename, so nobody reads half a file.
      const partial = `${templateFile}.${process.pid}.${randomBytes(4).toString("hex")}`;
      await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
      await rename(partial, templateFile);
    }
    return db;
  } catch (error) {
    await db.stop();
    throw error;
  }
}

/**
 * Where to connect to create and drop test databases: TEST_DATABASE_URL itself, or the server's "postgres"
 * database when the one it names does not exist (only the server part of TEST_DATABASE_URL matters).
 */
async function maintenanceUrl(serverUrl: string): Promise<string> {
  try {
    await assertDatabaseReachable(serverUrl, { variable: "TEST_DATABASE_URL" });
    return serverUrl;
  } catch (error) {
    if ((error as Error & { cause?: { code?: string } }).cause?.code !== "3D000") throw error;
    const fallback = new URL(serverUrl);
    fallback.pathname = "/postgres";
    await assertDatabaseReachable(fallback.toString(), { variable: "TEST_DATABASE_URL" });
    return fallback.toString();
  }
}

/**
 * A prepared template database on the server (migrated, then `prepared`), made once per fingerprint and copied
 * by CREATE DATABASE ... TEMPLATE for each test file. An advisory lock keeps parallel test processes from
 * building it twice.
 */
async function ensureServerTemplate(
  serverUrl: string,
  adminUrl: string,
  migrationsDir: string,
  prepared: TemplatePreparation,
) {
  const name = `tmpl_${(await migrationsFingerprint(migrationsDir)).slice(0, 12)}_${prepared.key}`.slice(0, 63);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) {
      const building = `${name}_building`.slice(0, 63);
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      const url = new URL(serverUrl);
      url.pathname = `/${building}`;
      await applyMigrations({ url: url.toString(), migrationsDir });
      await runPreparation(url.toString(), prepared);
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    }
  } finally {
    await admin.query("SELECT pg_advisory_unlock(hashtext($1))", [name]).catch(() => {});
    await admin.end();
  }
  return name;
}

async function runPreparation(url: string, prepared: TemplatePreparation) {
  const prisma = createPrismaClient({ connectionString: url, maxConnections: 2 });
  try {
    await prepared.prepare(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** A new database on the server at TEST_DATABASE_URL, dropped again (with FORCE) by stop(). */
async function createServerTestDatabase(
  serverUrl: string,
  migrationsDir: string,
  prepared?: TemplatePreparation,
): Promise<{ url: string; stop(): Promise<void> }> {
  const parsed = validateDatabaseUrl(serverUrl, "TEST_DATABASE_URL");
  const adminUrl = await maintenanceUrl(serverUrl);
  const name = `test_${randomBytes(6).toString("hex")}`;
  const template = prepared ? await ensureServerTemplate(serverUrl, adminUrl, migrationsDir, prepared) : null;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  parsed.pathname = `/${name}`;
  const url = parsed.toString();
  const stop = async () => {
    const dropper = new pg.Client({ connectionString: adminUrl });
    await dropper.connect();
    try {
      // FORCE (PostgreSQL 13+) ends connections a test may have leaked instead of failing the drop.
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    } finally {
      await dropper.end();
    }
  };
  try {
    if (!template) await applyMigrations({ url, migrationsDir });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Data every test database of a kind starts with (e.g. the demo seed), built once and copied after that.
 * `key` must change whenever what `prepare` writes changes (callers hash the code that writes it).
 */
export interface TemplatePreparation {
  key: string;
  prepare(prisma: PrismaClient): Promise<unknown>;
}

export async function createTestDatabase(
  options: {
    migrationsDir?: string;
    env?: Record<string, string | undefined>;
    prepared?: TemplatePreparation;
  } = {},
): Promise<TestDatabase> {
  const env = options.env ?? process.env;
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const serverUrl = env.TEST_DATABASE_URL?.trim();
  const database = serverUrl
    ? await createServerTestDatabase(serverUrl, migrationsDir, options.prepared)
    : await createEmbeddedTestDatabase(migrationsDir, options.prepared);
  // Few connections: one test file rarely needs more, and the embedded server runs one query at a time anyway.
  const prisma = createPrismaClient({ connectionString: database.url, maxConnections: 4 });
  let cleaning: Promise<void> | undefined;
  return {
    url: database.url,
    prisma,
    cleanup: () =>
      (cleaning ??= (async () => {
        await prisma.$disconnect();
        await database.stop();
      })()),
  };
}
