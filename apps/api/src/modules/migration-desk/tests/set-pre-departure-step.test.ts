import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, createPartnerKey, gid, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const SET = `mutation($input: SetPreDepartureStepInput!) { setPreDepartureStep(input: $input) {
  __typename
  ... on MutationSetPreDepartureStepSuccess { data { recorded episode {
    checklistProgress { done applicable }
    checklist { step state doneOn note recordedByName }
    checklistHistory { step state doneOn note }
  } } }
  ... on Error { message }
} }`;

const CHECKLIST = `query($id: ID!) { node(id: $id) { ... on MigrationEpisode {
  checklist { step state } checklistHistory { step state }
} } }`;

const DAY = 86_400_000;
const dayOf = (offset: number) => new Date(Date.now() + 7 * 3_600_000 + offset * DAY).toISOString().slice(0, 10);
const iso = (day: string) => `${day}T00:00:00.000Z`;

describe("setPreDepartureStep", () => {
  let api: TestApi;
  let officer: string;
  let episodeId: string;
  let rawEpisodeId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const village = await villageBySlug(api, "juntinyuat-indramayu");
    const person = await api.prisma.person.create({ data: { villageId: village.id, fullName: "Casminah Uji" } });
    const episode = await api.prisma.migrationEpisode.create({
      data: { personId: person.id, status: "PROSPECTIVE", destinationCountry: "TW", consentGivenAt: new Date() },
    });
    rawEpisodeId = episode.id;
    episodeId = gid("MigrationEpisode", episode.id);
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  const set = (input: Record<string, unknown>, session = officer, headers?: Record<string, string>) =>
    api.gql(SET, { input: { episodeId, ...input } }, { session, headers });

  it("lists every step as BELUM before anything is recorded", async () => {
    const result = await api.gql(CHECKLIST, { id: episodeId }, { session: officer });
    expect(result.data!.node.checklist).toHaveLength(12);
    expect(result.data!.node.checklist.every((e: { state: string }) => e.state === "BELUM")).toBe(true);
    expect(result.data!.node.checklist[0].step).toBe("FAMILY_PERMIT");
    expect(result.data!.node.checklistHistory).toEqual([]);
  });

  it("moves a step through SEDANG to SELESAI with its day and officer, keeping each change in the history", async () => {
    const started = await set({ step: "MEDICAL_CHECK", state: "SEDANG" });
    expect(started.data!.setPreDepartureStep.data.recorded).toBe(true);
    const done = await set({ step: "MEDICAL_CHECK", state: "SELESAI", doneOn: iso(dayOf(-1)) });
    const episode = done.data!.setPreDepartureStep.data.episode;
    expect(episode.checklist.find((e: { step: string }) => e.step === "MEDICAL_CHECK")).toMatchObject({
      state: "SELESAI",
      doneOn: iso(dayOf(-1)),
      recordedByName: expect.any(String),
    });
    expect(episode.checklistProgress).toEqual({ done: 1, applicable: 12 });
    expect(episode.checklistHistory.map((e: { state: string }) => e.state)).toEqual(["SELESAI", "SEDANG"]);
  });

  it("counts TIDAK_BERLAKU out of the steps that apply", async () => {
    const result = await set({ step: "COMPETENCY_CERTIFICATE", state: "TIDAK_BERLAKU" });
    expect(result.data!.setPreDepartureStep.data.episode.checklistProgress).toEqual({ done: 1, applicable: 11 });
  });

  it("records nothing when the same state is sent again (a form sent twice)", async () => {
    const before = await api.prisma.preDepartureItem.count({ where: { episodeId: rawEpisodeId } });
    const again = await set({ step: "MEDICAL_CHECK", state: "SELESAI", doneOn: iso(dayOf(-1)) });
    expect(again.data!.setPreDepartureStep).toMatchObject({ __typename: "MutationSetPreDepartureStepSuccess" });
    expect(again.data!.setPreDepartureStep.data.recorded).toBe(false);
    expect(await api.prisma.preDepartureItem.count({ where: { episodeId: rawEpisodeId } })).toBe(before);
  });

  it("refuses SELESAI without a day or with a day after today, and a day on a step not done, in both languages", async () => {
    const before = await api.prisma.preDepartureItem.count({ where: { episodeId: rawEpisodeId } });
    const noDay = await set({ step: "PASSPORT", state: "SELESAI" });
    expect(noDay.data!.setPreDepartureStep).toMatchObject({
      __typename: "ChecklistDateError",
      message: "Isi tanggal selesainya langkah ini.",
    });
    const future = await set({ step: "PASSPORT", state: "SELESAI", doneOn: iso(dayOf(2)) }, officer, {
      "accept-language": "en",
    });
    expect(future.data!.setPreDepartureStep).toMatchObject({
      __typename: "ChecklistDateError",
      message: "The date done cannot be in the future.",
    });
    const dayOnPending = await set({ step: "PASSPORT", state: "SEDANG", doneOn: iso(dayOf(-1)) });
    expect(dayOnPending.data!.setPreDepartureStep.__typename).toBe("ChecklistDateError");
    expect(await api.prisma.preDepartureItem.count({ where: { episodeId: rawEpisodeId } })).toBe(before);
  });

  it("undoes a done step only with a note saying why", async () => {
    const bare = await set({ step: "MEDICAL_CHECK", state: "SEDANG" });
    expect(bare.data!.setPreDepartureStep.__typename).toBe("ReasonRequiredError");
    const why = await set({ step: "MEDICAL_CHECK", state: "SEDANG", note: "Hasil MCU kedaluwarsa, periksa ulang." });
    const entry = why.data!.setPreDepartureStep.data.episode.checklist.find(
      (e: { step: string }) => e.step === "MEDICAL_CHECK",
    );
    expect(entry).toMatchObject({ state: "SEDANG", doneOn: null, note: "Hasil MCU kedaluwarsa, periksa ulang." });
  });

  it("is for the village's officers only: another village's officer, the family and partner keys are refused", async () => {
    const other = await villageBySlug(api, "krasak-indramayu");
    const stranger = await createOfficer(api, other.id, "petugas-lain@desa.test");
    const refused = await set({ step: "PASSPORT", state: "SEDANG" }, stranger.token);
    expect(refused.data?.setPreDepartureStep ?? null).toBeNull();
    expect(refused.errors?.length).toBeGreaterThan(0);
    const family = await api.signInAs("household");
    const asFamily = await set({ step: "PASSPORT", state: "SEDANG" }, family);
    expect(asFamily.data?.setPreDepartureStep ?? null).toBeNull();
    expect(await api.prisma.preDepartureItem.count({ where: { episodeId: rawEpisodeId, step: "PASSPORT" } })).toBe(0);
    const key = await createPartnerKey(api);
    const read = await api.gql(CHECKLIST, { id: episodeId }, { apiKey: key });
    expect(read.data?.node ?? null).toBeNull();
    const strangerRead = await api.gql(CHECKLIST, { id: episodeId }, { session: stranger.token });
    expect(strangerRead.data?.node ?? null).toBeNull();
  });

  it("closes the checklist once the stint has left", async () => {
    await api.prisma.migrationEpisode.update({
      where: { id: rawEpisodeId },
      data: { status: "ABROAD", departedAt: new Date() },
    });
    const result = await set({ step: "PASSPORT", state: "SEDANG" });
    expect(result.data!.setPreDepartureStep.__typename).toBe("ChecklistClosedError");
  });
});
