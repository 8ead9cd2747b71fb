// Everything the apps need from the database layer: the generated Prisma client, its types and enums, and a
// factory that wires it to PostgreSQL through the pg driver adapter (Prisma 7 has no built-in driver).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { EMBEDDED_APPLICATION_NAME } from "./embedded.ts";
import type { Prisma } from "./generated/prisma/client.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { CUSTOM_PLANS, statementNames } from "./statement-names.ts";

export { resolveDatabase, type ResolvedDatabase } from "./database.ts";
export { redactUrl, validateDatabaseUrl } from "./database-url.ts";
export * from "./generated/prisma/client.ts";

interface ConnectionOptions {
  connectionString: string;
  /** pg pool size; the default (10) suits a server, tests may want fewer. Always 1 for the embedded server. */
  maxConnections?: number;
  /** Off for a pooler in transaction mode that cannot keep prepared statements (PgBouncer before 1.21). */
  preparedStatements?: boolean;
}

/**
 * The pool's settings and the adapter's. Each distinct statement is prepared once per connection
 * (statement-names.ts), so PostgreSQL parses it once, but is still planned for its values every time
 * (`plan_cache_mode=force_custom_plan`): the generic plan PostgreSQL may otherwise switch to after five runs
 * served the national catalogue filtered by category and price at 25 requests a second instead of 41. Never on the
 * embedded server: every connection to it is one shared session, where two clients' names would collide.
 */
function connectionSettings(options: ConnectionOptions) {
  const embedded = options.connectionString.includes(`application_name=${EMBEDDED_APPLICATION_NAME}`);
  const named = options.preparedStatements !== false && !embedded;
  return {
    pool: {
      connectionString: options.connectionString,
      max: embedded ? 1 : (options.maxConnections ?? 10),
      ...(named ? CUSTOM_PLANS : {}),
    },
    adapter: { statementNameGenerator: named ? statementNames() : undefined },
  };
}

export function createPrismaClient(
  options: ConnectionOptions & { log?: (Prisma.LogLevel | Prisma.LogDefinition)[] },
): PrismaClient {
  const settings = connectionSettings(options);
  return new PrismaClient({ adapter: new PrismaPg(settings.pool, settings.adapter), log: options.log });
}

/**
 * A Prisma client over a pg pool the caller can see (for pool metrics). The caller ends the pool after
 * `prisma.$disconnect()`: the adapter does not own a pool it was given.
 */
export function createPrismaClientWithPool(options: ConnectionOptions): { prisma: PrismaClient; pool: pg.Pool } {
  const settings = connectionSettings(options);
  const pool = new pg.Pool(settings.pool);
  // An idle client losing its server (a restart, a failover) must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  return { prisma: new PrismaClient({ adapter: new PrismaPg(pool, settings.adapter) }), pool };
}
