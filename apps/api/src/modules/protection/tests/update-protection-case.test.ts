import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, gid, personNamed, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const UPDATE = `mutation($input: UpdateProtectionCaseInput!) { updateProtectionCase(input: $input) {
  __typename
  ... on MutationUpdateProtectionCaseSuccess { data { protectionCase { status closedAt events { status note } } } }
  ... on ProtectionCaseClosedError { status }
  ... on Error { message }
} }`;

describe("updateProtectionCase", () => {
  let api: TestApi;
  let caseId: string;
  let officer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    const karsiti = await personNamed(api, juntinyuat.id, "Karsiti");
    caseId = gid(
      "ProtectionCase",
      (await api.prisma.protectionCase.findFirstOrThrow({ where: { personId: karsiti.id } })).id,
    );
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  it("lets the handler resolve the case: an event is appended and closedAt is set", async () => {
    // when the handler marks the referred case resolved
    const result = await api.gql(
      UPDATE,
      { input: { caseId, status: "RESOLVED", note: "Gaji dibayar penuh lewat KBRI." } },
      { session: officer },
    );
    // then it is closed with the new step last
    const { protectionCase } = result.data!.updateProtectionCase.data;
    expect(protectionCase.status).toBe("RESOLVED");
    expect(protectionCase.closedAt).not.toBeNull();
    expect(protectionCase.events.at(-1)).toEqual({ status: "RESOLVED", note: "Gaji dibayar penuh lewat KBRI." });
  });

  it("refuses any change once the case is closed", async () => {
    const result = await api.gql(
      UPDATE,
      { input: { caseId, status: "IN_PROGRESS", note: "Dibuka lagi." } },
      { session: officer },
    );
    expect(result.data!.updateProtectionCase).toMatchObject({
      __typename: "ProtectionCaseClosedError",
      status: "RESOLVED",
    });
  });

  it("refuses another officer of the village", async () => {
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    const colleague = await createOfficer(api, juntinyuat.id, "update.rekan@example.id");
    const result = await api.gql(
      UPDATE,
      { input: { caseId, status: "IN_PROGRESS", note: "Coba." } },
      { session: colleague.token },
    );
    expect(result.data?.updateProtectionCase ?? null).toBeNull();
  });
});
