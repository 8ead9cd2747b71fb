// The program rules through GraphQL: consent, capacity on acceptance, attendance, completion with a certificate,
// public verification of its code, and suppressed outcomes that never name a participant.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createPartnerKey, viewerOrganization } from "../../../../test/partners.ts";
import { PROGRAM_CONSENT } from "../consent.ts";
import { EnrolmentStatusError } from "../errors.ts";
import { recordProgramAttendance } from "../service.ts";

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const DAY = 86_400_000;
const isoDay = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * DAY);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())).toISOString();
};

const APPLY = `
  mutation($input: ApplyToProgramInput!) {
    applyToProgram(input: $input) {
      __typename
      ... on MutationApplyToProgramSuccess { data { enrolment { id status consentVersion participantName } } }
      ... on ProgramFullError { capacity }
      ... on Error { message }
    }
  }`;
const DECIDE = `
  mutation($input: DecideApplicationInput!) {
    decideApplication(input: $input) {
      __typename
      ... on MutationDecideApplicationSuccess { data { enrolment { id status } } }
      ... on Error { message }
    }
  }`;
const ATTEND = `
  mutation($input: RecordProgramAttendanceInput!) {
    recordProgramAttendance(input: $input) {
      __typename
      ... on MutationRecordProgramAttendanceSuccess { data { enrolment { attendance { day present } } } }
      ... on Error { message }
    }
  }`;
const COMPLETE = `
  mutation($input: CompleteEnrolmentInput!) {
    completeEnrolment(input: $input) {
      __typename
      ... on MutationCompleteEnrolmentSuccess { data { enrolment { status certificateCode completedAt } } }
      ... on Error { message }
    }
  }`;
const CERTIFICATE = `
  query($code: String!) {
    certificate(code: $code) { code participantName programTitle organizationName startsOn endsOn completedAt }
  }`;
const OUTCOMES = `
  query($id: ID!) {
    node(id: $id) { ... on Program { placesLeft outcomes { applicants accepted completed startedBusiness } } }
  }`;

