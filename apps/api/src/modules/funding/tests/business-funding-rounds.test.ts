import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { CREATE, roundInput, sitiBusiness } from "./helpers.ts";

const ROUNDS = `query($slug: String!) { business(slug: $slug) { fundingRounds(first: 10) { totalCount
  edges { node { slug status progressBps } } } } }`;

const slugsOf = (result: { data?: Record<string, any> | null }) =>
  result.data!.business.fundingRounds.edges.map(
    (e: { node: { slug: string; status: string } }) => `${e.node.slug}:${e.node.status}`,
  );

describe("Business.fundingRounds", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists a business's rounds, most recently opened first, with drafts only for the owner", async () => {
    // given Siti's seeded open round and a new draft of hers that opens tomorrow
    const owner = await api.signInAs("entrepreneur");
    const business = await sitiBusiness(api);
    const created = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    const draft = created.data!.createFundingRound.data.round;
    expect(draft.status).toBe("DRAFT");

    // when an anonymous visitor, another signed-in user and the owner read the business
    const visitor = await api.gql(ROUNDS, { slug: business.slug });
    const household = await api.gql(ROUNDS, { slug: business.slug }, { session: await api.signInAs("household") });
    const own = await api.gql(ROUNDS, { slug: business.slug }, { session: owner });

    // then the public sees only the open round; the owner also sees the rounds not offered yet (the seed's approved
    // and returned ones, and the new draft), which open later
    expect(visitor.errors).toBeUndefined();
    expect(slugsOf(visitor)).toEqual(["mesin-spinner-keripik-mbak-siti:OPEN"]);
    expect(visitor.data!.business.fundingRounds.totalCount).toBe(1);
    expect(slugsOf(household)).toEqual(["mesin-spinner-keripik-mbak-siti:OPEN"]);
    expect(own.errors).toBeUndefined();
    expect(slugsOf(own)).toEqual([
      "sertifikasi-halal-dan-kemasan-baru-keripik-singkong-mbak-siti:APPROVED",
      "mobil-bak-untuk-distribusi-keripik-singkong-mbak-siti:RETURNED",
      `${draft.slug}:DRAFT`,
      "mesin-spinner-keripik-mbak-siti:OPEN",
    ]);
  });

  it("is empty for a business that never raised money", async () => {
    const withRounds = await api.prisma.fundingRound.findMany({ select: { businessId: true } });
    const business = await api.prisma.business.findFirstOrThrow({
      where: { id: { notIn: withRounds.map((r) => r.businessId) } },
    });
    const result = await api.gql(ROUNDS, { slug: business.slug });
    expect(result.errors).toBeUndefined();
    expect(result.data!.business.fundingRounds).toEqual({ totalCount: 0, edges: [] });
  });
});
