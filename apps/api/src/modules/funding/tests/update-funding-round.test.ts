import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { wibYear } from "../schedule.ts";
import { ISSUER_YEARLY_CAP_IDR } from "../service.ts";
import { CREATE, rawId, roundInput, sitiBusiness } from "./helpers.ts";

const UPDATE = `mutation($input: UpdateFundingRoundInput!) { updateFundingRound(input: $input) { __typename
  ... on MutationUpdateFundingRoundSuccess { data { round { title target { amount } maxTicket { amount } } } }
  ... on RoundNotEditableError { status } ... on InvalidRoundTermsError { field }
  ... on IssuerCapExceededError { cap used requested year } ... on Error { message } } }`;

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

  // last: the round it adds leaves no room under the cap for drafts made after it
  it("refuses a raised target that the year's opened rounds leave no room for, keeping the draft's terms", async () => {
    // given a draft of Rp 12.000.000
    const business = await sitiBusiness(api);
    const created = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    const roundId = created.data!.createFundingRound.data.round.id;
    // and, since it was drafted, another round of hers opened this year for all but Rp 1.000.000 of the cap
    const opensAt = new Date();
    const { start, end } = wibYear(opensAt);
    const opened =
      (
        await api.prisma.fundingRound.aggregate({
          where: {
            businessId: business.id,
            status: { notIn: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "CLOSED_UNDERFUNDED"] },
            opensAt: { gte: start, lt: end },
          },
          _sum: { targetIdr: true },
        })
      )._sum.targetIdr ?? 0n;
    await api.prisma.fundingRound.create({
      data: {
        slug: `putaran-batas-ubah-${Date.now()}`,
        businessId: business.id,
        cooperativeId: business.cooperativeId!,
        title: "Putaran hampir batas",
        instrument: "PROFIT_SHARE",
        targetIdr: ISSUER_YEARLY_CAP_IDR - 1_000_000n - opened,
        minTicketIdr: 1_000_000n,
        maxTicketIdr: 100_000_000n,
        status: "OPEN",
        opensAt,
        closesAt: new Date(opensAt.getTime() + 86_400_000),
      },
    });

    // when the owner raises the draft's target to Rp 15.000.000
    const result = await api.gql(UPDATE, { input: { roundId, targetIdr: "15000000" } }, { session: owner });

    // then it is refused with the cap and the figures, and the draft keeps its terms
    expect(result.data!.updateFundingRound).toMatchObject({
      __typename: "IssuerCapExceededError",
      cap: "10000000000",
      used: String(ISSUER_YEARLY_CAP_IDR - 1_000_000n),
      requested: "15000000",
    });
    expect(result.data!.updateFundingRound.message).toMatch(/POJK 57\/2020/);
    const round = await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: rawId(roundId) } });
    expect({ status: round.status, targetIdr: round.targetIdr }).toEqual({ status: "DRAFT", targetIdr: 12_000_000n });
  });
});
