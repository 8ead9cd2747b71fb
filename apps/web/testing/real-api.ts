// The real GraphQL API for browser tests: a fresh migrated database (PGlite, or PostgreSQL with
// TEST_DATABASE_URL), optionally with the demo seed, served over HTTP on a free loopback port; optionally with a
// real SMTP server its outbox worker delivers to, as in production.
import { demoSeedTemplate } from "@desa-migran/api/seed/template";
import { startApiServer } from "@desa-migran/api/server";
import { type SmtpTestServer, startSmtpServer } from "@desa-migran/api/testing/smtp";
import { createTestDatabase } from "@desa-migran/db/testing";

import { findFreePort } from "./free-port.ts";

/** How often the API's outbox worker sends when a test reads mail: at once for a person, not every 15 s. */
const TEST_MAIL_EVERY_MS = 200;

export interface RealApi {
  url: string;
  /** The API's database, for a test to check what a journey stored (e.g. that an entry arrived once). */
  prisma: Awaited<ReturnType<typeof createTestDatabase>>["prisma"];
  /** The newest message the API put in its outbox for this address (what a mail transport would deliver). */
  lastMessageTo(email: string): Promise<string | null>;
  /**
   * Makes `email` an officer of the village with this slug (a new user who signs in with the demo password, as the
   * demo accounts do): the demo data has one officer account, and some journeys need two villages' offices.
   */
  addVillageOfficer(email: string, villageSlug: string, name: string): Promise<void>;
  /** With `smtp: true`: the mail server the API's outbox worker delivers to (`waitForMail` reads what arrived). */
  smtp: SmtpTestServer | null;
  stop(): Promise<void>;
}

export async function startRealApi(options: { seed: boolean; smtp?: boolean }): Promise<RealApi> {
  const database = await createTestDatabase(options.seed ? { prepared: await demoSeedTemplate() } : {});
  const smtp = options.smtp ? await startSmtpServer() : null;
  try {
    const api = await startApiServer({
      databaseUrl: database.url,
      port: await findFreePort(),
      host: "127.0.0.1",
      ...(smtp ? { smtpUrl: smtp.url, mailEveryMs: TEST_MAIL_EVERY_MS } : {}),
    });
    return {
      url: api.url.replace("localhost", "127.0.0.1"),
      prisma: database.prisma,
      async lastMessageTo(email) {
        const message = await database.prisma.outboxMessage.findFirst({
          where: { toEmail: email },
          orderBy: { createdAt: "desc" },
        });
        return message?.body ?? null;
      },
      async addVillageOfficer(email, villageSlug, name) {
        const { prisma } = database;
        const demo = await prisma.user.findUniqueOrThrow({ where: { email: "desa@desamigran.id" } });
        const village = await prisma.village.findUniqueOrThrow({ where: { slug: villageSlug } });
        const user = await prisma.user.create({ data: { email, name, passwordHash: demo.passwordHash } });
        await prisma.villageOfficer.create({
          data: { userId: user.id, villageId: village.id, title: "Sekretaris Desa" },
        });
      },
      smtp,
      async stop() {
        await api.stop();
        await smtp?.stop();
        await database.cleanup();
      },
    };
  } catch (error) {
    await smtp?.stop();
    await database.cleanup();
    throw error;
  }
}

/** A URL where nothing listens, to show what the app does when the API is down. */
export async function unreachableApiUrl(): Promise<string> {
  return `http://127.0.0.1:${await findFreePort()}/graphql`;
}
