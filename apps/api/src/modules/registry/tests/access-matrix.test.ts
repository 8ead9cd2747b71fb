import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, createPartnerKey, type TestApi, villageBySlug } from "./fixtures.ts";

// Reading a Person or a ProtectionCase by ID is covered for every role by test/authorization-matrix.test.ts; the
// village's registry fields are not node types, so who may read them is checked here.
describe("access to a village's migrant registry", () => {
  let api: TestApi;
  let callers: { name: string; request: { session?: string; apiKey?: string } }[];
  let juntinyuatId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    juntinyuatId = (await villageBySlug(api, "juntinyuat-indramayu")).gid;
    const krasak = await villageBySlug(api, "krasak-indramayu");
    callers = [
      { name: "anonymous", request: {} },
      { name: "buyer", request: { session: await api.signInAs("buyer") } },
      { name: "family of the village", request: { session: await api.signInAs("household") } },
      { name: "partner key", request: { apiKey: await createPartnerKey(api) } },
      { name: "partner user", request: { session: await api.signInAs("partner") } },
      {
        name: "officer of another village",
        request: { session: (await createOfficer(api, krasak.id, "matrix.krasak@example.id")).token },
      },
    ];
  });
  afterAll(() => api?.cleanup());

  const REGISTRY = `query($id: ID!) { node(id: $id) { ... on Village {
    name registry(first: 50) { edges { node { fullName } } } registrySummary { total } } } }`;

  it("gives the registry and its counts to the village's officers", async () => {
    const officer = await api.signInAs("villageOfficer");
    const result = await api.gql(REGISTRY, { id: juntinyuatId }, { session: officer });
    expect(result.data?.node?.registry?.edges?.length).toBeGreaterThan(0);
    expect(result.data?.node?.registrySummary?.total).toBeGreaterThan(0);
  });

  it("denies everyone else the registry and its counts, leaking no name", async () => {
    for (const { name, request } of callers) {
      // when the caller asks for Juntinyuat's registry
      const registry = await api.gql(REGISTRY, { id: juntinyuatId }, request);
      // then the village is public, but nothing of its registry comes back, only an authorization error
      expect(registry.data?.node?.name, name).toBe("Juntinyuat");
      expect(registry.data?.node?.registry ?? null, name).toBeNull();
      expect(registry.data?.node?.registrySummary ?? null, name).toBeNull();
      expect(JSON.stringify(registry), name).not.toMatch(/Karsiti|Nurhayati|Kusnadi/);
      expect(registry.errors?.length, name).toBeGreaterThan(0);
      // no internal details (stack, SQL, Prisma) reach the client
      expect(JSON.stringify(registry.errors), name).not.toMatch(/prisma|SELECT|stack/i);
    }
  });
});
