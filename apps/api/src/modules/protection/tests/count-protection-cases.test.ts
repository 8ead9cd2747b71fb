import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const COUNT = `query($id: ID!, $open: Boolean, $status: ProtectionCaseStatus) {
  node(id: $id) { ... on Village { protectionCases(open: $open, status: $status) { totalCount } } }
}`;

describe("Village.protectionCases totalCount", () => {
  let api: TestApi;
  let village: Awaited<ReturnType<typeof villageBySlug>>;
  let handler: Awaited<ReturnType<typeof createOfficer>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    village = await villageBySlug(api, "juntinyuat-indramayu");
    // given a new officer handling 101 open cases (more than one page can hold) and 2 closed ones
    handler = await createOfficer(api, village.id, "kasus.hitung@example.id");
    const person = await api.prisma.person.findFirstOrThrow({ where: { villageId: village.id } });
    const base = {
      personId: person.id,
      villageId: village.id,
      type: "UNPAID_WAGES" as const,
      summary: "Gaji belum dibayar.",
      handlerId: handler.user.id,
    };
    await api.prisma.protectionCase.createMany({
      data: [
        ...Array.from({ length: 100 }, () => ({ ...base, status: "REPORTED" as const })),
        { ...base, status: "IN_PROGRESS" },
        { ...base, status: "RESOLVED" },
        { ...base, status: "CLOSED_UNRESOLVED" },
      ],
    });
  });
  afterAll(() => api?.cleanup());

  const count = async (session: string, variables: { open?: boolean; status?: string } = {}) => {
    const result = await api.gql(COUNT, { id: village.gid, ...variables }, { session });
    expect(result.errors).toBeUndefined();
    return result.data!.node.protectionCases.totalCount as number;
  };

  it("counts the handler's open cases beyond the 100 a page may hold, honouring the filters", async () => {
    // when the handler counts their cases
    // then every case is counted, not only a page of them, and each filter narrows the count
    expect(await count(handler.token)).toBe(103);
    expect(await count(handler.token, { open: true })).toBe(101);
    expect(await count(handler.token, { open: false })).toBe(2);
    expect(await count(handler.token, { status: "IN_PROGRESS" })).toBe(1);
    expect(await count(handler.token, { open: false, status: "IN_PROGRESS" })).toBe(0);
  });

  it("does not count a colleague's cases", async () => {
    // given another officer of the same village
    const colleague = await createOfficer(api, village.id, "kasus.hitung.rekan@example.id");
    // when they count the village's open cases, then the handler's cases are not in it
    expect(await count(colleague.token, { open: true })).toBe(0);
  });

  it("gives an admin the village's count without reading (and so auditing) any case", async () => {
    // given a platform admin and the audit log so far
    const admin = await api.signInAs("admin");
    const before = await api.prisma.auditLog.count({ where: { action: "protection_case.read" } });
    // when the admin counts the open cases
    const open = await count(admin, { open: true });
    // then the count covers every open case in the village, and no case read was logged
    const expected = await api.prisma.protectionCase.count({
      where: { villageId: village.id, status: { notIn: ["RESOLVED", "CLOSED_UNRESOLVED"] } },
    });
    expect(open).toBe(expected);
    expect(await api.prisma.auditLog.count({ where: { action: "protection_case.read" } })).toBe(before);
  });
});
