import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createPartnerKey, viewerOrganization } from "../../../../test/partners.ts";
import { printedSchema } from "../../../print-schema.ts";

const ENROL = `
  mutation($input: EnrolParticipantInput!) {
    enrolParticipant(input: $input) {
      __typename
      ... on MutationEnrolParticipantSuccess { data { enrolment { id status createdAt } } }
      ... on ProgramFullError { capacity }
      ... on Error { message }
      ... on InputValidationError { issues { message } }
    }
  }`;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const consent = "2026-11-01T09:00:00.000Z";

describe("enrolParticipant", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let partner: string;
  let organizationId: string;
  let programId: string;
  let people: string[];
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    partner = await api.signInAs("partner");
    organizationId = (await viewerOrganization(api, partner)).id;
    // A small program of the partner's organization, with two places.
    const created = await api.gql(
      `mutation($input: CreateProgramInput!) { createProgram(input: $input) { ... on MutationCreateProgramSuccess { data { program { id } } } } }`,
      {
        input: {
          organizationId,
          title: "Kelas kecil",
          kind: "TRAINING",
          capacity: 2,
          startsOn: "2027-03-01T00:00:00.000Z",
        },
      },
      { session: partner },
    );
    programId = created.data!.createProgram.data.program.id;
    const rows = await api.prisma.person.findMany({ take: 5, orderBy: { id: "asc" }, select: { id: true } });
    people = rows.map((p) => globalId("Person", p.id));
  });
  afterAll(() => api?.cleanup());

  it("lets a member enrol a consenting person; the answer holds no personal field", async () => {
    // given a program with free places
    // when a member of its organization enrols a person who consented
    const result = await api.gql(
      ENROL,
      { input: { programId, personId: people[0], consentGivenAt: consent } },
      { session: partner },
    );
    // then the enrolment comes back with only its ID, status and time
    expect(result.data!.enrolParticipant.__typename).toBe("MutationEnrolParticipantSuccess");
    expect(Object.keys(result.data!.enrolParticipant.data.enrolment).sort()).toEqual(["createdAt", "id", "status"]);
    expect(result.data!.enrolParticipant.data.enrolment.status).toBe("ENROLLED");
    // and the Enrolment type has no identity field: its only personal ones (participantName, certificateCode,
    // attendance) are for the organization's members and the applicant, never a key (programs/tests)
    const enrolmentType = /type Enrolment implements Node \{[\s\S]*?\n\}/.exec(printedSchema())![0];
    expect(enrolmentType).not.toMatch(/\b(person|nik|phone|birth)/i);
    // and the consent time is kept
    const row = await api.prisma.enrolment.findFirstOrThrow({ where: { program: { title: "Kelas kecil" } } });
    expect(row.consentGivenAt.toISOString()).toBe(consent);
  });

  it("lets the organization's key with programs:write enrol, and refuses keys without it or of another organization", async () => {
    // given a key with programs:write and one without
    const writer = await createPartnerKey(api, partner, organizationId, ["PROGRAMS_WRITE"]);
    const reader = await createPartnerKey(api, partner, organizationId, ["CATALOG_READ"]);
    // when the reader tries
    const refused = await api.gql(
      ENROL,
      { input: { programId, personId: people[1], consentGivenAt: consent } },
      { apiKey: reader.key },
    );
    // then it is forbidden
    expect(refused.data!.enrolParticipant.__typename).toBe("ForbiddenError");
    // and the writer succeeds, audited under its key
    const ok = await api.gql(
      ENROL,
      { input: { programId, personId: people[1], consentGivenAt: consent } },
      { apiKey: writer.key },
    );
    expect(ok.data!.enrolParticipant.__typename).toBe("MutationEnrolParticipantSuccess");
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "enrolment.create", apiKeyId: { not: null } },
    });
    expect(audit.actorUserId).toBeNull();
    // and a writer key of another organization is refused on this program
    const ngo = await api.prisma.organization.findUniqueOrThrow({ where: { slug: "yayasan-peduli-buruh-migran" } });
    const admin = await api.signInAs("admin");
    const other = await createPartnerKey(api, admin, globalId("Organization", ngo.id), ["PROGRAMS_WRITE"]);
    const foreign = await api.gql(
      ENROL,
      { input: { programId, personId: people[2], consentGivenAt: consent } },
      { apiKey: other.key },
    );
    expect(foreign.data!.enrolParticipant.__typename).toBe("ForbiddenError");
  });

  it("refuses a duplicate with AlreadyEnrolledError", async () => {
    // given a person already enrolled
    // when they are enrolled again
    const result = await api.gql(
      ENROL,
      { input: { programId, personId: people[0], consentGivenAt: consent } },
      { session: partner },
    );
    // then the typed error says so
    expect(result.data!.enrolParticipant.__typename).toBe("AlreadyEnrolledError");
    expect(result.data!.enrolParticipant.message).toMatch(/sudah terdaftar/);
  });

  it("enforces capacity with ProgramFullError", async () => {
    // given the two places are taken
    // when a third person is enrolled
    const result = await api.gql(
      ENROL,
      { input: { programId, personId: people[3], consentGivenAt: consent } },
      { session: partner },
    );
    // then the program is full, and says how big it is
    expect(result.data!.enrolParticipant).toMatchObject({ __typename: "ProgramFullError", capacity: 2 });
    expect(await api.prisma.enrolment.count({ where: { program: { title: "Kelas kecil" } } })).toBe(2);
  });

  it("requires consent given in the past, and refuses anonymous callers", async () => {
    // given a consent date in the future
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const result = await api.gql(
      ENROL,
      { input: { programId, personId: people[4], consentGivenAt: future } },
      { session: partner },
    );
    // then nothing is recorded and the validation message explains why
    expect(result.data!.enrolParticipant.__typename).toBe("InputValidationError");
    expect(result.data!.enrolParticipant.issues[0].message).toMatch(/persetujuan/i);
    // and without consent the input is not even valid GraphQL
    const missing = await api.gql(ENROL, { input: { programId, personId: people[4] } }, { session: partner });
    expect(missing.errors?.[0]?.message).toMatch(/consentGivenAt/);
    // and an anonymous caller is forbidden
    const anonymous = await api.gql(ENROL, { input: { programId, personId: people[4], consentGivenAt: consent } });
    expect(anonymous.data!.enrolParticipant.__typename).toBe("ForbiddenError");
  });

  it("refuses to cut the capacity below the places taken with CapacityBelowTakenError, changing nothing", async () => {
    // given the program's two places are taken
    const taken = await api.prisma.enrolment.count({
      where: { program: { title: "Kelas kecil" }, status: { in: ["ENROLLED", "COMPLETED"] } },
    });
    expect(taken).toBe(2);
    // when a member of its organization lowers the capacity to one
    const result = await api.gql(
      `mutation($input: UpdateProgramInput!) { updateProgram(input: $input) { __typename
        ... on CapacityBelowTakenError { taken message } ... on MutationUpdateProgramSuccess { data { program { capacity } } } } }`,
      {
        input: {
          programId,
          title: "Kelas kecil",
          kind: "TRAINING",
          capacity: 1,
          startsOn: "2027-03-01T00:00:00.000Z",
        },
      },
      { session: partner },
    );
    // then it is refused with the places taken, and the program keeps its two places
    expect(result.data!.updateProgram).toMatchObject({ __typename: "CapacityBelowTakenError", taken: 2 });
    expect((await api.prisma.program.findFirstOrThrow({ where: { title: "Kelas kecil" } })).capacity).toBe(2);
  });
});
