// Two API processes on one database: ten families pledge at once, alternating between the processes, into a public
// round with room for four tickets. The round row is locked inside each pledge's transaction, so the target holds
// whichever process a family lands on: exactly four pledges, raised = target. PostgreSQL only, like the stock race.
import { randomBytes } from "node:crypto";

import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoSeedTemplate } from "../../seed/template.ts";
import { createSession } from "../../src/modules/auth/sessions.ts";
import { CURRENT_DISCLOSURE } from "../../src/modules/investments/disclosure.ts";
import { embeddedDatabase, productionEnv, type ServeProcess, startServe } from "./serve-process.ts";

const TICKET = 250_000n;
const TARGET = 4n * TICKET;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const PLEDGE = `mutation($input: PledgeInput!) { pledgeToRound(input: $input) { __typename ... on Error { message } } }`;

describe.skipIf(embeddedDatabase)(
  "two API processes keep one round's target (PostgreSQL only: replicas need a database server)",
  { timeout: 240_000 },
  () => {
    let database: TestDatabase;
    const replicas: ServeProcess[] = [];

    beforeAll(async () => {
      database = await createTestDatabase({ prepared: await demoSeedTemplate() });
      const env = { ...productionEnv(database.url), RATE_LIMIT_IP_POINTS: "100000" };
      replicas.push(await startServe("api", env), await startServe("api", env));
    }, 180_000);
    afterAll(async () => {
      for (const replica of replicas) replica.kill();
      await database?.cleanup();
    });

    it("never raises more than the target", async () => {
      const p = database.prisma;
      const business = await p.business.findUniqueOrThrow({ where: { slug: "keripik-singkong-mbak-siti" } });
      const round = await p.fundingRound.create({
        data: {
          slug: `balapan-${randomBytes(3).toString("hex")}`,
          businessId: business.id,
          cooperativeId: business.cooperativeId!,
          title: "Putaran uji balapan dua proses",
          instrument: "PROFIT_SHARE",
          isPublic: true,
          targetIdr: TARGET,
          minTicketIdr: TICKET,
          maxTicketIdr: TICKET,
          returnBps: 1000,
          status: "OPEN",
          opensAt: new Date(Date.now() - 86_400_000),
          closesAt: new Date(Date.now() + 30 * 86_400_000),
        },
      });
      // ten families with money in their wallet and a declared income (the OJK cap applies to public rounds)
      const households = await p.household.findMany({
        where: { declaredAnnualIncomeIdr: { not: null }, accounts: { some: { balance: { gte: TICKET } } } },
        select: { id: true, members: { select: { personId: true }, take: 1, orderBy: { personId: "asc" } } },
        take: 10,
        orderBy: { id: "asc" },
      });
      expect(households.length).toBe(10);
      const tokens: string[] = [];
      for (const household of households) {
        const personId = household.members[0]!.personId;
        const user =
          (await p.user.findUnique({ where: { personId } })) ??
          (await p.user.create({
            data: { email: `keluarga-${personId}@example.id`, name: "Keluarga", passwordHash: "x", personId },
          }));
        tokens.push((await createSession(p, user.id, "race")).token);
      }
      const results = await Promise.all(
        households.map(async (household, i) => {
          const response = await fetch(`${replicas[i % 2]!.apiOrigin}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: `dm_session=${tokens[i]}` },
            body: JSON.stringify({
              query: PLEDGE,
              variables: {
                input: {
                  roundId: gid("FundingRound", round.id),
                  householdId: gid("Household", household.id),
                  amountIdr: TICKET.toString(),
                  idempotencyKey: `race-${round.slug}-${i}`,
                  acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
                },
              },
            }),
          });
          const body = (await response.json()) as { data?: { pledgeToRound: { __typename: string } } };
          return body.data?.pledgeToRound.__typename ?? JSON.stringify(body).slice(0, 300);
        }),
      );
      expect(results.filter((t) => t === "MutationPledgeToRoundSuccess").length).toBe(4);
      // the others are refused: the round was full, or already FUNDED (it closes itself at its target)
      const refused = results.filter((t) => t !== "MutationPledgeToRoundSuccess");
      expect(refused.every((t) => t === "RoundOversubscribedError" || t === "RoundNotOpenError")).toBe(true);
      const raised = await p.pledge.aggregate({
        where: { roundId: round.id, status: "ACTIVE" },
        _sum: { amountIdr: true },
      });
      expect(raised._sum.amountIdr).toBe(TARGET);
    });
  },
);
