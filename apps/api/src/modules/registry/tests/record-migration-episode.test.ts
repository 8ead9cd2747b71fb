import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, personNamed, type TestApi, villageBySlug } from "./fixtures.ts";

const RECORD = `mutation($input: RecordMigrationEpisodeInput!) { recordMigrationEpisode(input: $input) {
  __typename
  ... on MutationRecordMigrationEpisodeSuccess { data { episode { status destinationCountry procedural recordedByName } } }
  ... on Error { message }
} }`;

describe("recordMigrationEpisode", () => {
  let api: TestApi;
  let officer: string;
  let village: Awaited<ReturnType<typeof villageBySlug>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    village = await villageBySlug(api, "juntinyuat-indramayu");
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  const episode = (personId: string) => ({
    personId,
    status: "PROSPECTIVE",
    destinationCountry: "JP",
    jobSector: "Perawat (kaigo)",
    procedural: true,
    plannedDepartureAt: "2027-03-01T00:00:00.000Z",
    consentGivenAt: "2026-11-20T09:00:00.000Z",
  });

  it("records a prospective stint with the recording officer", async () => {
    // given a villager without any stint
    const person = await api.prisma.person.create({ data: { villageId: village.id, fullName: "Ayu Lestari" } });
    const { gid } = { gid: (await personNamed(api, village.id, "Ayu Lestari")).gid };
    // when the officer records her plan to work in Japan
    const result = await api.gql(RECORD, { input: episode(gid) }, { session: officer });
    // then the stint is PROSPECTIVE and recorded by her
    expect(result.data!.recordMigrationEpisode.data.episode).toEqual({
      status: "PROSPECTIVE",
      destinationCountry: "JP",
      procedural: true,
      recordedByName: "Nurul Hidayah",
    });
    expect(await api.prisma.migrationEpisode.count({ where: { personId: person.id } })).toBe(1);
  });

  it("refuses a second stint while one is still open", async () => {
    // given Nurhayati, abroad in Taiwan
    const nurhayati = await personNamed(api, village.id, "Nurhayati");
    // when a new stint is recorded for her
    const result = await api.gql(RECORD, { input: episode(nurhayati.gid) }, { session: officer });
    // then it is refused as an invalid transition
    expect(result.data!.recordMigrationEpisode.__typename).toBe("InvalidStatusTransitionError");
  });

  it("refuses an officer of another village", async () => {
    const nurhayati = await personNamed(api, village.id, "Nurhayati");
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const other = await createOfficer(api, krasak.id, "episode.krasak@example.id");
    const result = await api.gql(RECORD, { input: episode(nurhayati.gid) }, { session: other.token });
    expect(result.data?.recordMigrationEpisode ?? null).toBeNull();
  });
});
