// The demo seed's money went through the app's own flows: the ledger it leaves is balanced, every money record has
// its journal entry, rounds stand where their pledges took them, and the history is spread over the past year.
import type { PrismaClient } from "@desa-migran/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { TODAY } from "../seed/random.ts";
import { createTestApi } from "./harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "./ledger-invariants.ts";

describe("demo seed", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let prisma: PrismaClient;

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    prisma = api.prisma;
  });
  afterAll(() => api?.cleanup());

  it("leaves a balanced ledger: no violations, money conserved, no balance ever below zero on the way", async () => {
    expect(await findLedgerViolations(prisma)).toEqual(noViolations);
    expect(await moneyConserved(prisma)).toBe(true);
    // Replayed in date order, an account that may not go negative never did at any point of its history.
    const [dipped] = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (
        SELECT a."allowNegative", sum(p."amount") OVER (PARTITION BY p."accountId" ORDER BY p."createdAt", p."id") AS running
        FROM "Posting" p JOIN "Account" a ON a."id" = p."accountId") t
      WHERE NOT t."allowNegative" AND t.running < 0`;
    expect(dipped!.n).toBe(0);
  });

  it("books every remittance's kept part to its household wallet, on the day it was received", async () => {
    const remittances = await prisma.remittance.findMany({
      include: { allocation: true, journalEntry: { include: { postings: { include: { account: true } } } } },
    });
    expect(remittances.length).toBeGreaterThan(200);
    for (const r of remittances) {
      const kept = r.allocation!.savingsIdr + r.allocation!.investmentIdr;
      if (kept === 0n) continue;
      const toWallet = r.journalEntry?.postings.find(
        (p) => p.account.householdId === r.householdId && p.account.kind === "HOUSEHOLD_WALLET",
      );
      expect(toWallet?.amount, r.idempotencyKey).toBe(kept);
      expect(r.journalEntry!.createdAt).toEqual(r.createdAt);
      expect(r.createdAt.toISOString().slice(0, 10)).toBe(r.receivedOn.toISOString().slice(0, 10));
    }
  });

  it("books every pledge wallet -> escrow while its round was open; FUNDED and REPAYING rounds are exactly at target", async () => {
    const pledges = await prisma.pledge.findMany({
      include: { round: true, journalEntry: { include: { postings: { include: { account: true } } } } },
    });
    expect(pledges.length).toBeGreaterThan(20);
    for (const p of pledges) {
      const escrow = p.journalEntry.postings.find(
        (x) => x.account.kind === "ROUND_ESCROW" && x.account.roundId === p.roundId,
      );
      const wallet = p.journalEntry.postings.find(
        (x) => x.account.kind === "HOUSEHOLD_WALLET" && x.account.householdId === p.householdId,
      );
      expect(escrow?.amount).toBe(p.amountIdr);
      expect(wallet?.amount).toBe(-p.amountIdr);
      expect(p.journalEntry.createdAt).toEqual(p.createdAt);
      expect(p.createdAt >= p.round.opensAt && p.createdAt < p.round.closesAt, p.round.slug).toBe(true);
    }
    const rounds = await prisma.fundingRound.findMany({
      where: { status: { in: ["FUNDED", "REPAYING"] } },
      include: { pledges: true },
    });
    expect(new Set(rounds.map((r) => r.status))).toEqual(new Set(["FUNDED", "REPAYING"]));
    for (const r of rounds) {
      expect(
        r.pledges.filter((p) => p.status === "ACTIVE").reduce((s, p) => s + p.amountIdr, 0n),
        r.slug,
      ).toBe(r.targetIdr);
    }
  });

  it("pays instalments on their dates, pro rata to the investors, and keeps the unpaid one in arrears", async () => {
    const repayments = await prisma.repayment.findMany({
      include: { schedule: true, distributions: true, journalEntry: true },
    });
    expect(repayments.length).toBeGreaterThan(0);
    for (const r of repayments) {
      expect(r.schedule, "an instalment of the schedule").not.toBeNull();
      expect(r.amountIdr).toBe(r.schedule!.principalIdr + r.schedule!.returnIdr);
      expect(r.distributions.reduce((s, d) => s + d.amountIdr, 0n)).toBe(r.amountIdr);
      expect(r.journalEntry.createdAt).toEqual(r.paidAt);
      // Paid within a few days of the due date.
      expect(Math.abs(r.paidAt.getTime() - r.schedule!.dueOn.getTime())).toBeLessThan(7 * 86_400_000);
    }
    const inArrears = await prisma.repaymentSchedule.count({
      where: { round: { status: "REPAYING" }, dueOn: { lt: TODAY }, repayments: { none: {} } },
    });
    expect(inArrears).toBeGreaterThan(0);
  });

  it("settles delivered orders to the business less the cooperative's fee, and refunds the cancelled one", async () => {
    const orders = await prisma.order.findMany({ include: { business: true } });
    const delivered = orders.filter((o) => o.status === "DELIVERED");
    expect(delivered.length).toBeGreaterThanOrEqual(10);
    expect(new Set(orders.map((o) => o.status))).toEqual(
      new Set(["DELIVERED", "SHIPPED", "CONFIRMED", "PAID", "CANCELLED"]),
    );
    const entries = await prisma.journalEntry.findMany({
      where: { idempotencyKey: { startsWith: "order:" } },
      include: { postings: { include: { account: true } } },
    });
    const entry = (key: string) => entries.find((e) => e.idempotencyKey === key);
    for (const o of delivered) {
      const settlement = entry(`order:${o.id}:settlement`);
      expect(settlement, o.number).toBeDefined();
      expect(settlement!.createdAt).toEqual(o.deliveredAt);
      const toSeller = settlement!.postings.find(
        (p) => p.account.kind === "BUSINESS_OPERATING" && p.account.businessId === o.businessId,
      );
      const fee = settlement!.postings.find(
        (p) => p.account.kind === "COOPERATIVE_FEE_INCOME" && p.account.cooperativeId === o.business.cooperativeId,
      );
      expect(toSeller?.amount).toBe(o.subtotalIdr - o.feeIdr);
      expect(fee?.amount).toBe(o.feeIdr);
      expect(o.feeIdr).toBeGreaterThan(0n);
      expect(entry(`order:${o.id}:payment`)?.createdAt).toEqual(o.paidAt);
      expect(o.placedAt < o.paidAt! && o.paidAt! <= o.deliveredAt!).toBe(true);
    }
    for (const o of orders.filter((x) => x.status === "CANCELLED"))
      expect(entry(`order:${o.id}:refund`), o.number).toBeDefined();
    for (const o of orders.filter((x) => ["PAID", "CONFIRMED", "SHIPPED"].includes(x.status))) {
      expect(entry(`order:${o.id}:settlement`)).toBeUndefined();
    }
    // The demo buyer has an order history.
    const buyer = await prisma.user.findUniqueOrThrow({ where: { email: "pembeli@desamigran.id" } });
    expect(orders.filter((o) => o.buyerId === buyer.id).length).toBeGreaterThanOrEqual(5);
  });

  it("spreads the journal over the past year, never after the seed's today", async () => {
    const months = await prisma.$queryRaw<{ month: string; n: number }[]>`
      SELECT to_char("createdAt", 'YYYY-MM') AS month, count(*)::int AS n FROM "JournalEntry" GROUP BY 1 ORDER BY 1`;
    const recent = months.filter((m) => m.month >= "2025-12");
    expect(recent.length).toBe(12);
    const total = months.reduce((s, m) => s + m.n, 0);
    expect(Math.max(...months.map((m) => m.n))).toBeLessThan(total / 3);
    const latest = await prisma.journalEntry.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(latest.createdAt < TODAY).toBe(true);
  });

  it("gives every village 30 to 60 families, remitting through corridors that each show on the village's chart", async () => {
    const villages = await prisma.village.findMany({
      select: { id: true, name: true, _count: { select: { households: true } } },
    });
    for (const v of villages) {
      expect(v._count.households, v.name).toBeGreaterThanOrEqual(30);
      expect(v._count.households, v.name).toBeLessThanOrEqual(60);
    }
    // In the last full month every village has at least two corridors of three or more households: real bars,
    // not everything folded into "other countries".
    const corridors = await prisma.$queryRaw<{ villageId: string; n: number }[]>`
      SELECT "villageId", count(*)::int AS n FROM (
        SELECT h."villageId", r."corridorCountry" FROM "Remittance" r JOIN "Household" h ON h."id" = r."householdId"
        WHERE to_char(r."receivedOn", 'YYYY-MM') = '2026-10'
        GROUP BY 1, 2 HAVING count(DISTINCT r."householdId") >= 3
      ) c GROUP BY 1`;
    expect(corridors).toHaveLength(villages.length);
    for (const c of corridors) expect(c.n).toBeGreaterThanOrEqual(2);
  });
});
