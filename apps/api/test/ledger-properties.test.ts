// Property test of the money flows: random sequences of remittances, savings, pledges, refunds, disbursements and
// repayments against the real database, checking the ledger's invariants after every step.
// `npm test` runs a reduced number of sequences; `npm run test:properties` runs 10,000 (see README).
// One database serves every sequence (each sequence gets fresh rounds), and the invariants are checked
// incrementally (watchLedger: only what the step touched), with a full scan every FULL_EVERY sequences and at the end.
import type { PrismaClient } from "@desa-migran/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { recordRemittance } from "../src/modules/households/service.ts";
import { CURRENT_DISCLOSURE } from "../src/modules/investments/disclosure.ts";
import { closeUnderfundedRound, disburseRound, pledge, repay } from "../src/modules/investments/service.ts";
import { fundedHousehold, openRound } from "../src/modules/investments/tests/fixtures.ts";
import { accounts } from "../src/modules/ledger/accounts.ts";
import { postEntry } from "../src/modules/ledger/service.ts";
import { depositSavings, withdrawSavings } from "../src/modules/savings/service.ts";
import { createTestApi } from "./harness.ts";
import { noViolations, noViolationsConserved, watchLedger } from "./ledger-invariants.ts";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);
const FULL_EVERY = 1000;

/** Errors a flow is allowed to refuse with; anything else (a crash, a database error) fails the property. */
const EXPECTED = new Set([
  "InsufficientFundsError",
  "TicketOutOfRangeError",
  "RoundOversubscribedError",
  "RoundNotOpenError",
  "InvestmentCapExceededError",
  "IncomeNotDeclaredError",
  "InvalidRoundStateError",
  "IdempotencyConflictError",
  "AllocationExceedsAmountError",
  "SavingsNotWithdrawableError",
  "PokokAlreadyPaidError",
  "WrongPokokAmountError",
  "MembersOnlyRoundError",
]);

/** Households 0-3 are members of the cooperative (0 has declared no income); 4 is not a member. */
const HOUSEHOLDS = 5;
const MEMBERS = 4;

type Step =
  | { op: "remit"; h: number; amount: number; keepPct: number }
  | { op: "deposit"; m: number; amount: number; fromWallet: boolean }
  | { op: "withdraw"; m: number; amount: number }
  | { op: "pledge"; h: number; r: number; amount: number; replay: boolean }
  | { op: "close"; r: number }
  | { op: "disburse"; r: number }
  | { op: "repay"; r: number; amount: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant("remit" as const),
    h: fc.nat(HOUSEHOLDS - 1),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
    keepPct: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    op: fc.constant("deposit" as const),
    m: fc.nat(MEMBERS - 1),
    amount: fc.integer({ min: 1, max: 2_000_000 }),
    fromWallet: fc.boolean(),
  }),
  fc.record({
    op: fc.constant("withdraw" as const),
    m: fc.nat(MEMBERS - 1),
    amount: fc.integer({ min: 1, max: 2_000_000 }),
  }),
  fc.record({
    op: fc.constant("pledge" as const),
    h: fc.nat(HOUSEHOLDS - 1),
    r: fc.nat(2),
    amount: fc.integer({ min: 1, max: 3_000_000 }),
    replay: fc.boolean(),
  }),
  fc.record({ op: fc.constant("close" as const), r: fc.nat(2) }),
  fc.record({ op: fc.constant("disburse" as const), r: fc.nat(2) }),
  fc.record({ op: fc.constant("repay" as const), r: fc.nat(2), amount: fc.integer({ min: 1, max: 2_000_000 }) }),
);

