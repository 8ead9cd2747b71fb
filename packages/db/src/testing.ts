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
async function createEmbeddedTestDatabase(migrationsDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const templateFile = path.join(templateCacheDir, `pglite-${await migrationsFingerprint(migrationsDir)}.tar`);
  const template = await readFile(templateFile).catch(() => undefined);
  const db = await startEmbeddedDatabase(template ? { loadDataDir: new Blob([template]) } : {});
  try {
    // A loaded template is already migrated: its file name is the fingerprint of the migrations it was made from.
    if (!template) {
      await applyMigrations({ url: db.url, migrationsDir });
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

/** A new database on the server at TEST_DATABASE_URL, dropped again (with FORCE) by stop(). */
async function createServerTestDatabase(serverUrl: string, migrationsDir: string): Promise<{ url: string; stop(): Promise<void> }> {
  const parsed = validateDatabaseUrl(serverUrl, "TEST_DATABASE_URL");
  const adminUrl = await maintenanceUrl(serverUrl);
  const name = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
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
    await applyMigrations({ url, migrationsDir });
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

export async function createTestDatabase(options: {
  migrationsDir?: string;
  env?: Record<string, string | undefined>;
} = {}): Promise<TestDatabase> {
  const env = options.env ?? process.env;
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir;
  const serverUrl = env.TEST_DATABASE_URL?.trim();
  const database = serverUrl
    ? await createServerTestDatabase(serverUrl, migrationsDir)
    : await createEmbeddedTestDatabase(migrationsDir);
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