describe("program applications", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let partner: string;
  let organizationId: string;
  /** Sessions of people in the registry (each their own person), and their person IDs. */
  const applicants: { token: string; personId: string; fullName: string }[] = [];

  const createProgram = async (capacity: number | null, startsIn = -3) => {
    const result = await api.gql(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) {
        __typename ... on MutationCreateProgramSuccess { data { program { id slug } } } } }`,
      {
        input: {
          organizationId,
          title: "Pelatihan menjahit",
          kind: "TRAINING",
          teaches: "Menjahit pakaian\nMenghitung harga jual",
          venue: "Balai desa",
          schedule: "Sabtu, 09.00-12.00",
          capacity,
          startsOn: isoDay(startsIn),
          endsOn: isoDay(startsIn + 10),
        },
      },
      { session: partner },
    );
    return result.data!.createProgram.data.program.id as string;
  };
  const apply = (programId: string, who: number, consent = true, version: string = PROGRAM_CONSENT.version) =>
    api.gql(APPLY, { input: { programId, consent, consentVersion: version } }, { session: applicants[who]!.token });

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    partner = await api.signInAs("partner");
    organizationId = (await viewerOrganization(api, partner)).id;
    const people = await api.prisma.person.findMany({
      where: { user: null },
      take: 4,
      orderBy: { id: "asc" },
      select: { id: true, fullName: true },
    });
    for (const [i, person] of people.entries()) {
      const { token } = await api.createUserSession({ email: `pelamar${i}@contoh.id`, personId: person.id });
      applicants.push({ token, personId: person.id, fullName: person.fullName });
    }
  });
  afterAll(() => api?.cleanup());

  it("refuses an application without consent, in both languages, and records nothing", async () => {
    // given an open program
    const programId = await createProgram(5);
    // when someone applies without ticking the consent box, or with an outdated consent text
    const unticked = await apply(programId, 0, false);
    const outdated = await apply(programId, 0, true, "2020-01-1");
    const english = await api.gql(
      APPLY,
      { input: { programId, consent: false, consentVersion: PROGRAM_CONSENT.version } },
      { session: applicants[0]!.token, headers: { "accept-language": "en" } },
    );
    // then each is refused with the consent error, in Bahasa Indonesia or English
    expect(unticked.data!.applyToProgram.__typename).toBe("ProgramConsentRequiredError");
    expect(unticked.data!.applyToProgram.message).toMatch(/Centang persetujuan/);
    expect(outdated.data!.applyToProgram.__typename).toBe("ProgramConsentRequiredError");
    expect(english.data!.applyToProgram.message).toMatch(/Tick the consent box/);
    // and no application exists
    expect(
      await api.prisma.enrolment.count({
        where: { program: { id: Buffer.from(programId, "base64").toString().split(":")[1] } },
      }),
    ).toBe(0);
  });

  it("refuses an application to a program that has ended with ProgramClosedError, recording nothing", async () => {
    // given a program that ended ten days ago
    const programId = await createProgram(5, -20);
    // when someone applies, consenting
    const late = await apply(programId, 1);
    // then it is refused as closed, and no application exists
    expect(late.data!.applyToProgram.__typename).toBe("ProgramClosedError");
    expect(
      await api.prisma.enrolment.count({
        where: { program: { id: Buffer.from(programId, "base64").toString().split(":")[1] } },
      }),
    ).toBe(0);
  });

  it("records consent with its version and time, and refuses applying for a stranger", async () => {
    const programId = await createProgram(5);
    const before = Date.now();
    const applied = await apply(programId, 0);
    expect(applied.data!.applyToProgram.__typename).toBe("MutationApplyToProgramSuccess");
    const enrolment = applied.data!.applyToProgram.data.enrolment;
    expect(enrolment).toMatchObject({ status: "APPLIED", consentVersion: PROGRAM_CONSENT.version });
    expect(enrolment.participantName).toBe(applicants[0]!.fullName);
    const row = await api.prisma.enrolment.findFirstOrThrow({ where: { personId: applicants[0]!.personId } });
    expect(row.consentGivenAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    // a second application for the same person is refused
    expect((await apply(programId, 0)).data!.applyToProgram.__typename).toBe("AlreadyEnrolledError");
    // and applicant 1 may not apply for a person outside their household
    const outsider = await api.prisma.person.findFirstOrThrow({
      where: {
        id: { not: applicants[1]!.personId },
        households: { none: { household: { members: { some: { personId: applicants[1]!.personId } } } } },
      },
    });
    const stranger = await api.gql(
      APPLY,
      {
        input: {
          programId,
          personId: globalId("Person", outsider.id),
          consent: true,
          consentVersion: PROGRAM_CONSENT.version,
        },
      },
      { session: applicants[1]!.token },
    );
    expect(stranger.data!.applyToProgram.__typename).toBe("ForbiddenError");
    // the applicant sees their application
    const mine = await api.gql(
      `{ viewerProgramApplications { status program { title } } }`,
      {},
      {
        session: applicants[0]!.token,
      },
    );
    expect(mine.data!.viewerProgramApplications).toContainEqual({
      status: "APPLIED",
      program: { title: "Pelatihan menjahit" },
    });
  });

  it("accepts only as many applicants as there are places", async () => {
    // given a program with two places and three applications
    const programId = await createProgram(2);
    const ids: string[] = [];
    for (const who of [0, 1, 2]) ids.push((await apply(programId, who)).data!.applyToProgram.data.enrolment.id);
    // when the partner accepts all three
    const decisions = [];
    for (const id of ids)
      decisions.push(await api.gql(DECIDE, { input: { enrolmentId: id, accept: true } }, { session: partner }));
    // then two are accepted and the third is refused as full
    expect(decisions.map((d) => d.data!.decideApplication.__typename)).toEqual([
      "MutationDecideApplicationSuccess",
      "MutationDecideApplicationSuccess",
      "ProgramFullError",
    ]);
    expect((await api.gql(OUTCOMES, { id: programId })).data!.node.placesLeft).toBe(0);
    // and a fourth person cannot even apply
    expect((await apply(programId, 3)).data!.applyToProgram.__typename).toBe("ProgramFullError");
    // a rejection frees nothing and a decided application cannot be decided again
    const rejected = await api.gql(DECIDE, { input: { enrolmentId: ids[2], accept: false } }, { session: partner });
    expect(rejected.data!.decideApplication.data.enrolment.status).toBe("REJECTED");
    const again = await api.gql(DECIDE, { input: { enrolmentId: ids[2], accept: true } }, { session: partner });
    expect(again.data!.decideApplication.__typename).toBe("EnrolmentStatusError");
    // an applicant cannot decide their own application
    const self = await api.gql(
      DECIDE,
      { input: { enrolmentId: ids[0], accept: true } },
      { session: applicants[0]!.token },
    );
    expect(self.data!.decideApplication.__typename).toBe("ForbiddenError");
  });

  it("records attendance per day, completes, and issues a certificate anyone can verify", async () => {
    const programId = await createProgram(null);
    const id = (await apply(programId, 3)).data!.applyToProgram.data.enrolment.id;
    // attendance and completion need an accepted participant
    const early = await api.gql(COMPLETE, { input: { enrolmentId: id } }, { session: partner });
    expect(early.data!.completeEnrolment.__typename).toBe("EnrolmentStatusError");
    await api.gql(DECIDE, { input: { enrolmentId: id, accept: true } }, { session: partner });
    // when the partner records two days (one corrected) and a day outside the program
    await api.gql(ATTEND, { input: { enrolmentId: id, day: isoDay(-3), present: false } }, { session: partner });
    await api.gql(ATTEND, { input: { enrolmentId: id, day: isoDay(-2), present: true } }, { session: partner });
    const corrected = await api.gql(
      ATTEND,
      { input: { enrolmentId: id, day: isoDay(-3), present: true } },
      {
        session: partner,
      },
    );
    const outside = await api.gql(
      ATTEND,
      { input: { enrolmentId: id, day: isoDay(-30), present: true } },
      {
        session: partner,
      },
    );
    expect(corrected.data!.recordProgramAttendance.data.enrolment.attendance).toEqual([
      { day: isoDay(-3), present: true },
      { day: isoDay(-2), present: true },
    ]);
    expect(outside.data!.recordProgramAttendance.__typename).toBe("EnrolmentStatusError");
    // and marks completion
    const completed = await api.gql(COMPLETE, { input: { enrolmentId: id } }, { session: partner });
    const { certificateCode, status } = completed.data!.completeEnrolment.data.enrolment;
    expect(status).toBe("COMPLETED");
    expect(certificateCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    // then anyone, signed out, verifies the code as typed from paper (lower case, no dash)
    const verified = await api.gql(CERTIFICATE, { code: certificateCode.replace("-", " ").toLowerCase() });
    expect(verified.data!.certificate).toMatchObject({
      code: certificateCode,
      participantName: applicants[3]!.fullName,
      programTitle: "Pelatihan menjahit",
      startsOn: isoDay(-3),
    });
    // and only what a certificate shows: no ID, person or contact field exists on it
    expect(Object.keys(verified.data!.certificate).sort()).toEqual(
      ["code", "completedAt", "endsOn", "organizationName", "participantName", "programTitle", "startsOn"].sort(),
    );
    // a wrong code verifies nothing
    expect((await api.gql(CERTIFICATE, { code: "00000-00000" })).data!.certificate).toBeNull();
    // completing twice is refused
    const twice = await api.gql(COMPLETE, { input: { enrolmentId: id } }, { session: partner });
    expect(twice.data!.completeEnrolment.__typename).toBe("EnrolmentStatusError");
  });

  it("publishes outcomes with small counts suppressed, and no personal field reaches a partner key", async () => {
    // given a program with four applicants, three accepted, three completed, one of whom then started a
    // verified business
    const programId = await createProgram(null);
    const ids: string[] = [];
    for (const who of [0, 1, 2, 3]) ids.push((await apply(programId, who)).data!.applyToProgram.data.enrolment.id);
    for (const id of ids.slice(0, 3)) {
      await api.gql(DECIDE, { input: { enrolmentId: id, accept: true } }, { session: partner });
      await api.gql(COMPLETE, { input: { enrolmentId: id } }, { session: partner });
    }
    const owner = await api.prisma.user.findFirstOrThrow({ where: { personId: applicants[0]!.personId } });
    const village = await api.prisma.person.findUniqueOrThrow({ where: { id: applicants[0]!.personId } });
    await api.prisma.business.create({
      data: {
        slug: `usaha-lulusan-${Date.now()}`,
        name: "Jahit Bu Lulusan",
        ownerId: owner.id,
        ownerPersonId: applicants[0]!.personId,
        villageId: village.villageId,
        foundedAt: new Date(Date.now() + DAY),
        returneeVerifiedAt: new Date(),
      },
    });
    // when anyone reads the outcomes
    const outcomes = (await api.gql(OUTCOMES, { id: programId })).data!.node.outcomes;
    // then counts of three or more show, and the one business (a single person) is suppressed
    expect(outcomes).toEqual({ applicants: 4, accepted: 3, completed: 3, startedBusiness: null });
    // and a partner key with programs:write reads the program's applications without any personal field
    const key = await createPartnerKey(api, partner, organizationId, ["PROGRAMS_WRITE"]);
    const byKey = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Enrolment { status participantName certificateCode attendance { day } } } }`,
      { id: ids[0] },
      { apiKey: key.key },
    );
    expect(byKey.data?.node?.status).toBe("COMPLETED");
    expect(byKey.data?.node?.participantName ?? null).toBeNull();
    expect(byKey.data?.node?.certificateCode ?? null).toBeNull();
    expect(byKey.data?.node?.attendance ?? null).toBeNull();
    // and the applications list itself is for members only
    const list = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Program { applications { totalCount } } } }`,
      {
        id: programId,
      },
      { apiKey: key.key },
    );
    expect(list.data?.node?.applications ?? null).toBeNull();
  });

  it("takes attendance for a date that has begun in Indonesia while UTC is still on the day before", async () => {
    const programId = await createProgram(null);
    const id = (await apply(programId, 1)).data!.applyToProgram.data.enrolment.id;
    await api.gql(DECIDE, { input: { enrolmentId: id, accept: true } }, { session: partner });
    const enrolmentId = Buffer.from(id, "base64").toString().split(":")[1]!;
    const actorUserId = (await api.prisma.user.findFirstOrThrow({ select: { id: true } })).id;
    // 18.00 UTC today is 01.00 WIB and 03.00 WIT tomorrow: tomorrow's date has begun, the day after has not.
    const today = new Date(isoDay(0));
    const now = new Date(today.getTime() + 18 * 3_600_000);
    const record = (offsetDays: number) =>
      recordProgramAttendance(api.prisma, {
        enrolmentId,
        day: new Date(today.getTime() + offsetDays * DAY),
        present: true,
        actorUserId,
        now,
      });
    await expect(record(1)).resolves.toMatchObject({ status: "ENROLLED" });
    await expect(record(2)).rejects.toBeInstanceOf(EnrolmentStatusError);
  });
});
