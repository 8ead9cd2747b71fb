import { builder } from "../../builder.ts";
import { MIN_HOUSEHOLDS_PER_CELL, publishedCount } from "../aggregates/service.ts";
import { EnrolmentRef, OrganizationRef, ProgramRef } from "../partners/types.ts";
import { formatCertificateCode } from "./certificate-code.ts";
import { PROGRAM_CONSENT } from "./consent.ts";
import { loadProgramOutcomes, PLACE_TAKING, type ProgramOutcomeCounts, verifyCertificate } from "./service.ts";

const suppressed = `null below ${MIN_HOUSEHOLDS_PER_CELL}, so no small group can be singled out`;

/** Outcome counts as published: each suppressed on its own. */
const ProgramOutcomes = builder.objectRef<Omit<ProgramOutcomeCounts, "programId">>("ProgramOutcomes").implement({
  description:
    "What a program (or all of an organization's programs) achieved, as counts only: never who. " +
    `Each count is ${suppressed}.`,
  fields: (t) => ({
    applicants: t.int({
      nullable: true,
      description: `People who applied (${suppressed}).`,
      resolve: (o) => publishedCount(o.applicants),
    }),
    accepted: t.int({
      nullable: true,
      description: `Applicants accepted, including those who completed (${suppressed}).`,
      resolve: (o) => publishedCount(o.accepted),
    }),
    completed: t.int({
      nullable: true,
      description: `Participants who completed (${suppressed}).`,
      resolve: (o) => publishedCount(o.completed),
    }),
    startedBusiness: t.int({
      nullable: true,
      description:
        "Participants who completed and own a returnee-verified business founded within 12 months after " +
        `completing (${suppressed}).`,
      resolve: (o) => publishedCount(o.startedBusiness),
    }),
  }),
});

/** Sums published counts only: an organization's total minus its programs' figures never reveals a hidden one. */
function sumPublished(rows: readonly ProgramOutcomeCounts[]) {
  const sum = (key: Exclude<keyof ProgramOutcomeCounts, "programId">) =>
    rows.reduce((total, row) => total + (publishedCount(row[key]) ?? 0), 0);
  return {
    applicants: sum("applicants"),
    accepted: sum("accepted"),
    completed: sum("completed"),
    startedBusiness: sum("startedBusiness"),
  };
}

