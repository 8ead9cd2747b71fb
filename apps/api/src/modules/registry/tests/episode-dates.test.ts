// The dates of a stint abroad must hold together, on recording and on each step: nothing in the future (a day's
// grace for time zones), no return before the departure, no departure or return for a prospective migrant, no return
// for one still abroad. A refusal (InvalidEpisodeDatesError) records nothing and moves nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid, type TestApi, villageBySlug } from "./fixtures.ts";

const RECORD = `mutation($input: RecordMigrationEpisodeInput!) { recordMigrationEpisode(input: $input) {
  __typename
  ... on MutationRecordMigrationEpisodeSuccess { data { episode { status } } }
  ... on Error { message }
} }`;
const UPDATE = `mutation($input: UpdateMigrationEpisodeStatusInput!) { updateMigrationEpisodeStatus(input: $input) {
  __typename
  ... on MutationUpdateMigrationEpisodeStatusSuccess { data { episode { status } } }
  ... on Error { message }
} }`;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe("the dates of a stint abroad", () => {
  let api: TestApi;
  let officer: string;
  let villageId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    villageId = (await villageBySlug(api, "juntinyuat-indramayu")).id;
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  const villager = (fullName: string) => api.prisma.person.create({ data: { villageId, fullName } });

  it("refuses to record a stint whose dates contradict each other or lie ahead, recording nothing", async () => {
    // given a villager without any stint
    const person = await villager("Sutinah");
    const stint = {
      personId: gid("Person", person.id),
      destinationCountry: "HK",
      procedural: true,
      consentGivenAt: "2026-06-01T00:00:00.000Z",
    };
    const cases: [Record<string, unknown>, RegExp][] = [
      // home before she left
      [
        { status: "RETURNED", departedAt: "2026-05-01T00:00:00.000Z", returnedAt: "2026-03-01T00:00:00.000Z" },
        /Tanggal pulang tidak boleh sebelum tanggal berangkat/,
      ],
      // consent given next week
      [{ status: "PROSPECTIVE", consentGivenAt: inDays(7) }, /Tanggal persetujuan tidak boleh di masa depan/],
      // a departure next month for someone already abroad
      [{ status: "ABROAD", departedAt: inDays(30) }, /Tanggal berangkat tidak boleh di masa depan/],
      // a prospective migrant who already left
      [
        { status: "PROSPECTIVE", departedAt: "2026-05-01T00:00:00.000Z" },
        /Calon PMI belum memiliki tanggal berangkat atau pulang/,
      ],
      // abroad, with a return date
      [
        { status: "ABROAD", departedAt: "2026-02-01T00:00:00.000Z", returnedAt: "2026-05-01T00:00:00.000Z" },
        /PMI yang masih di luar negeri belum memiliki tanggal pulang/,
      ],
    ];
    for (const [dates, message] of cases) {
      // when the officer records it
      const result = await api.gql(RECORD, { input: { ...stint, ...dates } }, { session: officer });
      // then it is refused with the reason, and she has no stint
      expect(result.data!.recordMigrationEpisode.__typename).toBe("InvalidEpisodeDatesError");
      expect(result.data!.recordMigrationEpisode.message).toMatch(message);
    }
    expect(await api.prisma.migrationEpisode.count({ where: { personId: person.id } })).toBe(0);
  });

  it("refuses a step dated before the departure or ahead of today, leaving the stint where it was", async () => {
    // given a villager abroad in Hong Kong since 1 May 2026
    const person = await villager("Warsih");
    const episode = await api.prisma.migrationEpisode.create({
      data: {
        personId: person.id,
        status: "ABROAD",
        destinationCountry: "HK",
        departedAt: new Date("2026-05-01T00:00:00.000Z"),
        consentGivenAt: new Date("2026-04-01T00:00:00.000Z"),
      },
    });
    const episodeId = gid("MigrationEpisode", episode.id);

    // when the officer records her return before she left, or next week
    const early = await api.gql(
      UPDATE,
      { input: { episodeId, status: "RETURNED", date: "2026-04-15T00:00:00.000Z" } },
      { session: officer },
    );
    const ahead = await api.gql(
      UPDATE,
      { input: { episodeId, status: "RETURNED", date: inDays(7) } },
      { session: officer, headers: { "accept-language": "en" } },
    );

    // then both are refused with the reason, in the reader's language
    expect(early.data!.updateMigrationEpisodeStatus).toMatchObject({
      __typename: "InvalidEpisodeDatesError",
      message: "Tanggal pulang tidak boleh sebelum tanggal berangkat.",
    });
    expect(ahead.data!.updateMigrationEpisodeStatus).toMatchObject({
      __typename: "InvalidEpisodeDatesError",
      message: "The return date cannot be in the future.",
    });
    // and she is still abroad, without a return date, and no step was audited
    const after = await api.prisma.migrationEpisode.findUniqueOrThrow({ where: { id: episode.id } });
    expect({ status: after.status, returnedAt: after.returnedAt }).toEqual({ status: "ABROAD", returnedAt: null });
    expect(
      await api.prisma.auditLog.count({ where: { action: "migration_episode.status", targetId: episode.id } }),
    ).toBe(0);
  });
});
