// Read replicas (DATABASE_REPLICA_URLS) through Prisma's own extension: reads outside transactions go to a random
// replica, writes, transactions and raw queries to the primary. The API decides which requests may read from a
// replica at all (apps/api/src/serving/read-routing.ts), since a replica lags the primary.
import { readReplicas } from "@prisma/extension-read-replicas";

import { validateDatabaseUrl } from "./database-url.ts";
import type { PrismaClient } from "./generated/prisma/client.ts";
import { createPrismaClient } from "./index.ts";

/** DATABASE_REPLICA_URLS: comma-separated PostgreSQL URLs; empty or unset means no replica. */
export function parseReplicaUrls(value: string | undefined): string[] {
  const urls = (value ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of urls) validateDatabaseUrl(url, "DATABASE_REPLICA_URLS");
  return urls;
}

export interface ReplicatedClient {
  /** Reads from the replicas, writes to the primary. Typed as the plain client: it has the same model API. */
  prisma: PrismaClient;
  disconnect(): Promise<void>;
}

export function withReadReplicas(
  primary: PrismaClient,
  urls: string[],
  { maxConnections = 10, preparedStatements }: { maxConnections?: number; preparedStatements?: boolean } = {},
): ReplicatedClient {
  const replicas = urls.map((connectionString) =>
    createPrismaClient({ connectionString, maxConnections, preparedStatements }),
  );
  const extended = primary.$extends(readReplicas({ replicas }));
  return {
    prisma: extended as unknown as PrismaClient,
    disconnect: async () => {
      await Promise.all(replicas.map((replica) => replica.$disconnect()));
    },
  };
}
