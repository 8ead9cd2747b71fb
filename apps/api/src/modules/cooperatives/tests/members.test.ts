import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

const MEMBERS = `query($slug: String!, $filter: MembershipFilter) { cooperative(slug: $slug) {
  members(first: 100, filter: $filter) { totalCount edges { node { id memberNumber status joinedAt fullName
    savings { pokok { amount currency } wajib { amount } sukarela { amount } total { amount } } } } } } }`;

describe("Cooperative.members", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("shows an officer the members with their savings per kind, from the ledger", async () => {
    // given the chair of the Juntinyuat cooperative
    const session = await api.signInAs("cooperativeOfficer");
    // when they list the members
    const result = await api.gql(MEMBERS, { slug: "kdmp-juntinyuat" }, { session });
    // then every member is there, in member-number order, with savings matching their ledger accounts
    expect(result.errors).toBeUndefined();
    const members = result.data!.cooperative.members.edges.map((e: any) => e.node);
    const count = await api.prisma.membership.count({ where: { cooperative: { slug: "kdmp-juntinyuat" } } });
    expect(result.data!.cooperative.members.totalCount).toBe(count);
    expect(members.map((m: any) => m.memberNumber)).toEqual([...members.map((m: any) => m.memberNumber)].sort());
    const first = members[0];
    const membership = await api.prisma.membership.findFirstOrThrow({
      where: { memberNumber: first.memberNumber },
      include: { accounts: true },
    });
    const pokok = membership.accounts.filter((a) => a.savingsKind === "POKOK").reduce((s, a) => s + a.balance, 0n);
    expect(first.savings.pokok).toEqual({ amount: pokok.toString(), currency: "IDR" });
    expect(BigInt(first.savings.total.amount)).toBe(
      BigInt(first.savings.pokok.amount) + BigInt(first.savings.wajib.amount) + BigInt(first.savings.sukarela.amount),
    );
  });

  it("filters by name search and by status", async () => {
    const session = await api.signInAs("cooperativeOfficer");
    // given a member who left
    const someone = await api.prisma.membership.findFirstOrThrow({
      where: { cooperative: { slug: "kdmp-juntinyuat" } },
      include: { person: true },
      orderBy: { memberNumber: "desc" },
    });
    await api.prisma.membership.update({ where: { id: someone.id }, data: { status: "LEFT", leftAt: new Date() } });
    // when searching by part of their name
    const byName = await api.gql(
      MEMBERS,
      { slug: "kdmp-juntinyuat", filter: { search: someone.person.fullName.slice(0, 6).toLowerCase() } },
      { session },
    );
    // then they are found
    expect(byName.data!.cooperative.members.edges.map((e: any) => e.node.memberNumber)).toContain(someone.memberNumber);
    // and filtering LEFT returns only them
    const left = await api.gql(MEMBERS, { slug: "kdmp-juntinyuat", filter: { status: "LEFT" } }, { session });
    expect(left.data!.cooperative.members.edges.map((e: any) => e.node.memberNumber)).toEqual([someone.memberNumber]);
  });

  it("refuses anyone but the cooperative's officers", async () => {
    // given an anonymous visitor, a household member, and the officer of another cooperative's village
    const household = await api.signInAs("household");
    const anonymous = await api.gql(MEMBERS, { slug: "kdmp-juntinyuat" });
    const asHousehold = await api.gql(MEMBERS, { slug: "kdmp-juntinyuat" }, { session: household });
    const officer = await api.signInAs("cooperativeOfficer");
    const otherCoop = await api.gql(MEMBERS, { slug: "kdmp-krasak" }, { session: officer });
    // then none of them sees the member list
    for (const r of [anonymous, asHousehold, otherCoop]) {
      expect(r.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(r.data?.cooperative?.members ?? null).toBeNull();
    }
  });
});
