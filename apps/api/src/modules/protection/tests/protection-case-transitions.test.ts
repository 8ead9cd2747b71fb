// updateProtectionCase refuses the statuses a handler may not set with it: REPORTED is only a case's first step, and
// REFERRED goes through a referral (referProtectionCase), which names the agency and the date. A refusal changes
// nothing: the case keeps its status and its history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { personNamed, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const OPEN = `mutation($input: OpenProtectionCaseInput!) { openProtectionCase(input: $input) {
  ... on MutationOpenProtectionCaseSuccess { data { protectionCase { id } } } } }`;
const UPDATE = `mutation($input: UpdateProtectionCaseInput!) { updateProtectionCase(input: $input) {
  __typename
  ... on MutationUpdateProtectionCaseSuccess { data { protectionCase { status } } }
  ... on InvalidStatusTransitionError { from to }
  ... on Error { message }
} }`;
const CASE = `query($id: ID!) { node(id: $id) { ... on ProtectionCase { status closedAt referralAgency
  events { status note } } } }`;

describe("protection case status transitions", () => {
  let api: TestApi;
  let officer: string;
  let caseId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("villageOfficer");
    // given a case the Juntinyuat officer opened and is working on
    const person = await personNamed(api, (await villageBySlug(api, "juntinyuat-indramayu")).id, "Nurhayati");
    const opened = await api.gql(
      OPEN,
      { input: { personId: person.gid, type: "UNPAID_WAGES", summary: "Gaji tiga bulan belum dibayar majikan." } },
      { session: officer },
    );
    caseId = opened.data!.openProtectionCase.data.protectionCase.id;
    const started = await api.gql(
      UPDATE,
      { input: { caseId, status: "IN_PROGRESS", note: "Keluarga dihubungi." } },
      { session: officer },
    );
    expect(started.data!.updateProtectionCase.data.protectionCase.status).toBe("IN_PROGRESS");
  });
  afterAll(() => api?.cleanup());

  const seen = async () => (await api.gql(CASE, { id: caseId }, { session: officer })).data!.node;

  it("refuses REFERRED without a referral, pointing to referProtectionCase, and changes nothing", async () => {
    const before = await seen();
    // when the handler sets the case REFERRED directly
    const result = await api.gql(
      UPDATE,
      { input: { caseId, status: "REFERRED", note: "Dirujuk." } },
      { session: officer },
    );
    // then it is refused with both statuses and the way to refer, and the case is as it was
    expect(result.data!.updateProtectionCase).toMatchObject({
      __typename: "InvalidStatusTransitionError",
      from: "IN_PROGRESS",
      to: "REFERRED",
    });
    expect(result.data!.updateProtectionCase.message).toMatch(/referProtectionCase/);
    expect(await seen()).toEqual(before);
    expect(before).toMatchObject({ status: "IN_PROGRESS", closedAt: null, referralAgency: null });
  });

  it("refuses going back to REPORTED, in the reader's language, and changes nothing", async () => {
    const before = await seen();
    // when the handler sets the case back to REPORTED, reading English
    const result = await api.gql(
      UPDATE,
      { input: { caseId, status: "REPORTED", note: "Mulai dari awal." } },
      { session: officer, headers: { "accept-language": "en" } },
    );
    // then it is refused, said in English, and the history has no new step
    expect(result.data!.updateProtectionCase).toMatchObject({
      __typename: "InvalidStatusTransitionError",
      from: "IN_PROGRESS",
      to: "REPORTED",
      message: "The case status cannot change to REPORTED.",
    });
    expect(await seen()).toEqual(before);
    expect(before.events.map((e: { status: string }) => e.status)).toEqual(["REPORTED", "IN_PROGRESS"]);
  });
});
