import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

const POST = `mutation($input: PostRoundUpdateInput!) { postRoundUpdate(input: $input) { __typename
  ... on MutationPostRoundUpdateSuccess { data { update { title body authorName } } } ... on Error { message } } }`;

describe("postRoundUpdate", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("posts news that anyone can read on the round, newest first", async () => {
    // given Siti's open round
    const owner = await api.signInAs("entrepreneur");
    const round = await api.prisma.fundingRound.findUniqueOrThrow({
      where: { slug: "mesin-spinner-keripik-mbak-siti" },
    });
    const roundId = Buffer.from(`FundingRound:${round.id}`).toString("base64");
    // when she posts an update
    const result = await api.gql(
      POST,
      {
        input: {
          roundId,
          title: "Mesin spinner sudah dipesan",
          body: "Uang muka sudah dibayar ke pemasok di Cirebon.",
        },
      },
      { session: owner },
    );
    expect(result.data!.postRoundUpdate.data.update).toEqual({
      title: "Mesin spinner sudah dipesan",
      body: "Uang muka sudah dibayar ke pemasok di Cirebon.",
      authorName: "Siti Aminah",
    });
    // then an anonymous visitor sees it first
    const read = await api.gql(
      `{ fundingRound(slug: "mesin-spinner-keripik-mbak-siti") { updates(first: 5) { totalCount edges { node { title authorName } } } } }`,
    );
    expect(read.data!.fundingRound.updates.edges[0].node).toEqual({
      title: "Mesin spinner sudah dipesan",
      authorName: "Siti Aminah",
    });
  });

  it("is for the business owner only", async () => {
    const household = await api.signInAs("household");
    const round = await api.prisma.fundingRound.findUniqueOrThrow({
      where: { slug: "mesin-spinner-keripik-mbak-siti" },
    });
    const roundId = Buffer.from(`FundingRound:${round.id}`).toString("base64");
    const result = await api.gql(
      POST,
      { input: { roundId, title: "Bukan pemilik", body: "..." } },
      { session: household },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
