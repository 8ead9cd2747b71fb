import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, personNamed, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const OPEN = `mutation($input: OpenProtectionCaseInput!) { openProtectionCase(input: $input) {
  __typename
  ... on MutationOpenProtectionCaseSuccess { data { protectionCase { id type status summary handlerName events { status } } } }
  ... on Error { message }
} }`;

describe("openProtectionCase", () => {
  let api: TestApi;
  let nurhayati: Awaited<ReturnType<typeof personNamed>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    nurhayati = await personNamed(api, (await villageBySlug(api, "juntinyuat-indramayu")).id, "Nurhayati");
  });
  afterAll(() => api?.cleanup());

  const input = {
    type: "WANTS_TO_RETURN",
    summary: "Pekerja ingin pulang karena orang tua sakit keras.",
    countryOfIncident: "TW",
  };

  it("opens a case handled by the reporting officer, starting at REPORTED", async () => {
    // given the Juntinyuat officer
    const session = await api.signInAs("villageOfficer");
    // when she opens a case for Nurhayati
    const result = await api.gql(OPEN, { input: { ...input, personId: nurhayati.gid } }, { session });
    // then the case is hers and its history starts at REPORTED
    expect(result.data!.openProtectionCase).toMatchObject({
      __typename: "MutationOpenProtectionCaseSuccess",
      data: {
        protectionCase: {
          type: "WANTS_TO_RETURN",
          status: "REPORTED",
          handlerName: "Nurul Hidayah",
          events: [{ status: "REPORTED" }],
        },
      },
    });
  });

  it("refuses an officer of another village", async () => {
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const other = await createOfficer(api, krasak.id, "open.krasak@example.id");
    const before = await api.prisma.protectionCase.count();
    const result = await api.gql(OPEN, { input: { ...input, personId: nurhayati.gid } }, { session: other.token });
    expect(result.data?.openProtectionCase ?? null).toBeNull();
    expect(await api.prisma.protectionCase.count()).toBe(before);
  });
});
