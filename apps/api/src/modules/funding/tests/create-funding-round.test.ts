import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { CREATE, gid, roundInput, sitiBusiness } from "./helpers.ts";

describe("createFundingRound", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let owner: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    owner = await api.signInAs("entrepreneur");
  });
  afterAll(() => api?.cleanup());

  it("drafts a round administered by the business's cooperative, visible only to the owner", async () => {
    // given Siti's business
    const business = await sitiBusiness(api);
    // when she drafts a round
    const result = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    // then it is a DRAFT of her cooperative with a slug from the title
    const round = result.data!.createFundingRound.data.round;
    expect(round).toMatchObject({
      status: "DRAFT",
      slug: "gerobak-dan-etalase-untuk-penjualan-keliling",
      target: { amount: "12000000" },
      cooperative: { slug: "kdmp-juntinyuat" },
    });
    // and the public cannot see it, while she can
    const q = `query($slug: String!) { fundingRound(slug: $slug) { status } }`;
    expect((await api.gql(q, { slug: round.slug })).data!.fundingRound).toBeNull();
    expect((await api.gql(q, { slug: round.slug }, { session: owner })).data!.fundingRound).toEqual({
      status: "DRAFT",
    });
    // and a second round with the same title gets its own slug
    const again = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    expect(again.data!.createFundingRound.data.round.slug).toBe("gerobak-dan-etalase-untuk-penjualan-keliling-2");
  });

  it("refuses terms that do not fit together", async () => {
    const business = await sitiBusiness(api);
    const cases: [Record<string, unknown>, string][] = [
      [{ minTicketIdr: "4000000", maxTicketIdr: "3000000" }, "minTicketIdr"],
      [{ maxTicketIdr: "13000000" }, "maxTicketIdr"],
      [{ closesAt: new Date(Date.now() - 86_400_000).toISOString() }, "closesAt"],
    ];
    for (const [extra, field] of cases) {
      const result = await api.gql(CREATE, { input: roundInput(business.id, extra) }, { session: owner });
      expect(result.data!.createFundingRound).toMatchObject({ __typename: "InvalidRoundTermsError", field });
    }
    const tooBig = await api.gql(
      CREATE,
      { input: roundInput(business.id, { targetIdr: "10000000001" }) },
      { session: owner },
    );
    expect(tooBig.data!.createFundingRound.__typename).toBe("InputValidationError");
  });

  it("enforces the POJK 57/2020 issuer cap of Rp 10 billion a year over opened rounds", async () => {
    // given rounds of hers already opened this year for Rp 9.5 billion
    const business = await sitiBusiness(api);
    const opensAt = new Date(Date.now() + 86_400_000);
    await api.prisma.fundingRound.create({
      data: {
        slug: "putaran-besar-terbuka",
        businessId: business.id,
        cooperativeId: business.cooperativeId!,
        title: "Putaran besar",
        instrument: "PROFIT_SHARE",
        targetIdr: 9_500_000_000n,
        minTicketIdr: 1_000_000n,
        maxTicketIdr: 100_000_000n,
        status: "OPEN",
        opensAt,
        closesAt: new Date(opensAt.getTime() + 86_400_000),
      },
    });
    const used = (
      await api.prisma.fundingRound.aggregate({
        where: {
          businessId: business.id,
          status: { notIn: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "CLOSED_UNDERFUNDED"] },
          opensAt: { gte: new Date(Date.UTC(opensAt.getUTCFullYear(), 0, 1) - 7 * 3600_000) },
        },
        _sum: { targetIdr: true },
      })
    )._sum.targetIdr!;
    // when she drafts another that would pass the cap
    const result = await api.gql(
      CREATE,
      { input: roundInput(business.id, { targetIdr: "1000000000", maxTicketIdr: "10000000" }) },
      { session: owner },
    );
    // then it is refused with the figures
    expect(result.data!.createFundingRound).toMatchObject({
      __typename: "IssuerCapExceededError",
      cap: "10000000000",
      used: used.toString(),
      requested: "1000000000",
    });
  });

  it("refuses another cooperative and other people's businesses", async () => {
    const business = await sitiBusiness(api);
    const other = await api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-krasak" } });
    const wrongCoop = await api.gql(
      CREATE,
      { input: roundInput(business.id, { cooperativeId: gid("Cooperative", other.id) }) },
      { session: owner },
    );
    expect(wrongCoop.data!.createFundingRound.__typename).toBe("CooperativeMismatchError");
    const otherBusiness = await api.prisma.business.findFirstOrThrow({
      where: { id: { not: business.id }, ownerId: { not: business.ownerId } },
    });
    const notMine = await api.gql(CREATE, { input: roundInput(otherBusiness.id) }, { session: owner });
    expect(notMine.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