/** A minimal world: a village, a cooperative with a business, four member households and one outsider. */
async function buildWorld(prisma: PrismaClient) {
  const province = await prisma.province.create({ data: { code: "32", name: "Jawa Barat" } });
  const regency = await prisma.regency.create({ data: { code: "3212", name: "Indramayu", provinceId: province.id } });
  const village = await prisma.village.create({
    data: {
      code: "3212140001",
      slug: "juntinyuat",
      name: "Juntinyuat",
      districtName: "Juntinyuat",
      regencyId: regency.id,
    },
  });
  const cooperative = await prisma.cooperative.create({
    data: {
      villageId: village.id,
      name: "Koperasi Uji",
      slug: "koperasi-uji",
      legalNumber: "UJI/1",
      foundedAt: new Date("2020-01-01"),
      simpananPokokIdr: 100_000n,
      simpananWajibIdr: 20_000n,
      shuReservePct: 40,
      shuMembersPct: 40,
      shuBoardPct: 5,
      shuStaffPct: 5,
      shuEducationPct: 5,
      shuSocialPct: 5,
    },
  });
  const owner = await prisma.user.create({ data: { email: "pemilik@uji.id", name: "Pemilik", passwordHash: "x" } });
  const business = await prisma.business.create({
    data: {
      slug: "usaha-uji",
      name: "Usaha Uji",
      ownerId: owner.id,
      villageId: village.id,
      cooperativeId: cooperative.id,
    },
  });
  const households = [];
  for (let i = 0; i < HOUSEHOLDS; i++) {
    households.push(
      await fundedHousehold(prisma, {
        walletIdr: 1_000_000n,
        incomeIdr: i === 0 ? null : 100_000_000n,
        member: i < MEMBERS,
      }),
    );
  }
  const memberships = households.slice(0, MEMBERS).map((h) => h.membership!);
  return { actor: owner.id, households, memberships, business };
}

/** A public round with a ticket range, a members-only round any member can fill alone, and a small one. */
const ROUND_TERMS = [
  { targetIdr: 2_000_000n, minTicketIdr: 50_000n, maxTicketIdr: 1_500_000n, isPublic: true },
  { targetIdr: 3_000_000n, minTicketIdr: 1n, maxTicketIdr: 3_000_000n, isPublic: false },
  { targetIdr: 500_000n, minTicketIdr: 100_000n, maxTicketIdr: 500_000n, isPublic: false },
];

/** Fresh open rounds for one sequence, in one insert (the setup is paid 10,000 times in the full run). */
async function openRounds(
  prisma: PrismaClient,
  business: { id: string; cooperativeId: string | null },
  sequence: number,
) {
  const now = Date.now();
  const rounds = await prisma.fundingRound.createManyAndReturn({
    data: ROUND_TERMS.map((terms, i) => ({
      ...terms,
      slug: `putaran-sifat-${sequence}-${i}-${now}`,
      title: `Putaran sifat ${sequence}.${i}`,
      businessId: business.id,
      cooperativeId: business.cooperativeId!,
      instrument: "PROFIT_SHARE" as const,
      returnBps: 1200,
      tenorMonths: 12,
      status: "OPEN" as const,
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + 30 * 86_400_000),
    })),
    select: { id: true, slug: true },
  });
  // Returned rows follow the insert's order in practice; sort by slug so step `r` always means the same terms.
  return rounds.sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

