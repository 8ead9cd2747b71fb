import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { personNamed, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

describe("referProtectionCase", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("refers an open case to an agency with the date and a history step", async () => {
    // given a new case opened by the Juntinyuat officer
    const session = await api.signInAs("villageOfficer");
    const person = await personNamed(api, (await villageBySlug(api, "juntinyuat-indramayu")).id, "Nurhayati");
    const opened = await api.gql(
      `mutation($input: OpenProtectionCaseInput!) { openProtectionCase(input: $input) { ... on MutationOpenProtectionCaseSuccess { data { protectionCase { id } } } } }`,
      { input: { personId: person.gid, type: "ABUSE", summary: "Laporan kekerasan oleh majikan di Taipei." } },
      { session },
    );
    const caseId = opened.data!.openProtectionCase.data.protectionCase.id;
    // when she refers it to BP3MI
    const result = await api.gql(
      `mutation($input: ReferProtectionCaseInput!) { referProtectionCase(input: $input) { __typename
        ... on MutationReferProtectionCaseSuccess { data { protectionCase { status referralAgency referredAt events { status note } } } } } }`,
      { input: { caseId, agency: "BP3MI Jawa Barat", note: "Diteruskan ke KDEI Taipei." } },
      { session },
    );
    // then the case is REFERRED to that agency, dated, with the step in its history
    const { protectionCase } = result.data!.referProtectionCase.data;
    expect(protectionCase).toMatchObject({ status: "REFERRED", referralAgency: "BP3MI Jawa Barat" });
    expect(protectionCase.referredAt).not.toBeNull();
    expect(protectionCase.events.map((e: { status: string }) => e.status)).toEqual(["REPORTED", "REFERRED"]);
  });
});
