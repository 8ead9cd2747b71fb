// Property test of the money flows: random sequences of remittances, savings, pledges, refunds, disbursements and
// repayments against the real database, checking the ledger's invariants after every step.
// `npm test` runs a reduced number of sequences; `npm run test:properties` runs 10,000 (see README).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@desa-migran/db";
import { recordRemittance } from "../src/modules/households/service.ts";
import { closeUnderfundedRound, disburseRound, pledge, repay } from "../src/modules/investments/service.ts";
import { depositSavings, withdrawSavings } from "../src/modules/savings/service.ts";
import { fundedHousehold, openRound } from "../src/modules/investments/tests/fixtures.ts";
import { createTestApi } from "./harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "./ledger-invariants.ts";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);

/** Errors a flow is allowed to refuse with; anything else (a crash, a database error) fails the property. */
const EXPECTED = new Set([
  "InsufficientFundsError", "TicketOutOfRangeError", "RoundOversubscribedError", "RoundNotOpenError",
  "InvestmentCapExceededError", "IncomeNotDeclaredError", "InvalidRoundStateError", "IdempotencyConflictError",
  "AllocationExceedsAmountError", "SavingsNotWithdrawableError", "PokokAlreadyPaidError", "WrongPokokAmountError",
]);

type Step =
  | { op: "remit"; h: number; amount: number; keepPct: number }
  | { op: "deposit"; m: number; amount: number; fromWallet: boolean }
  | { op: "withdraw"; m: number; amount: number }
  | { op: "pledge"; h: number; r: number; amount: number; replay: boolean }
  | { op: "close"; r: number }
  | { op: "disburse"; r: number }
  | { op: "repay"; r: number; amount: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constant("remit" as const), h: fc.nat(3), amount: fc.integer({ min: 1, max: 5_000_000 }), keepPct: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ op: fc.constant("deposit" as const), m: fc.nat(3), amount: fc.integer({ min: 1, max: 2_000_000 }), fromWallet: fc.boolean() }),
  fc.record({ op: fc.constant("withdraw" as const), m: fc.nat(3), amount: fc.integer({ min: 1, max: 2_000_000 }) }),
  fc.record({ op: fc.constant("pledge" as const), h: fc.nat(3), r: fc.nat(2), amount: fc.integer({ min: 1, max: 3_000_000 }), replay: fc.boolean() }),
  fc.record({ op: fc.constant("close" as const), r: fc.nat(2) }),
  fc.record({ op: fc.constant("disburse" as const), r: fc.nat(2) }),
  fc.record({ op: fc.constant("repay" as const), r: fc.nat(2), amount: fc.integer({ min: 1, max: 2_000_000 }) }),
);