builder.prismaObjectFields(ProgramRef, (t) => ({
  teaches: t.exposeString("teaches", { description: "What participants learn, one skill or topic a line." }),
  online: t.exposeBoolean("online", { description: "Held online." }),
  venue: t.exposeString("venue", { description: "Where exactly (a hall, an address), or the online platform." }),
  schedule: t.exposeString("schedule", { description: 'When the sessions are, in words ("Sabtu, 09.00-12.00").' }),
  placesLeft: t.int({
    nullable: true,
    description: "Places not yet taken by accepted participants; null when the program has no limit.",
    select: {
      capacity: true,
      _count: { select: { enrolments: { where: { status: { in: [...PLACE_TAKING] } } } } },
    },
    resolve: (p) => (p.capacity === null ? null : Math.max(0, p.capacity - p._count.enrolments)),
  }),
  outcomes: t.field({
    type: ProgramOutcomes,
    description: "Counts of applicants, accepted, completed and businesses started, with small counts suppressed.",
    select: { id: true },
    resolve: async (p, _args, ctx) => sumPublished(await loadProgramOutcomes(ctx.prisma, [p.id])),
  }),
  applications: t.relatedConnection("enrolments", {
    description: "Applications and participants, oldest first. Only the organization's members may read them.",
    cursor: "id",
    maxSize: 100,
    totalCount: true,
    nullable: true,
    authScopes: (p) => ({ organizationMember: p.organizationId }),
    args: { status: t.arg({ type: EnrolmentStatusFilter, required: false, description: "Only this status." }) },
    query: (args) => ({
      where: args.status ? { status: args.status } : {},
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  }),
}));

const EnrolmentStatusFilter = builder.enumType("EnrolmentStatusFilter", {
  description: "A status to filter applications by.",
  values: {
    APPLIED: { description: "Waiting for a decision." },
    ENROLLED: { description: "Accepted." },
    REJECTED: { description: "Turned down." },
    COMPLETED: { description: "Completed." },
    WITHDRAWN: { description: "Withdrawn." },
  } as const,
});

builder.prismaObjectFields(OrganizationRef, (t) => ({
  programOutcomes: t.field({
    type: ProgramOutcomes,
    description:
      "Outcomes of all the organization's programs: each program's published counts summed, so no subtraction " +
      "reveals a suppressed one.",
    select: { id: true },
    resolve: async (o, _args, ctx) => {
      const programs = await ctx.prisma.program.findMany({ where: { organizationId: o.id }, select: { id: true } });
      return sumPublished(
        await loadProgramOutcomes(
          ctx.prisma,
          programs.map((p) => p.id),
        ),
      );
    },
  }),
}));

const AttendanceDay = builder.simpleObject("ProgramAttendanceDay", {
  description: "Whether the participant attended one day of the program.",
  fields: (t) => ({
    day: t.field({ type: "DateTime", description: "The day (midnight UTC)." }),
    present: t.boolean({ description: "Attended." }),
  }),
});

/** Personal fields of an enrolment: the program's organization members and the one who applied, never a key. */
const participantOrApplicant = (e: { appliedById: string | null; program: { organizationId: string } }) => ({
  $any: {
    organizationMember: e.program.organizationId,
    ...(e.appliedById ? { self: e.appliedById } : {}),
  },
});

builder.prismaObjectFields(EnrolmentRef, (t) => ({
  program: t.relation("program", { description: "The program." }),
  participantName: t.string({
    nullable: true,
    description: "The participant's name. Only the organization's members and the applicant may read it.",
    select: {
      appliedById: true,
      program: { select: { organizationId: true } },
      person: { select: { fullName: true } },
    },
    authScopes: participantOrApplicant,
    // A partner key reads the enrolment's status and dates; these personal fields are simply empty for it.
    unauthorizedResolver: () => null,
    resolve: (e) => e.person.fullName,
  }),
  consentVersion: t.exposeString("consentVersion", {
    nullable: true,
    description: "Version of the consent text the applicant accepted; null when the organization enrolled them.",
  }),
  consentGivenAt: t.expose("consentGivenAt", { type: "DateTime", description: "When consent was given." }),
  decidedAt: t.expose("decidedAt", {
    type: "DateTime",
    nullable: true,
    description: "When it was accepted or rejected.",
  }),
  completedAt: t.expose("completedAt", { type: "DateTime", nullable: true, description: "When it was completed." }),
  certificateCode: t.string({
    nullable: true,
    description: "The certificate's verification code, as printed (XXXXX-XXXXX), once completed.",
    select: { certificateCode: true, appliedById: true, program: { select: { organizationId: true } } },
    authScopes: participantOrApplicant,
    // A partner key reads the enrolment's status and dates; these personal fields are simply empty for it.
    unauthorizedResolver: () => null,
    resolve: (e) => (e.certificateCode ? formatCertificateCode(e.certificateCode) : null),
  }),
  attendance: t.field({
    type: [AttendanceDay],
    nullable: true,
    description: "Attendance recorded, by day. Only the organization's members and the applicant may read it.",
    select: {
      appliedById: true,
      program: { select: { organizationId: true } },
      attendance: { select: { day: true, present: true }, orderBy: { day: "asc" } },
    },
    authScopes: participantOrApplicant,
    // A partner key reads the enrolment's status and dates; these personal fields are simply empty for it.
    unauthorizedResolver: () => null,
    resolve: (e) => e.attendance,
  }),
}));

const Certificate = builder.simpleObject("ProgramCertificate", {
  description: "What a program certificate shows, and nothing more: for anyone checking a printed certificate.",
  fields: (t) => ({
    code: t.string({ description: "The verification code, as printed (XXXXX-XXXXX)." }),
    participantName: t.string({ description: "The participant's name as printed on the certificate." }),
    programTitle: t.string({ description: "The program completed." }),
    organizationName: t.string({ description: "The organization that ran it and issued the certificate." }),
    startsOn: t.field({ type: "DateTime", description: "The program's first day." }),
    endsOn: t.field({ type: "DateTime", nullable: true, description: "The program's last day, if set." }),
    completedAt: t.field({ type: "DateTime", description: "When the participant completed." }),
  }),
});

const ProgramConsent = builder.simpleObject("ProgramConsent", {
  description: "The consent text an applicant accepts, and its version (send it back with applyToProgram).",
  fields: (t) => ({
    version: t.string({ description: "Version to send as consentVersion." }),
    textId: t.string({ description: "The text in Bahasa Indonesia." }),
    textEn: t.string({ description: "The text in English." }),
  }),
});

builder.queryFields((t) => ({
  program: t.prismaField({
    type: "Program",
    nullable: true,
    description: "A program by its slug; null when there is none.",
    args: { slug: t.arg.string({ required: true, description: "The program's slug." }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.program.findUnique({ ...query, where: { slug } }),
  }),
  programConsent: t.field({
    type: ProgramConsent,
    description: "The current consent text for applying to a program.",
    resolve: () => ({ ...PROGRAM_CONSENT }),
  }),
  certificate: t.field({
    type: Certificate,
    nullable: true,
    description:
      "Verifies a program certificate by its code (case, spaces and dashes ignored); null when no completed " +
      "participant holds it.",
    args: { code: t.arg.string({ required: true, description: "The code printed on the certificate." }) },
    resolve: async (_root, { code }, ctx) => {
      const found = code.length <= 40 ? await verifyCertificate(ctx.prisma, code) : null;
      return found ? { ...found, code: formatCertificateCode(found.code) } : null;
    },
  }),
  viewerProgramApplications: t.prismaField({
    type: ["Enrolment"],
    description: "Applications the signed-in user made, or made for them, newest first (empty when signed out).",
    resolve: async (query, _root, _args, ctx) => {
      if (!ctx.user) return [];
      const personId = ctx.user.personId;
      return ctx.prisma.enrolment.findMany({
        ...query,
        where: { OR: [{ appliedById: ctx.user.id }, ...(personId ? [{ personId }] : [])] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      });
    },
  }),
}));
