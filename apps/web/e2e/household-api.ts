// The real API on a seeded database, plus the global IDs of one demo user's household and wallet.
//
// API GAP: the schema cannot list the signed-in user's households (`viewer { households }`) nor a
// household's wallet account (`Household.wallet`), so tests read the IDs from the database before
// the API starts (the embedded database serves one connection at a time). Drop this once the API
// has those fields and /keluarga finds the household by itself.
import { createTestDatabase } from "@desa-migran/db/testing";
import { demoSeedTemplate } from "../../../prisma/seed/template.ts";
import { startApiServer } from "../../api/src/server.ts";
import type { RealApi } from "./real-api.ts";
import { findFreePort } from "./stack.ts";

export interface HouseholdApi extends RealApi {
  householdId: string;
  walletId: string;
}

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

export async function startHouseholdApi(email: string): Promise<HouseholdApi> {
  const database = await createTestDatabase({ prepared: await demoSeedTemplate() });
  try {
    const household = await database.prisma.household.findFirstOrThrow({
      where: { members: { some: { person: { user: { email } } } } },
      select: { id: true, accounts: { where: { kind: "HOUSEHOLD_WALLET" }, select: { id: true } } },
    });
    const wallet = household.accounts[0];
    if (!wallet) throw new Error(`The household of ${email} has no wallet account`);
    await database.prisma.$disconnect();
    const api = await startApiServer({ databaseUrl: database.url, port: await findFreePort(), host: "127.0.0.1" });
    return {
      url: api.url.replace("localhost", "127.0.0.1"),
      householdId: globalId("Household", household.id),
      walletId: globalId("Account", wallet.id),
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