describe("ledger invariants under random flows", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let prisma: PrismaClient;
  let households: Awaited<ReturnType<typeof fundedHousehold>>[];
  let memberships: { id: string }[];
  let actor: string;
  let seq = 0;

  beforeAll(async () => {
    api = await createTestApi({ seed: false });
    prisma = api.prisma;
    // A minimal world: a village, a cooperative with a business, four households that are members.
    const province = await prisma.province.create({ data: { code: "32", name: "Jawa Barat" } });
    const regency = await prisma.regency.create({ data: { code: "3212", name: "Indramayu", provinceId: province.id } });
    const village = await prisma.village.create({ data: { code: "3212140001", slug: "juntinyuat", name: "Juntinyuat", districtName: "Juntinyuat", regencyId: regency.id } });
    const cooperative = await prisma.cooperative.create({
      data: {
        villageId: village.id, name: "Koperasi Uji", slug: "koperasi-uji", legalNumber: "UJI/1", foundedAt: new Date("2020-01-01"),
        simpananPokokIdr: 100_000n, simpananWajibIdr: 20_000n, shuReservePct: 40, shuMembersPct: 40, shuBoardPct: 5,
        shuStaffPct: 5, shuEducationPct: 5, shuSocialPct: 5,
      },
    });
    const owner = await prisma.user.create({ data: { email: "pemilik@uji.id", name: "Pemilik", passwordHash: "x" } });
    actor = owner.id;
    const category = await prisma.productCategory.create({ data: { slug: "uji", nameId: "Uji", nameEn: "Test" } });
    void category;
    await prisma.business.create({ data: { slug: "usaha-uji", name: "Usaha Uji", ownerId: owner.id, villageId: village.id, cooperativeId: cooperative.id } });
    households = [];
    for (let i = 0; i < 4; i++) households.push(await fundedHousehold(prisma, { walletIdr: 1_000_000n, incomeIdr: i === 0 ? null : 100_000_000n }));
    memberships = [];
    for (const [i, h] of households.entries()) {
      memberships.push(await prisma.membership.create({ data: { cooperativeId: cooperative.id, personId: h.person.id, memberNumber: `U-${i}` } }));
    }
  });
  afterAll(() => api?.cleanup());

  async function run(s: Step, rounds: { id: string }[]) {
    const key = `prop-${++seq}`;
    switch (s.op) {
      case "remit": {
        const amount = BigInt(s.amount);
        const kept = (amount * BigInt(s.keepPct)) / 100n;
        return recordRemittance(prisma, {
          householdId: households[s.h]!.household.id, amountMinor: amount, currency: "IDR", rate: "1", corridorCountry: "TW",
          channel: "BANK", receivedOn: new Date("2026-11-20"), savingsIdr: kept / 2n, investmentIdr: kept - kept / 2n, idempotencyKey: key,
        }, actor);
      }
      case "deposit":
        return depositSavings(prisma, { membershipId: memberships[s.m]!.id, kind: "SUKARELA", amountIdr: BigInt(s.amount), channel: s.fromWallet ? "HOUSEHOLD_WALLET" : "CASH", idempotencyKey: key }, actor);
      case "withdraw":
        return withdrawSavings(prisma, { membershipId: memberships[s.m]!.id, kind: "SUKARELA", amountIdr: BigInt(s.amount), channel: "HOUSEHOLD_WALLET", idempotencyKey: key }, actor);
      case "pledge": {
        const input = { roundId: rounds[s.r]!.id, householdId: households[s.h]!.household.id, amountIdr: BigInt(s.amount), idempotencyKey: key };
        const first = await pledge(prisma, input, actor);
        if (s.replay) {
          const again = await pledge(prisma, input, actor);
          if (again.id !== first.id) throw new Error("a replay made a second pledge");
        }
        return first;
      }
      case "close": {
        await prisma.fundingRound.updateMany({ where: { id: rounds[s.r]!.id, status: "OPEN" }, data: { opensAt: new Date(Date.now() - 2 * 86_400_000), closesAt: new Date(Date.now() - 1000) } });
        return closeUnderfundedRound(prisma, rounds[s.r]!.id, actor);
      }
      case "disburse":
        return disburseRound(prisma, rounds[s.r]!.id, actor);
      case "repay":
        return repay(prisma, { roundId: rounds[s.r]!.id, amountIdr: BigInt(s.amount), kind: "PROFIT_SHARE", idempotencyKey: key }, actor);
    }
  }

  it(`hold after every step of ${RUNS} random sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        // Fresh rounds per sequence, so sequences explore open, funded, refunded and repaying rounds.
        const rounds = [
          await openRound(prisma, { targetIdr: 2_000_000n, minIdr: 50_000n, maxIdr: 1_500_000n, isPublic: true }),
          await openRound(prisma, { targetIdr: 3_000_000n, minIdr: 1n, maxIdr: 3_000_000n }),
          await openRound(prisma, { targetIdr: 500_000n, minIdr: 100_000n, maxIdr: 500_000n }),
        ];
        for (const s of steps) {
          try {
            await run(s, rounds);
          } catch (error) {
            if (!EXPECTED.has((error as Error).name)) throw error;
          }
          expect(await findLedgerViolations(prisma)).toEqual(noViolations);
          expect(await moneyConserved(prisma)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  }, 3_600_000);
});
