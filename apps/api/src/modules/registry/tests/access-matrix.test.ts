import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, createPartnerKey, gid, personNamed, type TestApi, villageBySlug } from "./fixtures.ts";

// Who must not read personal or confidential data: a buyer, a partner API key, an officer of another village.
describe("access matrix: Person, ProtectionCase and the registry", () => {
  let api: TestApi;
  let callers: { name: string; request: { session?: string; apiKey?: string } }[];
  let personId: string;
  let caseId: string;
  let juntinyuatId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    juntinyuatId = juntinyuat.gid;
    const karsiti = await personNamed(api, juntinyuat.id, "Karsiti");
    personId = karsiti.gid;
    const found = await api.prisma.protectionCase.findFirstOrThrow({ where: { personId: karsiti.id } });
    caseId = gid("ProtectionCase", found.id);
    const krasak = await villageBySlug(api, "krasak-indramayu");
    callers = [
      { name: "buyer", request: { session: await api.signInAs("buyer") } },
      { name: "partner key", request: { apiKey: await createPartnerKey(api) } },
      { name: "partner user", request: { session: await api.signInAs("partner") } },
      {
        name: "officer of another village",
        request: { session: (await createOfficer(api, krasak.id, "matrix.krasak@example.id")).token },
      },
    ];
  });
  afterAll(() => api?.cleanup());

  it("denies each of them the person, the case and the registry, leaking nothing", async () => {
    for (const { name, request } of callers) {
      // when the caller asks for Karsiti, her case (by global ID) and Juntinyuat's registry
      const person = await api.gql(
        `query($id: ID!) { node(id: $id) { ... on Person { fullName phone } } }`,
        { id: personId },
        request,
      );
      const kase = await api.gql(
        `query($id: ID!) { node(id: $id) { ... on ProtectionCase { summary type status } } }`,
        { id: caseId },
        request,
      );
      const registry = await api.gql(
        `query($id: ID!) { node(id: $id) { ... on Village { name registry(first: 50) { edges { node { fullName } } } registrySummary { total } } } }`,
        { id: juntinyuatId },
        request,
      );
      // then nothing personal or confidential comes back, only an authorization error
      expect(person.data?.node ?? null, name).toBeNull();
      expect(kase.data?.node ?? null, name).toBeNull();
      expect(registry.data?.node?.registry ?? null, name).toBeNull();
      expect(registry.data?.node?.registrySummary ?? null, name).toBeNull();
      const all = JSON.stringify([person, kase, registry]);
      expect(all, name).not.toMatch(/Karsiti|Riyadh|gaji|Nurhayati/);
      for (const r of [person, kase, registry]) {
        expect(r.errors?.length, name).toBeGreaterThan(0);
        // no internal details (stack, SQL, Prisma) reach the client
        expect(JSON.stringify(r.errors), name).not.toMatch(/prisma|SELECT|stack/i);
      }
    }
  });
});
