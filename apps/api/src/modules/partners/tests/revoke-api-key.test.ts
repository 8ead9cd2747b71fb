import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createPartnerKey, viewerOrganization } from "../../../../test/partners.ts";

const REVOKE = `
  mutation($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on MutationRevokeApiKeySuccess { data { apiKey { prefix revokedAt } } }
      ... on Error { message }
    }
  }`;

describe("revokeApiKey", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let partner: string;
  let organizationId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    partner = await api.signInAs("partner");
    organizationId = (await viewerOrganization(api, partner)).id;
  });
  afterAll(() => api?.cleanup());

  it("stops a key at once: its next request gets 401 with a clear message, and the revocation is audited", async () => {
    // given a working key
    const { key, id } = await createPartnerKey(api, partner, organizationId);
    expect((await api.gql(`{ organizations(first: 1) { edges { cursor } } }`, {}, { apiKey: key })).status).toBe(200);
    // when a member revokes it
    const result = await api.gql(REVOKE, { input: { apiKeyId: id } }, { session: partner });
    // then the key shows its revocation time
    expect(result.data!.revokeApiKey.__typename).toBe("MutationRevokeApiKeySuccess");
    expect(result.data!.revokeApiKey.data.apiKey.revokedAt).toBeTruthy();
    // and using it again is refused with HTTP 401 and a message saying why
    const refused = await api.gql(`{ organizations(first: 1) { edges { cursor } } }`, {}, { apiKey: key });
    expect(refused.status).toBe(401);
    expect(refused.data).toBeUndefined();
    expect(refused.errors![0]!.message).toMatch(/Kunci API tidak valid atau sudah dicabut/);
    // and one audit row records who revoked which key
    const stored = await api.prisma.apiKey.findFirstOrThrow({
      where: { keyHash: { not: "" }, prefix: key.slice(0, 12) },
    });
    const audit = await api.prisma.auditLog.findMany({ where: { action: "apiKey.revoke", targetId: stored.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBeTruthy();
  });

  it("answers an unknown key exactly like a revoked one", async () => {
    // given a key that was never issued
    // when it is used
    const result = await api.gql(
      `{ organizations(first: 1) { edges { cursor } } }`,
      {},
      { apiKey: `dmk_${"A".repeat(43)}` },
    );
    // then the answer is the same 401
    expect(result.status).toBe(401);
    expect(result.errors![0]!.message).toMatch(/Kunci API tidak valid atau sudah dicabut/);
  });

  it("does not let someone outside the organization revoke its key (it looks missing)", async () => {
    // given a key of the partner's organization
    const { id } = await createPartnerKey(api, partner, organizationId);
    const buyer = await api.signInAs("buyer");
    // when a buyer tries to revoke it
    const result = await api.gql(REVOKE, { input: { apiKeyId: id } }, { session: buyer });
    // then they are told it does not exist, and the key still works
    expect(result.data!.revokeApiKey.__typename).toBe("NotFoundError");
    const row = await api.prisma.apiKey.findMany({ where: { revokedAt: null } });
    expect(row.length).toBeGreaterThan(0);
  });
});
