// Entries a village officer made without a signal reach the API late, maybe twice, maybe after a colleague's
// change: each registry and protection write takes an idempotency key (common/idempotency.ts) and each update
// the version the officer saw.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { runJobOnce } from "../../../jobs/runner.ts";
import { IDEMPOTENCY_KEY_RETENTION_MS, idempotencyExpireJob } from "../../common/jobs.ts";
import { createOfficer, gid, type TestApi, villageBySlug } from "./fixtures.ts";

const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) {
  __typename
  ... on MutationRegisterPersonSuccess { data { person { id fullName } } }
  ... on IdempotencyConflictError { idempotencyKey }
  ... on Error { message }
} }`;

const RECORD = `mutation($input: RecordMigrationEpisodeInput!) { recordMigrationEpisode(input: $input) {
  __typename
  ... on MutationRecordMigrationEpisodeSuccess { data { episode { id status version } } }
  ... on Error { message }
} }`;

const UPDATE_EPISODE = `mutation($input: UpdateMigrationEpisodeStatusInput!) { updateMigrationEpisodeStatus(input: $input) {
  __typename
  ... on MutationUpdateMigrationEpisodeStatusSuccess { data { episode { id status version departedAt returnedAt } } }
  ... on MigrationEpisodeConflictError { message current { status version departedAt } }
  ... on Error { message }
} }`;

const OPEN_CASE = `mutation($input: OpenProtectionCaseInput!) { openProtectionCase(input: $input) {
  __typename
  ... on MutationOpenProtectionCaseSuccess { data { protectionCase { id status version } } }
  ... on Error { message }
} }`;

const UPDATE_CASE = `mutation($input: UpdateProtectionCaseInput!) { updateProtectionCase(input: $input) {
  __typename
  ... on MutationUpdateProtectionCaseSuccess { data { protectionCase { id status version events { note } } } }
  ... on ProtectionCaseConflictError { message current { status version events { note } } }
  ... on Error { message }
} }`;

const rawId = (id: string) => decodeGlobalID(id).id;

describe("entries sent again from a phone's offline queue", () => {
  let api: TestApi;
  let village: Awaited<ReturnType<typeof villageBySlug>>;
  let officer: string;
  let personId: string;
  let episodeId: string;
  let caseId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    village = await villageBySlug(api, "juntinyuat-indramayu");
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  const person = (extra: Record<string, unknown> = {}) => ({
    villageId: village.gid,
    fullName: "Tarminah Offline",
    consentGiven: true,
    idempotencyKey: "entry-person-0001",
    ...extra,
  });

  it("registers a person once however often the same entry arrives", async () => {
    // given an entry registered once
    const first = await api.gql(REGISTER, { input: person() }, { session: officer });
    expect(first.data!.registerPerson.__typename).toBe("MutationRegisterPersonSuccess");
    // when the phone sends it again (its answer was lost on a weak signal)
    const again = await api.gql(REGISTER, { input: person() }, { session: officer });
    // then the same person comes back and the registry holds her once, registered once
    personId = first.data!.registerPerson.data.person.id;
    expect(again.data!.registerPerson.data.person.id).toBe(personId);
    expect(await api.prisma.person.count({ where: { fullName: "Tarminah Offline" } })).toBe(1);
    expect(await api.prisma.auditLog.count({ where: { action: "person.register", targetId: rawId(personId) } })).toBe(
      1,
    );
  });

  it("refuses the same key with other details, and another officer's key, changing nothing", async () => {
    const other = await api.gql(REGISTER, { input: person({ fullName: "Tarminah Lain" }) }, { session: officer });
    expect(other.data!.registerPerson).toEqual({
      __typename: "IdempotencyConflictError",
      idempotencyKey: "entry-person-0001",
      message: expect.any(String),
    });
    const colleague = await createOfficer(api, village.id, "offline.rekan@example.id");
    const theirs = await api.gql(REGISTER, { input: person() }, { session: colleague.token });
    expect(theirs.data!.registerPerson.__typename).toBe("IdempotencyConflictError");
    expect(await api.prisma.person.count({ where: { fullName: { startsWith: "Tarminah" } } })).toBe(1);
  });

  it("records a stint once per key", async () => {
    const input = {
      personId,
      status: "PROSPECTIVE",
      destinationCountry: "TW",
      procedural: true,
      consentGivenAt: "2026-11-30T03:00:00.000Z",
      idempotencyKey: "entry-episode-0001",
    };
    const first = await api.gql(RECORD, { input }, { session: officer });
    const again = await api.gql(RECORD, { input }, { session: officer });
    episodeId = first.data!.recordMigrationEpisode.data.episode.id;
    expect(first.data!.recordMigrationEpisode.data.episode).toMatchObject({ status: "PROSPECTIVE", version: 1 });
    expect(again.data!.recordMigrationEpisode.data.episode.id).toBe(episodeId);
    expect(await api.prisma.migrationEpisode.count({ where: { personId: rawId(personId) } })).toBe(1);
  });

  it("moves a stint once per key: the replay answers with the stint, not with a refused transition", async () => {
    const input = {
      episodeId,
      status: "ABROAD",
      date: "2026-12-01T00:00:00.000Z",
      expectedVersion: 1,
      idempotencyKey: "entry-departure-0001",
    };
    const first = await api.gql(UPDATE_EPISODE, { input }, { session: officer });
    const again = await api.gql(UPDATE_EPISODE, { input }, { session: officer });
    expect(first.data!.updateMigrationEpisodeStatus.data.episode).toMatchObject({ status: "ABROAD", version: 2 });
    expect(again.data!.updateMigrationEpisodeStatus).toEqual(first.data!.updateMigrationEpisodeStatus);
    const audits = await api.prisma.auditLog.count({
      where: { action: "migration_episode.status", targetId: rawId(episodeId) },
    });
    expect(audits).toBe(1);
  });

  it("shows a stint changed since the officer saw it, and takes the change sent again with the current version", async () => {
    // given an entry typed while the stint was at version 1 (before the departure above was recorded)
    const stale = {
      episodeId,
      status: "RETURNED",
      date: "2026-12-02T00:00:00.000Z",
      expectedVersion: 1,
      idempotencyKey: "entry-return-0001",
    };
    // when it arrives
    const conflict = await api.gql(UPDATE_EPISODE, { input: stale }, { session: officer });
    // then nothing changes and the officer sees the stint as it is now
    expect(conflict.data!.updateMigrationEpisodeStatus).toEqual({
      __typename: "MigrationEpisodeConflictError",
      message: expect.stringContaining("sudah diubah"),
      current: { status: "ABROAD", version: 2, departedAt: "2026-12-01T00:00:00.000Z" },
    });
    // and "keep mine" sends it again with the version now shown, under a new key
    const kept = await api.gql(
      UPDATE_EPISODE,
      { input: { ...stale, expectedVersion: 2, idempotencyKey: "entry-return-0002" } },
      { session: officer },
    );
    expect(kept.data!.updateMigrationEpisodeStatus.data.episode).toMatchObject({ status: "RETURNED", version: 3 });
  });

  it("opens a case once per key, and takes each step once per key even when the step closed it", async () => {
    const open = {
      personId,
      type: "UNPAID_WAGES",
      summary: "Gaji tiga bulan belum dibayar majikan.",
      idempotencyKey: "entry-case-0001",
    };
    const first = await api.gql(OPEN_CASE, { input: open }, { session: officer });
    const again = await api.gql(OPEN_CASE, { input: open }, { session: officer });
    caseId = first.data!.openProtectionCase.data.protectionCase.id;
    expect(again.data!.openProtectionCase.data.protectionCase.id).toBe(caseId);
    expect(await api.prisma.protectionCase.count({ where: { personId: rawId(personId) } })).toBe(1);

    const step = {
      caseId,
      status: "RESOLVED",
      note: "Gaji dibayar lewat BP3MI.",
      expectedVersion: 1,
      idempotencyKey: "entry-step-0001",
    };
    const resolved = await api.gql(UPDATE_CASE, { input: step }, { session: officer });
    const replayed = await api.gql(UPDATE_CASE, { input: step }, { session: officer });
    expect(resolved.data!.updateProtectionCase.data.protectionCase).toMatchObject({ status: "RESOLVED", version: 2 });
    expect(replayed.data!.updateProtectionCase).toEqual(resolved.data!.updateProtectionCase);
    expect(await api.prisma.protectionCaseEvent.count({ where: { caseId: rawId(caseId) } })).toBe(2);
  });

  it("shows a case changed since the officer saw it, with its current steps", async () => {
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    const other = await api.prisma.protectionCase.create({
      data: {
        personId: rawId(personId),
        villageId: juntinyuat.id,
        type: "OTHER",
        summary: "Kasus kedua untuk uji konflik.",
        handlerId: (await api.prisma.user.findUniqueOrThrow({ where: { email: "desa@desamigran.id" } })).id,
        status: "IN_PROGRESS",
        version: 3,
      },
    });
    const result = await api.gql(
      UPDATE_CASE,
      {
        input: {
          caseId: gid("ProtectionCase", other.id),
          status: "IN_PROGRESS",
          note: "Menghubungi agen.",
          expectedVersion: 2,
        },
      },
      { session: officer },
    );
    expect(result.data!.updateProtectionCase).toMatchObject({
      __typename: "ProtectionCaseConflictError",
      current: { status: "IN_PROGRESS", version: 3, events: [] },
    });
    expect(await api.prisma.protectionCaseEvent.count({ where: { caseId: other.id } })).toBe(0);
  });

  it("keeps each key for twice the longest session, then the daily job deletes it", async () => {
    const kept = await api.prisma.idempotentRequest.count();
    expect(kept).toBeGreaterThan(0);
    const newest = await api.prisma.idempotentRequest.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    const oldest = await api.prisma.idempotentRequest.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
    // a moment before the oldest key's time is up, nothing goes
    await runJobOnce(
      api.prisma,
      idempotencyExpireJob,
      new Date(oldest.createdAt.getTime() + IDEMPOTENCY_KEY_RETENTION_MS - 1),
    );
    expect(await api.prisma.idempotentRequest.count()).toBe(kept);
    // once it is up, every key of this test is gone, and a second run changes nothing
    const later = new Date(newest.createdAt.getTime() + IDEMPOTENCY_KEY_RETENTION_MS + 1);
    await runJobOnce(api.prisma, idempotencyExpireJob, later);
    await runJobOnce(api.prisma, idempotencyExpireJob, later);
    expect(await api.prisma.idempotentRequest.count()).toBe(0);
  });
});
