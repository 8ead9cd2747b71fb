import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

describe("cooperatives and cooperative queries", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists cooperatives publicly with their SHU policy from the by-laws", async () => {
    // given the demo seed, when an anonymous visitor lists cooperatives
    const result = await api.gql(`{
      cooperatives(first: 20) { edges { node { slug name memberCount simpananPokok { amount currency }
        shuPolicy { reservePct membersPct boardPct staffPct educationPct socialPct juaPctOfMembers jmaPctOfMembers } } } }
    }`);
    // then every cooperative comes back with percentages summing to 100
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.cooperatives.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(6);
    for (const c of nodes) {
      const p = c.shuPolicy;
      expect(p.reservePct + p.membersPct + p.boardPct + p.staffPct + p.educationPct + p.socialPct).toBe(100);
      expect(p.juaPctOfMembers + p.jmaPctOfMembers).toBe(100);
      expect(c.memberCount).toBeGreaterThanOrEqual(10);
      expect(c.simpananPokok.currency).toBe("IDR");
    }
  });

  it("finds one cooperative by slug and shows its ledger summary as aggregates only", async () => {
    // given the seeded savings of the Juntinyuat cooperative's members
    const coop = await api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-juntinyuat" } });
    const accounts = await api.prisma.account.findMany({
      where: { kind: "MEMBER_SAVINGS", membership: { cooperativeId: coop.id } },
      select: { savingsKind: true, balance: true },
    });
    const expected = (kind: string) =>
      accounts
        .filter((a) => a.savingsKind === kind)
        .reduce((s, a) => s + a.balance, 0n)
        .toString();
    // when an anonymous visitor asks for it
    const result = await api.gql(
      `query($slug: String!) { cooperative(slug: $slug) { name
      ledgerSummary { capital { amount } reserve { amount } feeIncome { amount }
        memberSavings { pokok { amount } wajib { amount } sukarela { amount } total { amount } } } } }`,
      { slug: "kdmp-juntinyuat" },
    );
    // then the totals per savings kind equal the sum of the members' accounts
    expect(result.errors).toBeUndefined();
    const s = result.data!.cooperative.ledgerSummary;
    expect(s.memberSavings.pokok.amount).toBe(expected("POKOK"));
    expect(s.memberSavings.wajib.amount).toBe(expected("WAJIB"));
    expect(BigInt(s.memberSavings.pokok.amount)).toBeGreaterThan(0n);
    expect(BigInt(s.memberSavings.total.amount)).toBe(
      BigInt(s.memberSavings.pokok.amount) +
        BigInt(s.memberSavings.wajib.amount) +
        BigInt(s.memberSavings.sukarela.amount),
    );
    // and an unknown slug is null
    const missing = await api.gql(`{ cooperative(slug: "tidak-ada") { name } }`);
    expect(missing.data!.cooperative).toBeNull();
  });

  it("loads the ledger summaries of many cooperatives in one batch, not one query per cooperative", async () => {
    // given a spy on raw queries (member savings are summed with one raw query per batch)
    const spy = vi.spyOn(api.prisma, "$queryRaw");
    try {
      // when listing every cooperative with its summary
      const result = await api.gql(
        `{ cooperatives(first: 50) { edges { node { ledgerSummary { memberSavings { total { amount } } } } } } }`,
      );
      // then every cooperative has savings and the summaries took a single raw query
      expect(result.errors).toBeUndefined();
      const edges = result.data!.cooperatives.edges;
      expect(edges.length).toBeGreaterThanOrEqual(6);
      expect(edges.every((e: any) => BigInt(e.node.ledgerSummary.memberSavings.total.amount) > 0n)).toBe(true);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
