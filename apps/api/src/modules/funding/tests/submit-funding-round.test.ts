// submitFundingRound's refusals through the API: a round goes to review only under the cooperative that accepted
// its business, and only with terms within the rules; a refused submission changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { ISSUER_YEARLY_CAP_IDR } from "../service.ts";
import { CREATE, gid, rawId, roundInput, sitiBusiness } from "./helpers.ts";

const SUBMIT = `mutation($input: SubmitFundingRoundInput!) { submitFundingRound(input: $input) { __typename
  ... on MutationSubmitFundingRoundSuccess { data { round { status } } }
  ... on InvalidRoundTermsError { field } ... on Error { message } } }`;
const LEAVE = `mutation($input: UpdateBusinessInput!) { updateBusiness(input: $input) { __typename } }`;

describe("submitFundingRound", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let owner: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    owner = await api.signInAs("entrepreneur");
  });
  afterAll(() => api?.cleanup());

  async function draft(title: string) {
    const business = await sitiBusiness(api);
    const created = await api.gql(CREATE, { input: roundInput(business.id, { title }) }, { session: owner });
    return created.data!.createFundingRound.data.round.id as string;
  }

  /** What a refused submission must leave as it was: the round's status and its history. */
  const state = async (roundId: string) => ({
    status: (await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: rawId(roundId) } })).status,
    events: await api.prisma.fundingRoundEvent.count({ where: { roundId: rawId(roundId) } }),
  });

  it("refuses terms past the yearly cap (a round stored before the cap was checked), leaving the draft", async () => {
    // given a draft whose target is above Rp 10 billion (written straight to the database: the API never takes it)
    const roundId = await draft("Pabrik keripik skala besar");
    await api.prisma.fundingRound.update({
      where: { id: rawId(roundId) },
      data: { targetIdr: ISSUER_YEARLY_CAP_IDR + 1n },
    });
    const before = await state(roundId);

    // when the owner submits it
    const result = await api.gql(SUBMIT, { input: { roundId } }, { session: owner });

    // then it is refused on the target, and it is still a draft with no submission in its history
    expect(result.data!.submitFundingRound).toMatchObject({ __typename: "InvalidRoundTermsError", field: "targetIdr" });
    expect(result.data!.submitFundingRound.message).toMatch(/Target melebihi batas Rp 10 miliar per tahun/);
    expect(await state(roundId)).toEqual({ status: "DRAFT", events: before.events });
  });

  // last: the business leaves its cooperative
  it("refuses a draft once its business has left the cooperative, leaving the draft", async () => {
    // given a draft, and then the business leaves its cooperative
    const roundId = await draft("Alat press plastik kemasan");
    const business = await sitiBusiness(api);
    const left = await api.gql(
      LEAVE,
      { input: { businessId: gid("Business", business.id), leaveCooperative: true } },
      { session: owner },
    );
    expect(left.data!.updateBusiness.__typename).toBe("MutationUpdateBusinessSuccess");
    const before = await state(roundId);

    // when the owner submits the draft
    const result = await api.gql(SUBMIT, { input: { roundId } }, { session: owner });

    // then it is refused: only the cooperative that accepted the business reviews its rounds; it is still a draft
    expect(result.data!.submitFundingRound.__typename).toBe("CooperativeMismatchError");
    expect(await state(roundId)).toEqual({ status: "DRAFT", events: before.events });
  });
});