describe("ledger invariants under random flows", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let prisma: PrismaClient;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let watch: Awaited<ReturnType<typeof watchLedger>>;
  let seq = 0;

  beforeAll(async () => {
    api = await createTestApi({ seed: false });
    prisma = api.prisma;
    world = await buildWorld(prisma);
    watch = await watchLedger(prisma);
  });
  afterAll(() => api?.cleanup());

  async function run(s: Step, rounds: { id: string }[]) {
    const key = `prop-${++seq}`;
    const { households, memberships, actor } = world;
    switch (s.op) {
      case "remit": {
        const amount = BigInt(s.amount);
        const kept = (amount * BigInt(s.keepPct)) / 100n;
        return recordRemittance(
          prisma,
          {
            householdId: households[s.h]!.household.id,
            amountMinor: amount,
            currency: "IDR",
            rate: "1",
            corridorCountry: "TW",
            channel: "BANK",
            receivedOn: new Date("2026-11-20"),
            savingsIdr: kept / 2n,
            investmentIdr: kept - kept / 2n,
            idempotencyKey: key,
          },
          actor,
        );
      }
      case "deposit":
        return depositSavings(
          prisma,
          {
            membershipId: memberships[s.m]!.id,
            kind: "SUKARELA",
            amountIdr: BigInt(s.amount),
            channel: s.fromWallet ? "HOUSEHOLD_WALLET" : "CASH",
            idempotencyKey: key,
          },
          actor,
        );
      case "withdraw":
        return withdrawSavings(
          prisma,
          {
            membershipId: memberships[s.m]!.id,
            kind: "SUKARELA",
            amountIdr: BigInt(s.amount),
            channel: "HOUSEHOLD_WALLET",
            idempotencyKey: key,
          },
          actor,
        );
      case "pledge": {
        const input = {
          roundId: rounds[s.r]!.id,
          householdId: households[s.h]!.household.id,
          amountIdr: BigInt(s.amount),
          idempotencyKey: key,
          acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
        };
        const first = await pledge(prisma, input, actor);
        if (s.replay) {
          const again = await pledge(prisma, input, actor);
          if (again.id !== first.id) throw new Error("a replay made a second pledge");
        }
        return first;
      }
      case "close": {
        await prisma.fundingRound.updateMany({
          where: { id: rounds[s.r]!.id, status: "OPEN" },
          data: { opensAt: new Date(Date.now() - 2 * 86_400_000), closesAt: new Date(Date.now() - 1000) },
        });
        return closeUnderfundedRound(prisma, rounds[s.r]!.id, actor);
      }
      case "disburse":
        return disburseRound(prisma, rounds[s.r]!.id, actor);
      case "repay":
        return repay(
          prisma,
          { roundId: rounds[s.r]!.id, amountIdr: BigInt(s.amount), kind: "PROFIT_SHARE", idempotencyKey: key },
          actor,
        );
    }
  }

  it(
    `hold after every step of ${RUNS} random sequences`,
    async () => {
      expect(watch.baseline).toEqual(noViolationsConserved);
      let sequences = 0;
      const startedAt = Date.now();
      await fc.assert(
        fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
          // Fresh rounds per sequence, so sequences explore open, funded, refunded and repaying rounds.
          const rounds = await openRounds(prisma, world.business, sequences);
          const roundIds = rounds.map((r) => r.id);
          for (const s of steps) {
            try {
              await run(s, rounds);
            } catch (error) {
              if (!EXPECTED.has((error as Error).name)) throw error;
            }
            // Named rounds: a refund or a status change that forgot to move the escrow would show here too.
            expect(await watch.check({ rounds: roundIds })).toEqual(noViolationsConserved);
          }
          if (++sequences % FULL_EVERY === 0) expect(await watch.full()).toEqual(noViolationsConserved);
          if (sequences % 250 === 0)
            console.info(`${sequences} sequences in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
        }),
        { numRuns: RUNS },
      );
      // Whatever the incremental checks could not see (a balance changed without a posting), the full scan does.
      expect(await watch.full()).toEqual(noViolationsConserved);
      console.info(`${sequences} sequences (${RUNS} runs) in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
    },
    4 * 3_600_000,
  );
});

// The checker itself must be able to fail: plant each kind of violation in a scratch database, around the
// database's own guards (triggers off, a CHECK dropped, rows edited in place), and see the checker report it.
describe("the ledger checker", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let prisma: PrismaClient;
  let world: Awaited<ReturnType<typeof buildWorld>>;
  let watch: Awaited<ReturnType<typeof watchLedger>>;
  const wallet = (i: number) =>
    prisma.account.findUniqueOrThrow({ where: { key: `household:${world.households[i]!.household.id}:wallet` } });

  beforeAll(async () => {
    api = await createTestApi({ seed: false });
    prisma = api.prisma;
    world = await buildWorld(prisma);
    watch = await watchLedger(prisma);
  });
  afterAll(() => api?.cleanup());

  it("passes a clean ledger", async () => {
    expect(watch.baseline).toEqual(noViolationsConserved);
    await depositSavings(
      prisma,
      {
        membershipId: world.memberships[1]!.id,
        kind: "SUKARELA",
        amountIdr: 10_000n,
        channel: "HOUSEHOLD_WALLET",
        idempotencyKey: "clean-1",
      },
      world.actor,
    );
    expect(await watch.check()).toEqual(noViolationsConserved);
  });

  it("finds an entry that does not balance and a balance its postings do not explain", async () => {
    // Given a posting written with the ledger's triggers off: no balance update, no balance check at commit.
    const account = await wallet(0);
    await prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL session_replication_role = replica`;
      const entry = await tx.journalEntry.create({
        data: { idempotencyKey: "planted-unbalanced", requestHash: "x", kind: "PLANTED" },
      });
      await tx.posting.create({ data: { entryId: entry.id, accountId: account.id, amount: 5n, currency: "IDR" } });
    });
    expect(await watch.check()).toEqual({ ...noViolationsConserved, unbalancedEntries: 1, staleBalances: 1 });
    expect(await watch.full()).toEqual({ ...noViolationsConserved, unbalancedEntries: 1, staleBalances: 1 });
  });

  it("finds an account below zero that may not go negative", async () => {
    // Given the CHECK that guards it dropped, and an entry that overdraws household 2's wallet.
    await prisma.$executeRawUnsafe(`ALTER TABLE "Account" DROP CONSTRAINT "Account_no_negative"`);
    const account = await wallet(2);
    const ref = accounts.householdWallet(world.households[2]!.household.id, world.households[2]!.household.name);
    await prisma.$transaction((tx) =>
      postEntry(tx, {
        idempotencyKey: "planted-overdraft",
        kind: "PLANTED",
        request: {},
        postings: [
          { account: ref, amount: -(account.balance + 1n) },
          { account: accounts.external(), amount: account.balance + 1n },
        ],
      }),
    );
    expect(await watch.check()).toEqual({ ...noViolationsConserved, negativeAccounts: 1 });
  });

  it("finds escrow that no longer matches the live pledges", async () => {
    const round = await openRound(prisma, { targetIdr: 2_000_000n, minIdr: 1n, maxIdr: 2_000_000n });
    await pledge(
      prisma,
      {
        roundId: round.id,
        householdId: world.households[3]!.household.id,
        amountIdr: 100_000n,
        idempotencyKey: "planted-pledge",
        acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
      },
      world.actor,
    );
    expect(await watch.check({ rounds: [round.id] })).toEqual(noViolationsConserved);
    // Given a pledge marked refunded with no refund posted: the escrow still holds its money.
    await prisma.pledge.updateMany({ where: { roundId: round.id }, data: { status: "REFUNDED" } });
    expect(await watch.check({ rounds: [round.id] })).toEqual({ ...noViolationsConserved, escrowMismatches: 1 });
  });

  it("finds money created outside the postings", async () => {
    // Given a balance raised in place: no posting, so money in no longer equals money held plus money out.
    const account = await wallet(1);
    await prisma.account.update({ where: { id: account.id }, data: { balance: { increment: 1_000n } } });
    const expectedFull = {
      unbalancedEntries: 1,
      negativeAccounts: 1,
      staleBalances: 2,
      escrowMismatches: 1,
      moneyConserved: false,
    };
    // The next check that touches the account sees it; the full scan sees it at once.
    await depositSavings(
      prisma,
      {
        membershipId: world.memberships[1]!.id,
        kind: "SUKARELA",
        amountIdr: 1_000n,
        channel: "HOUSEHOLD_WALLET",
        idempotencyKey: "after-edit",
      },
      world.actor,
    );
    expect(await watch.check()).toEqual({ ...noViolations, staleBalances: 1, moneyConserved: false });
    expect(await watch.full()).toEqual(expectedFull);
  });
});
