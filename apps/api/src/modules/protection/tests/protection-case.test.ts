import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, gid, personNamed, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const CASE = `query($id: ID!) { node(id: $id) { ... on ProtectionCase {
  type status summary countryOfIncident referralAgency referredAt openedAt closedAt handlerName
  events { status note createdAt }
} } }`;

describe("ProtectionCase (read)", () => {
  let api: TestApi;
  let caseId: string;
  let rawCaseId: string;
  let karsitiId: string;
  let juntinyuatId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    juntinyuatId = juntinyuat.id;
    const karsiti = await personNamed(api, juntinyuat.id, "Karsiti");
    karsitiId = karsiti.id;
    rawCaseId = (await api.prisma.protectionCase.findFirstOrThrow({ where: { personId: karsiti.id } })).id;
    caseId = gid("ProtectionCase", rawCaseId);
  });
  afterAll(() => api?.cleanup());

  it("shows the handling officer the case with its history, oldest first", async () => {
    // given Nurul Hidayah, who handles Karsiti's unpaid-wages case
    const session = await api.signInAs("villageOfficer");
    // when she opens it
    const result = await api.gql(CASE, { id: caseId }, { session });
    // then she sees it, referred to BP3MI, with the three steps in order
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toMatchObject({
      type: "UNPAID_WAGES",
      status: "REFERRED",
      countryOfIncident: "SA",
      referralAgency: "BP3MI Jawa Barat",
      handlerName: "Nurul Hidayah",
      closedAt: null,
    });
    expect(result.data!.node.events.map((e: { status: string }) => e.status)).toEqual([
      "REPORTED",
      "IN_PROGRESS",
      "REFERRED",
    ]);
  });

  it("shows the person concerned their own case", async () => {
    const self = await api.createUserSession({ email: "karsiti@example.id", personId: karsitiId });
    const result = await api.gql(CASE, { id: caseId }, { session: self.token });
    expect(result.data!.node.type).toBe("UNPAID_WAGES");
  });

  it("hides it from another officer of the same village", async () => {
    // given a second Juntinyuat officer who does not handle the case
    const colleague = await createOfficer(api, juntinyuatId, "rekan.juntinyuat@example.id");
    // when they read it
    const result = await api.gql(CASE, { id: caseId }, { session: colleague.token });
    // then nothing comes back
    expect(result.data?.node ?? null).toBeNull();
    expect(JSON.stringify(result)).not.toMatch(/Riyadh|BP3MI/);
  });

  it("lets an admin read it and writes one audit row per read", async () => {
    // given the platform admin
    const admin = await api.signInAs("admin");
    const before = await api.prisma.auditLog.count({ where: { action: "protection_case.read", targetId: rawCaseId } });
    // when the admin reads the case twice
    const first = await api.gql(CASE, { id: caseId }, { session: admin });
    await api.gql(CASE, { id: caseId }, { session: admin });
    // then the case comes back and both reads are in the audit log with the admin as actor
    expect(first.data!.node.status).toBe("REFERRED");
    const rows = await api.prisma.auditLog.findMany({
      where: { action: "protection_case.read", targetId: rawCaseId },
      include: { actor: true },
    });
    expect(rows.length - before).toBe(2);
    expect(rows.every((r) => r.actor?.isPlatformAdmin)).toBe(true);
  });
});
