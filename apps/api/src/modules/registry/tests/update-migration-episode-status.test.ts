import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid, type TestApi, villageBySlug } from "./fixtures.ts";

const UPDATE = `mutation($input: UpdateMigrationEpisodeStatusInput!) { updateMigrationEpisodeStatus(input: $input) {
  __typename
  ... on MutationUpdateMigrationEpisodeStatusSuccess { data { episode { status departedAt returnedAt } } }
  ... on InvalidStatusTransitionError { from to message }
} }`;

describe("updateMigrationEpisodeStatus", () => {
  let api: TestApi;
  let officer: string;
  let episodeId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const village = await villageBySlug(api, "juntinyuat-indramayu");
    const person = await api.prisma.person.create({ data: { villageId: village.id, fullName: "Rohman" } });
    const episode = await api.prisma.migrationEpisode.create({
      data: {
        personId: person.id,
        status: "PROSPECTIVE",
        destinationCountry: "KR",
        consentGivenAt: new Date("2026-01-05"),
      },
    });
    episodeId = gid("MigrationEpisode", episode.id);
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  it("moves PROSPECTIVE to ABROAD, then ABROAD to RETURNED, with the dates", async () => {
    const abroad = await api.gql(
      UPDATE,
      { input: { episodeId, status: "ABROAD", date: "2026-02-01T00:00:00.000Z" } },
      { session: officer },
    );
    expect(abroad.data!.updateMigrationEpisodeStatus.data.episode).toMatchObject({
      status: "ABROAD",
      departedAt: "2026-02-01T00:00:00.000Z",
    });
    const back = await api.gql(
      UPDATE,
      { input: { episodeId, status: "RETURNED", date: "2026-10-01T00:00:00.000Z" } },
      { session: officer },
    );
    expect(back.data!.updateMigrationEpisodeStatus.data.episode).toMatchObject({
      status: "RETURNED",
      returnedAt: "2026-10-01T00:00:00.000Z",
    });
  });

  it("refuses going backwards", async () => {
    const result = await api.gql(
      UPDATE,
      { input: { episodeId, status: "ABROAD", date: "2026-11-01T00:00:00.000Z" } },
      { session: officer },
    );
    expect(result.data!.updateMigrationEpisodeStatus).toMatchObject({
      __typename: "InvalidStatusTransitionError",
      from: "RETURNED",
      to: "ABROAD",
    });
  });

  it("refuses a buyer", async () => {
    const buyer = await api.signInAs("buyer");
    const result = await api.gql(
      UPDATE,
      { input: { episodeId, status: "RETURNED", date: "2026-11-01T00:00:00.000Z" } },
      { session: buyer },
    );
    expect(result.data?.updateMigrationEpisodeStatus ?? null).toBeNull();
  });
});
