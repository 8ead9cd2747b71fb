import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { CALL, gid, juntinyuat } from "./helpers.ts";

describe("callMeeting", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  const input = (coopId: string, extra: Record<string, unknown> = {}) => ({
    cooperativeId: gid("Cooperative", coopId),
    kind: "ANNUAL",
    title: "Rapat Anggota Tahunan Tahun Buku 2026",
    fiscalYear: 2026,
    scheduledAt: "2027-02-20T02:00:00.000Z",
    location: "Balai Desa Juntinyuat",
    online: true,
    motions: [
      { title: "Pengesahan laporan pertanggungjawaban pengurus", description: "Laporan tahun buku 2026." },
      { title: "Penetapan pembagian SHU", description: "" },
    ],
    ...extra,
  });

  it("lets the chair call an annual meeting with its agenda in order", async () => {
    // given the chair of the Juntinyuat cooperative
    const officer = await api.signInAs("cooperativeOfficer");
    const coop = await juntinyuat(api);
    // when she calls the RAT with two motions
    const result = await api.gql(CALL, { input: input(coop.id) }, { session: officer });
    // then the meeting is SCHEDULED with both motions open, in order, and counts visible to her (zero)
    const meeting = result.data!.callMeeting.data.meeting;
    expect(meeting).toMatchObject({ status: "SCHEDULED", kind: "ANNUAL", fiscalYear: 2026, online: true });
    expect(meeting.motions.map((m: any) => [m.position, m.status, m.tally])).toEqual([
      [1, "OPEN", { yes: 0 }],
      [2, "OPEN", { yes: 0 }],
    ]);
  });

  it("validates the agenda: 1 to 30 motions and a fiscal year for an annual meeting", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const coop = await juntinyuat(api);
    const none = await api.gql(CALL, { input: input(coop.id, { motions: [] }) }, { session: officer });
    expect(none.data!.callMeeting.__typename).toBe("InputValidationError");
    const many = await api.gql(
      CALL,
      { input: input(coop.id, { motions: Array.from({ length: 31 }, (_, i) => ({ title: `Usulan ${i}` })) }) },
      { session: officer },
    );
    expect(many.data!.callMeeting.__typename).toBe("InputValidationError");
    const noYear = await api.gql(CALL, { input: input(coop.id, { fiscalYear: null }) }, { session: officer });
    expect(noYear.data!.callMeeting.__typename).toBe("InputValidationError");
    expect(noYear.data!.callMeeting.issues[0].message).toMatch(/tahun buku/);
  });

  it("is refused to members and to officers of other cooperatives", async () => {
    const member = await api.signInAs("household");
    const coop = await juntinyuat(api);
    const asMember = await api.gql(CALL, { input: input(coop.id) }, { session: member });
    expect(asMember.errors?.[0]?.message).toMatch(/Not authorized/i);
    const officer = await api.signInAs("cooperativeOfficer");
    const other = await api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-krasak" } });
    const elsewhere = await api.gql(CALL, { input: input(other.id) }, { session: officer });
    expect(elsewhere.errors?.[0]?.message).toMatch(/Not authorized/i);
  });
});
