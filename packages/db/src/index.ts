// Everything the apps need from the database layer: the generated Prisma client, its types and enums, and a
// factory that wires it to PostgreSQL through the pg driver adapter (Prisma 7 has no built-in driver).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { EMBEDDED_APPLICATION_NAME } from "./embedded.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { statementNames } from "./statement-names.ts";

export { resolveDatabase, type ResolvedDatabase } from "./database.ts";
export { redactUrl, validateDatabaseUrl } from "./database-url.ts";
export * from "./generated/prisma/client.ts";

/**
 * Each distinct statement is prepared once per connection (statement-names.ts) unless `preparedStatements` is false:
 * for a pooler in transaction mode that cannot keep prepared statements (PgBouncer before 1.21). Never on the
 * embedded server: every connection to it is one shared session, where two clients' names would collide.
 */
function adapterOptions(options: { preparedStatements?: boolean }, embedded: boolean) {
  const named = options.preparedStatements !== false && !embedded;
  return { statementNameGenerator: named ? statementNames() : undefined };
}

export function createPrismaClient(options: {
  connectionString: string;
  log?: (Prisma.LogLevel | Prisma.LogDefinition)[];
  /** pg pool size; the default (10) suits a server, tests may want fewer. Always 1 for the embedded server. */
  maxConnections?: number;
  preparedStatements?: boolean;
}): PrismaClient {
  const embedded = options.connectionString.includes(`application_name=${EMBEDDED_APPLICATION_NAME}`);
  const max = embedded ? 1 : options.maxConnections;
  const adapter = new PrismaPg({ connectionString: options.connectionString, max }, adapterOptions(options, embedded));
  return new PrismaClient({ adapter, log: options.log });
}

/**
 * A Prisma client over a pg pool the caller can see (for pool metrics). The caller ends the pool after
 * `prisma.$disconnect()`: the adapter does not own a pool it was given.
 */
export function createPrismaClientWithPool(options: {
  connectionString: string;
  maxConnections?: number;
  preparedStatements?: boolean;
}): {
  prisma: PrismaClient;
  pool: pg.Pool;
} {
  const embedded = options.connectionString.includes(`application_name=${EMBEDDED_APPLICATION_NAME}`);
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: embedded ? 1 : (options.maxConnections ?? 10),
  });
  // An idle client losing its server (a restart, a failover) must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  const adapter = new PrismaPg(pool, adapterOptions(options, embedded));
  return { prisma: new PrismaClient({ adapter }), pool };
}
