// An embedded PostgreSQL (PGlite, Postgres compiled to WASM) served on a loopback port, so the app, psql and other
// processes reach it with an ordinary postgresql:// URL and the same driver as production.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";

import { PGlite, type PGliteOptions } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * Marks URLs of the embedded server. pglite-socket queues protocol *messages*, not whole queries, across
 * connections, so two connections interleave Parse/Bind/Execute and break each other's unnamed portal
 * ("portal does not exist"). Clients of an embedded URL therefore use a single connection (see createPrismaClient).
 */
export const EMBEDDED_APPLICATION_NAME = "desa-migran-embedded";

/**
 * PostgreSQL extensions the migrations use (CREATE EXTENSION). PGlite can only create an extension whose code it
 * was given in its constructor, so every PGlite this project opens passes these.
 */
export const embeddedExtensions = { pg_trgm } satisfies PGliteOptions["extensions"];

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** The PGlite instance itself, e.g. to dump it (dumpDataDir) as a template for later databases. */
  pglite: PGlite;
  /** Closes client connections, the server and PGlite (flushing it to dataDir). Safe to call twice. */
  stop(): Promise<void>;
}

const host = "127.0.0.1";

function portInUseError(port: number | undefined, cause: unknown): Error {
  return new Error(
    `Cannot start the embedded database: port ${port} on ${host} is already in use. ` +
      `Stop whatever listens there, choose another port, or use port 0 to pick a free one.`,
    { cause },
  );
}

// Fails fast on a taken port, before paying seconds for PGlite's start. (The port can still be taken between this
// probe and the real listen; that case is reported the same way below.)
async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? portInUseError(port, error) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Two PGlite instances writing one data directory corrupt it, and nothing in PGlite prevents that: keep a pid file.
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  await mkdir(path.dirname(lockFile), { recursive: true });
  const holder = Number.parseInt(await readFile(lockFile, "utf8").catch(() => ""), 10);
  if (holder && holder !== process.pid && isProcessAlive(holder)) {
    throw new Error(
      `The embedded database at ${dataDir} is already open in process ${holder}. ` +
        `Stop that process (or point DATABASE_URL at it) before starting another one.`,
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

/**
 * Starts PGlite (persistent in `dataDir`, in memory without one) behind a socket server on 127.0.0.1.
 * `port` 0 or undefined picks a free port.
 */
export async function startEmbeddedDatabase(
  options: {
    dataDir?: string;
    port?: number;
    /** Start from this dump (PGlite dumpDataDir) instead of an empty database; in-memory databases only. */
    loadDataDir?: Blob;
  } = {},
): Promise<EmbeddedDatabase> {
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined;
  if (options.port) await assertPortFree(options.port);
  const unlock = dataDir ? await lockDataDir(dataDir) : async () => {};
  let db: PGlite | undefined;
  try {
    if (dataDir) await mkdir(dataDir, { recursive: true });
    if (dataDir && options.loadDataDir) throw new Error("loadDataDir is only for in-memory embedded databases.");
    db = await PGlite.create(dataDir, {
      extensions: embeddedExtensions,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    // maxConnections defaults to 1, which breaks any connection pool ("Connection terminated unexpectedly").
    const server = new PGLiteSocketServer({ db, host, port: options.port ?? 0, maxConnections: 100 });
    try {
      await server.start();
    } catch (error) {
      throw (error as NodeJS.ErrnoException).code === "EADDRINUSE" ? portInUseError(options.port, error) : error;
    }
    // With port 0 the server knows the real port only after listening; getServerConn() reports it as host:port.
    const port = Number(server.getServerConn().split(":").pop());
    const running = db;
    let stopping: Promise<void> | undefined;
    return {
      url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`,
      port,
      pglite: running,
      stop: () =>
        (stopping ??= (async () => {
          await server.stop();
          await running.close();
          await unlock();
        })()),
    };
  } catch (error) {
    await db?.close().catch(() => {});
    await unlock();
    throw error;
  }
}
