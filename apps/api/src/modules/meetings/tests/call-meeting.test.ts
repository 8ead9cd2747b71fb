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
    title: "Rapat Anggota Tahunan Tahun Buku 2024",
    fiscalYear: 2024,
    scheduledAt: "2027-02-20T02:00:00.000Z",
    location: "Balai Desa Juntinyuat",
    online: true,
    motions: [
      { title: "Pengesahan laporan pertanggungjawaban pengurus", description: "Laporan tahun buku 2024." },
      { title: "Pengesahan laporan tahunan dan SHU", kind: "ADOPT_ANNUAL_REPORT", surplusIdr: "12500000" },
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
    expect(meeting).toMatchObject({ status: "SCHEDULED", kind: "ANNUAL", fiscalYear: 2024, online: true });
    expect(meeting.motions.map((m: any) => [m.position, m.status, m.kind, m.surplus, m.tally])).toEqual([
      [1, "OPEN", "GENERAL", null, { yes: 0 }],
      [2, "OPEN", "ADOPT_ANNUAL_REPORT", { amount: "12500000" }, { yes: 0 }],
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
    expect(asMember.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const officer = await api.signInAs("cooperativeOfficer");
    const other = await api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-krasak" } });
    const elsewhere = await api.gql(CALL, { input: input(other.id) }, { session: officer });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a second annual meeting (RAT) for a fiscal year, even two at once, but allows extraordinary ones", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const coop = await juntinyuat(api);
    // the seed already has the RAT for fiscal year 2026
    const second = await api.gql(
      CALL,
      { input: input(coop.id, { fiscalYear: 2026, motions: [{ title: "Usulan" }] }) },
      { session: officer },
    );
    expect(second.data!.callMeeting).toMatchObject({
      __typename: "AnnualMeetingExistsError",
      fiscalYear: 2026,
      message: expect.stringMatching(/sudah ada.*RALB/),
    });
    // two calls for 2023 at the same moment: one RAT, one refusal
    const both = await Promise.all(
      [1, 2].map(() => api.gql(CALL, { input: input(coop.id, { fiscalYear: 2023 }) }, { session: officer })),
    );
    expect(both.map((r) => r.data!.callMeeting.__typename).sort()).toEqual([
      "AnnualMeetingExistsError",
      "MutationCallMeetingSuccess",
    ]);
    expect(
      await api.prisma.meeting.count({ where: { cooperativeId: coop.id, kind: "ANNUAL", fiscalYear: 2023 } }),
    ).toBe(1);
    // extraordinary meetings (RALB) as often as needed, with or without a fiscal year
    for (const fiscalYear of [2026, 2026, null]) {
      const ralb = await api.gql(
        CALL,
        { input: input(coop.id, { kind: "EXTRAORDINARY", fiscalYear, motions: [{ title: "Usulan RALB" }] }) },
        { session: officer },
      );
      expect(ralb.data!.callMeeting.__typename).toBe("MutationCallMeetingSuccess");
    }
  });

  it("checks motion kinds: the annual report only in a RAT with its surplus, a funding round of this cooperative", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const coop = await juntinyuat(api);
    const adopt = { title: "Pengesahan laporan tahunan", kind: "ADOPT_ANNUAL_REPORT", surplusIdr: "1000000" };
    const inRalb = await api.gql(
      CALL,
      { input: input(coop.id, { kind: "EXTRAORDINARY", fiscalYear: null, motions: [adopt] }) },
      { session: officer },
    );
    expect(inRalb.data!.callMeeting.__typename).toBe("InputValidationError");
    expect(inRalb.data!.callMeeting.issues[0].message).toMatch(/hanya disahkan di Rapat Anggota Tahunan/);
    const noSurplus = await api.gql(
      CALL,
      { input: input(coop.id, { fiscalYear: 2021, motions: [{ ...adopt, surplusIdr: null }] }) },
      { session: officer },
    );
    expect(noSurplus.data!.callMeeting.issues[0].message).toMatch(/perlu jumlah SHU/);
    const twice = await api.gql(
      CALL,
      { input: input(coop.id, { fiscalYear: 2021, motions: [adopt, adopt] }) },
      { session: officer },
    );
    expect(twice.data!.callMeeting.__typename).toBe("InputValidationError");

    const ours = await api.prisma.fundingRound.findFirstOrThrow({
      where: { cooperativeId: coop.id, status: { not: "DRAFT" } },
    });
    const theirs = await api.prisma.fundingRound.findFirstOrThrow({ where: { cooperativeId: { not: coop.id } } });
    const approve = (roundId: string) => ({
      title: "Persetujuan putaran pendanaan",
      kind: "APPROVE_FUNDING_ROUND",
      fundingRoundId: gid("FundingRound", roundId),
    });
    const elsewhere = await api.gql(
      CALL,
      { input: input(coop.id, { kind: "EXTRAORDINARY", fiscalYear: null, motions: [approve(theirs.id)] }) },
      { session: officer },
    );
    expect(elsewhere.data!.callMeeting.__typename).toBe("MotionFundingRoundError");
    const here = await api.gql(
      CALL,
      { input: input(coop.id, { kind: "EXTRAORDINARY", fiscalYear: null, motions: [approve(ours.id)] }) },
      { session: officer },
    );
    expect(here.data!.callMeeting.data.meeting.motions[0]).toMatchObject({
      kind: "APPROVE_FUNDING_ROUND",
      fundingRound: { id: gid("FundingRound", ours.id) },
    });
  });

  it("lets members call a meeting only when the by-laws say members may", async () => {
    const member = await api.signInAs("household");
    const coop = await juntinyuat(api);
    const ralb = input(coop.id, { kind: "EXTRAORDINARY", fiscalYear: null, motions: [{ title: "Usulan anggota" }] });
    const refused = await api.gql(CALL, { input: ralb }, { session: member });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await api.prisma.cooperative.update({ where: { id: coop.id }, data: { meetingCallers: "OFFICERS_AND_MEMBERS" } });
    const allowed = await api.gql(CALL, { input: ralb }, { session: member });
    expect(allowed.data!.callMeeting.__typename).toBe("MutationCallMeetingSuccess");
    const buyer = await api.signInAs("buyer");
    const outsider = await api.gql(CALL, { input: ralb }, { session: buyer });
    expect(outsider.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    await api.prisma.cooperative.update({ where: { id: coop.id }, data: { meetingCallers: "OFFICERS" } });
  });
});
