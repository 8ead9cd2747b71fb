// The real GraphQL API for browser tests: a fresh migrated database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL), optionally with the demo seed, served over HTTP on a free loopback port.
import { demoSeedTemplate } from "@desa-migran/api/seed/template";
import { startApiServer } from "@desa-migran/api/server";
import { createTestDatabase } from "@desa-migran/db/testing";

import { findFreePort } from "./free-port.ts";

export interface RealApi {
  url: string;
  /** The newest message the API put in its outbox for this address (what a mail transport would deliver). */
  lastMessageTo(email: string): Promise<string | null>;
  stop(): Promise<void>;
}

export async function startRealApi(options: { seed: boolean }): Promise<RealApi> {
  const database = await createTestDatabase(options.seed ? { prepared: await demoSeedTemplate() } : {});
  try {
    const api = await startApiServer({ databaseUrl: database.url, port: await findFreePort(), host: "127.0.0.1" });
    return {
      url: api.url.replace("localhost", "127.0.0.1"),
      async lastMessageTo(email) {
        const message = await database.prisma.outboxMessage.findFirst({
          where: { toEmail: email },
          orderBy: { createdAt: "desc" },
        });
        return message?.body ?? null;
      },
      async stop() {
        await api.stop();
        await database.cleanup();
      },
    };
  } catch (error) {
    await database.cleanup();
    throw error;
  }
}

/** A URL where nothing listens, to show what the app does when the API is down. */
export async function unreachableApiUrl(): Promise<string> {
  return `http://127.0.0.1:${await findFreePort()}/graphql`;
}
