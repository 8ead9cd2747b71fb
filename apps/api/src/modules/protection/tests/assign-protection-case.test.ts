import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, gid, personNamed, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const ASSIGN = `mutation($input: AssignProtectionCaseInput!) { assignProtectionCase(input: $input) {
  __typename ... on MutationAssignProtectionCaseSuccess { data { handlerName } } ... on Error { message } } }`;
const READ = `query($id: ID!) { node(id: $id) { ... on ProtectionCase { status } } }`;

describe("assignProtectionCase", () => {
  let api: TestApi;
  let caseId: string;
  let juntinyuatId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    juntinyuatId = juntinyuat.id;
    const karsiti = await personNamed(api, juntinyuat.id, "Karsiti");
    caseId = gid(
      "ProtectionCase",
      (await api.prisma.protectionCase.findFirstOrThrow({ where: { personId: karsiti.id } })).id,
    );
  });
  afterAll(() => api?.cleanup());

  it("hands the case to a colleague, who can then read it while the former handler cannot", async () => {
    // given the handler and a colleague in the same village
    const handler = await api.signInAs("villageOfficer");
    const colleague = await createOfficer(api, juntinyuatId, "penerus@example.id");
    // when the handler assigns the case to the colleague
    const result = await api.gql(
      ASSIGN,
      { input: { caseId, handlerUserId: gid("User", colleague.user.id) } },
      { session: handler },
    );
    // then the colleague handles it and only they (not the former handler) can read it
    expect(result.data!.assignProtectionCase.data.handlerName).toBe("Petugas penerus@example.id");
    expect((await api.gql(READ, { id: caseId }, { session: colleague.token })).data!.node.status).toBe("REFERRED");
    expect((await api.gql(READ, { id: caseId }, { session: handler })).data?.node ?? null).toBeNull();
  });

  it("refuses an officer of another village as the new handler", async () => {
    // given the admin and an officer of Krasak
    const admin = await api.signInAs("admin");
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const outsider = await createOfficer(api, krasak.id, "luar@example.id");
    // when the admin tries to hand the case to them
    const result = await api.gql(
      ASSIGN,
      { input: { caseId, handlerUserId: gid("User", outsider.user.id) } },
      { session: admin },
    );
    // then it is refused
    expect(result.data!.assignProtectionCase.__typename).toBe("InvalidCaseHandlerError");
  });
});
