// The placement agency checked against the licensed list (incl. an expired licence), the departure it allows, the
// desk's list and flags, and the expiry reminders sent once to the village's officers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { runJobOnce } from "../../../jobs/runner.ts";
import { gid, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";
import { expiryRemindersJob } from "../jobs.ts";

const DETAILS = `mutation($input: UpdatePreDepartureDetailsInput!) { updatePreDepartureDetails(input: $input) {
  __typename
  ... on MutationUpdatePreDepartureDetailsSuccess { data { episode {
    placementAgency agencyCheck listedAgency { licenceNumber } passportExpiresOn contractExpiresOn
    expiringDocuments { document expiresOn }
  } } }
  ... on Error { message }
} }`;

const DEPART = `mutation($input: UpdateMigrationEpisodeStatusInput!) { updateMigrationEpisodeStatus(input: $input) {
  __typename ... on MutationUpdateMigrationEpisodeStatusSuccess { data { episode { status procedural } } }
} }`;

const DESK = `query($slug: String!, $filter: MigrationDeskFilter) { village(slug: $slug) {
  migrationDesk(first: 100, filter: $filter) { edges { node { id agencyCheck person { fullName } } } }
} }`;

const DAY = 86_400_000;
const today = () => new Date(Date.UTC(...(ymd(new Date(Date.now() + 7 * 3_600_000)) as [number, number, number])));
const ymd = (d: Date) => [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
const inDays = (days: number) => new Date(today().getTime() + days * DAY);

describe("updatePreDepartureDetails", () => {
  let api: TestApi;
  let officer: string;
  let villageId: string;
  const episodes: Record<string, string> = {};
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const village = await villageBySlug(api, "juntinyuat-indramayu");
    villageId = village.id;
    await api.prisma.placementAgency.createMany({
      data: [
        {
          licenceNumber: "UJI-BERLAKU",
          name: "PT Uji Berizin",
          licenceValidFrom: inDays(-400),
          licenceValidUntil: inDays(400),
        },
        {
          licenceNumber: "UJI-KEDALUWARSA",
          name: "PT Uji Kedaluwarsa",
          licenceValidFrom: inDays(-800),
          licenceValidUntil: inDays(-10),
        },
      ],
    });
    for (const name of ["Berizin", "Kedaluwarsa", "Calo", "Dokumen"]) {
      const person = await api.prisma.person.create({ data: { villageId, fullName: `Uji Meja ${name}` } });
      const episode = await api.prisma.migrationEpisode.create({
        data: { personId: person.id, status: "PROSPECTIVE", destinationCountry: "MY", consentGivenAt: new Date() },
      });
      episodes[name] = episode.id;
    }
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  const details = (name: string, input: Record<string, unknown>) =>
    api.gql(
      DETAILS,
      { input: { episodeId: gid("MigrationEpisode", episodes[name]!), ...input } },
      { session: officer },
    );

  it("matches a typed name to the list: a valid licence is LICENSED", async () => {
    const result = await details("Berizin", { placementAgencyName: "pt uji berizin" });
    expect(result.data!.updatePreDepartureDetails.data.episode).toMatchObject({
      placementAgency: "PT Uji Berizin",
      agencyCheck: "LICENSED",
      listedAgency: { licenceNumber: "UJI-BERLAKU" },
    });
  });

  it("flags an agency of the list whose licence has expired", async () => {
    const agency = await api.prisma.placementAgency.findUniqueOrThrow({ where: { licenceNumber: "UJI-KEDALUWARSA" } });
    const result = await details("Kedaluwarsa", { placementAgencyId: gid("PlacementAgency", agency.id) });
    expect(result.data!.updatePreDepartureDetails.data.episode).toMatchObject({
      placementAgency: "PT Uji Kedaluwarsa",
      agencyCheck: "LICENCE_EXPIRED",
    });
  });

  it("flags an agency that is not on the list, keeping the name as typed", async () => {
    const result = await details("Calo", { placementAgencyName: "Bang Jali Sponsor" });
    expect(result.data!.updatePreDepartureDetails.data.episode).toMatchObject({
      placementAgency: "Bang Jali Sponsor",
      agencyCheck: "NOT_LISTED",
      listedAgency: null,
    });
  });

  it("lists the flagged stints on the desk under the AGENCY flag, not the licensed one", async () => {
    const result = await api.gql(
      DESK,
      { slug: "juntinyuat-indramayu", filter: { flag: "AGENCY", search: "Uji Meja" } },
      { session: officer },
    );
    const names = result.data!.village.migrationDesk.edges.map(
      (e: { node: { person: { fullName: string } } }) => e.node.person.fullName,
    );
    expect(names.sort()).toEqual(["Uji Meja Calo", "Uji Meja Dokumen", "Uji Meja Kedaluwarsa"]);
  });

  it("records a departure through an unlicensed or expired agency as non-procedural, a licensed one as procedural", async () => {
    const depart = (name: string) =>
      api.gql(
        DEPART,
        {
          input: {
            episodeId: gid("MigrationEpisode", episodes[name]!),
            status: "ABROAD",
            date: today().toISOString(),
          },
        },
        { session: officer },
      );
    expect((await depart("Berizin")).data!.updateMigrationEpisodeStatus.data.episode).toEqual({
      status: "ABROAD",
      procedural: true,
    });
    expect((await depart("Kedaluwarsa")).data!.updateMigrationEpisodeStatus.data.episode.procedural).toBe(false);
    expect((await depart("Calo")).data!.updateMigrationEpisodeStatus.data.episode.procedural).toBe(false);
  });

  it("shows documents expiring within 60 days, and reminds the village's officers once per document", async () => {
    const passport = inDays(30);
    const result = await details("Dokumen", {
      passportExpiresOn: passport.toISOString(),
      contractExpiresOn: inDays(200).toISOString(),
    });
    expect(result.data!.updatePreDepartureDetails.data.episode.expiringDocuments).toEqual([
      { document: "PASSPORT", expiresOn: passport.toISOString() },
    ]);
    const officers = await api.prisma.villageOfficer.count({ where: { villageId } });
    const outbox = () =>
      api.prisma.outboxMessage.findMany({
        where: { kind: "migration.document.expiring", dedupeKey: { contains: episodes.Dokumen! } },
        select: { subject: true, body: true, userId: true },
      });
    expect(await outbox()).toEqual([]);
    await runJobOnce(api.prisma, expiryRemindersJob, new Date());
    const sent = await outbox();
    expect(sent).toHaveLength(officers);
    expect(sent[0]!.subject).toBe("Paspor calon PMI segera habis berlaku");
    // No personal data in e-mail: the person's name is never in it.
    expect(sent.every((m) => !m.body.includes("Uji Meja"))).toBe(true);
    await runJobOnce(api.prisma, expiryRemindersJob, new Date(Date.now() + 3_600_000));
    expect(await outbox()).toHaveLength(officers);
  });

  it("refuses details of a stint that has left", async () => {
    const result = await details("Berizin", { placementAgencyName: "PT Lain" });
    expect(result.data!.updatePreDepartureDetails.__typename).toBe("ChecklistClosedError");
  });
});
