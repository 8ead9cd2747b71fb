import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid } from "./helpers.ts";

const LIST = `query($filter: FundingRoundFilter) { fundingRounds(first: 50, filter: $filter) { edges { node {
  slug status instrument raised { amount } investorCount progressBps target { amount } business { slug } } } } }`;

describe("fundingRounds and fundingRound", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists public rounds with raised, investors and progress from active pledges, in one batch", async () => {
    // given the seeded rounds and a spy on raw queries (the totals are one raw query per batch)
    const spy = vi.spyOn(api.prisma, "$queryRaw");
    let result;
    try {
      result = await api.gql(LIST);
      // then the totals take one query for all rounds (three fields, one loader each)
      expect(spy.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      spy.mockRestore();
    }
    expect(result.errors).toBeUndefined();
    const rounds = result.data!.fundingRounds.edges.map((e: any) => e.node);
    expect(rounds.length).toBeGreaterThanOrEqual(6);
    expect(rounds.some((r: any) => r.status === "DRAFT")).toBe(false);
    // and the figures match the pledges
    const spinner = rounds.find((r: any) => r.slug === "mesin-spinner-keripik-mbak-siti");
    const pledges = await api.prisma.pledge.findMany({ where: { round: { slug: spinner.slug }, status: "ACTIVE" } });
    const raised = pledges.reduce((s, p) => s + p.amountIdr, 0n);
    expect(spinner.raised.amount).toBe(raised.toString());
    expect(spinner.investorCount).toBe(new Set(pledges.map((p) => p.householdId)).size);
    expect(spinner.progressBps).toBe(Number((raised * 10_000n) / BigInt(spinner.target.amount)));
  });

  it("filters by status, instrument and village", async () => {
    const loans = await api.gql(LIST, { filter: { instrument: "LOAN", status: "REPAYING" } });
    const nodes = loans.data!.fundingRounds.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(nodes.every((r: any) => r.instrument === "LOAN" && r.status === "REPAYING")).toBe(true);
    const business = await api.prisma.business.findUniqueOrThrow({ where: { slug: "keripik-singkong-mbak-siti" } });
    const inVillage = await api.gql(LIST, { filter: { villageId: gid("Village", business.villageId) } });
    const slugs = inVillage.data!.fundingRounds.edges.map((e: any) => e.node.business.slug);
    const expected = await api.prisma.fundingRound.count({
      where: {
        business: { villageId: business.villageId },
        status: { notIn: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] },
      },
    });
    expect(slugs).toHaveLength(expected);
  });

  it("shows the schedule, arrears and repayment record honestly against today", async () => {
    // given an open loan whose first instalment fell due 40 days ago and was half paid, the second paid, the third ahead
    const business = await api.prisma.business.findUniqueOrThrow({ where: { slug: "keripik-singkong-mbak-siti" } });
    const day = (offset: number) => {
      const d = new Date(Date.now() + offset * 86_400_000);
      return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    };
    const round = await api.prisma.fundingRound.create({
      data: {
        slug: "pinjaman-uji-tunggakan",
        businessId: business.id,
        cooperativeId: business.cooperativeId!,
        title: "Pinjaman uji",
        instrument: "LOAN",
        targetIdr: 3_000_000n,
        minTicketIdr: 100_000n,
        maxTicketIdr: 1_000_000n,
        returnBps: 1200,
        tenorMonths: 3,
        status: "REPAYING",
        opensAt: day(-120),
        closesAt: day(-80),
        schedule: {
          create: [
            { sequence: 1, dueOn: day(-40), principalIdr: 1_000_000n, returnIdr: 10_000n },
            { sequence: 2, dueOn: day(-10), principalIdr: 1_000_000n, returnIdr: 10_000n },
            { sequence: 3, dueOn: day(60), principalIdr: 1_000_000n, returnIdr: 10_000n },
          ],
        },
      },
      include: { schedule: { orderBy: { sequence: "asc" } } },
    });
    const entry = async (key: string) =>
      api.prisma.journalEntry.create({ data: { idempotencyKey: key, requestHash: "x", kind: "TEST" } });
    await api.prisma.repayment.create({
      data: {
        roundId: round.id,
        scheduleId: round.schedule[0]!.id,
        kind: "INSTALMENT",
        amountIdr: 505_000n,
        journalEntryId: (await entry("t1")).id,
      },
    });
    await api.prisma.repayment.create({
      data: {
        roundId: round.id,
        scheduleId: round.schedule[1]!.id,
        kind: "INSTALMENT",
        amountIdr: 1_010_000n,
        journalEntryId: (await entry("t2")).id,
      },
    });
    // when anyone looks at the round
    const result = await api.gql(`{ fundingRound(slug: "pinjaman-uji-tunggakan") {
      schedule { sequence paid { amount } status } arrears { amount }
      repaymentRecord { dueToDate { amount } paidOnDue { amount } arrears { amount } rateBps overdueCount } } }`);
    // then the half-paid instalment is overdue and shows as arrears
    expect(result.errors).toBeUndefined();
    const r = result.data!.fundingRound;
    expect(r.schedule).toEqual([
      { sequence: 1, paid: { amount: "505000" }, status: "OVERDUE" },
      { sequence: 2, paid: { amount: "1010000" }, status: "PAID" },
      { sequence: 3, paid: { amount: "0" }, status: "UPCOMING" },
    ]);
    expect(r.arrears.amount).toBe("505000");
    expect(r.repaymentRecord).toEqual({
      dueToDate: { amount: "2020000" },
      paidOnDue: { amount: "1515000" },
      arrears: { amount: "505000" },
      rateBps: 7500,
      overdueCount: 1,
    });
  });

  it("lists a draft only for its owner", async () => {
    const business = await api.prisma.business.findUniqueOrThrow({ where: { slug: "keripik-singkong-mbak-siti" } });
    await api.prisma.fundingRound.create({
      data: {
        slug: "draf-rahasia",
        businessId: business.id,
        cooperativeId: business.cooperativeId!,
        title: "Draf",
        instrument: "PROFIT_SHARE",
        targetIdr: 1_000_000n,
        minTicketIdr: 100_000n,
        maxTicketIdr: 500_000n,
        opensAt: new Date(Date.now() + 86_400_000),
        closesAt: new Date(Date.now() + 2 * 86_400_000),
      },
    });
    const owner = await api.signInAs("entrepreneur");
    const buyer = await api.signInAs("buyer");
    const slugs = async (session?: string) =>
      (await api.gql(LIST, { filter: { status: "DRAFT" } }, { session })).data!.fundingRounds.edges.map(
        (e: any) => e.node.slug,
      );
    expect(await slugs(owner)).toEqual(["draf-rahasia"]);
    expect(await slugs(buyer)).toEqual([]);
    expect(await slugs()).toEqual([]);
  });
});
