import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { CREATE, roundInput, sitiBusiness } from "./helpers.ts";

const UPDATE = `mutation($input: UpdateFundingRoundInput!) { updateFundingRound(input: $input) { __typename
  ... on MutationUpdateFundingRoundSuccess { data { round { title target { amount } maxTicket { amount } } } }
  ... on RoundNotEditableError { status } ... on InvalidRoundTermsError { field } ... on Error { message } } }`;

describe("updateFundingRound", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let owner: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    owner = await api.signInAs("entrepreneur");
  });
  afterAll(() => api?.cleanup());

  it("changes a draft, checking the merged terms", async () => {
    // given a draft
    const business = await sitiBusiness(api);
    const created = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    const roundId = created.data!.createFundingRound.data.round.id;
    // when the owner raises the target and the max ticket
    const result = await api.gql(
      UPDATE,
      { input: { roundId, title: "Gerobak, etalase dan tenda pasar", targetIdr: "15000000", maxTicketIdr: "5000000" } },
      { session: owner },
    );
    // then the draft shows the new terms
    expect(result.data!.updateFundingRound.data.round).toEqual({
      title: "Gerobak, etalase dan tenda pasar",
      target: { amount: "15000000" },
      maxTicket: { amount: "5000000" },
    });
    // and a target below the max ticket is refused
    const bad = await api.gql(UPDATE, { input: { roundId, targetIdr: "4000000" } }, { session: owner });
    expect(bad.data!.updateFundingRound).toMatchObject({ __typename: "InvalidRoundTermsError", field: "maxTicketIdr" });
  });

  it("never edits a round that is open", async () => {
    const round = await api.prisma.fundingRound.findUniqueOrThrow({
      where: { slug: "mesin-spinner-keripik-mbak-siti" },
    });
    const roundId = Buffer.from(`FundingRound:${round.id}`).toString("base64");
    const result = await api.gql(UPDATE, { input: { roundId, targetIdr: "80000000" } }, { session: owner });
    expect(result.data!.updateFundingRound).toMatchObject({ __typename: "RoundNotEditableError", status: "OPEN" });
    expect((await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: round.id } })).targetIdr).toBe(
      round.targetIdr,
    );
  });

  it("is for the business owner only", async () => {
    const business = await sitiBusiness(api);
    const created = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    const officer = await api.signInAs("cooperativeOfficer");
    const result = await api.gql(
      UPDATE,
      { input: { roundId: created.data!.createFundingRound.data.round.id, title: "Judul dari orang lain" } },
      { session: officer },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
