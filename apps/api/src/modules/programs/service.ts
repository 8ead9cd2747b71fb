import { type Prisma, type PrismaClient } from "@desa-migran/db";

import { ForbiddenError, NotFoundError } from "../common/errors.ts";
import { dateIn, EASTERNMOST_ZONE, WESTERNMOST_ZONE } from "../common/time-zone.ts";
import { AlreadyEnrolledError, ProgramFullError } from "../partners/errors.ts";
import { generateCertificateCode, normalizeCertificateCode } from "./certificate-code.ts";
import { PROGRAM_CONSENT } from "./consent.ts";
import { EnrolmentStatusError, ProgramClosedError, ProgramConsentRequiredError } from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** Returned enrolments carry their program's organization: the Enrolment type's access rule reads it. */
const withOrganization = { program: { select: { organizationId: true } } } as const;

/** Statuses that take one of the program's places: accepted (ENROLLED) and COMPLETED. */
export const PLACE_TAKING = ["ENROLLED", "COMPLETED"] as const;

const startOfUtcDay = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Locks the program row, so two decisions cannot both take the last place. */
async function lockProgram(tx: Tx, programId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Program" WHERE "id" = ${programId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw new NotFoundError("Program");
  return tx.program.findUniqueOrThrow({ where: { id: programId } });
}

async function assertPlaceLeft(tx: Tx, program: { id: string; capacity: number | null }) {
  if (program.capacity === null) return;
  const taken = await tx.enrolment.count({ where: { programId: program.id, status: { in: [...PLACE_TAKING] } } });
  if (taken >= program.capacity) throw new ProgramFullError(program.capacity);
}

/**
 * Whom a signed-in user may apply for: their own registry person, or a person of a household they belong to
 * (a returnee's spouse or child applies for them, or they for the family). Anyone else is refused: consent is
 * given by the person or by their family, never by a stranger.
 */
async function assertMayApplyFor(tx: Tx, userPersonId: string | null, personId: string) {
  if (!userPersonId)
    throw new ForbiddenError(
      "Akun Anda belum terhubung ke data warga desa. Minta kantor desa menautkannya, lalu daftar lagi.",
      "Your account is not linked to the village registry yet. Ask the village office to link it, then apply again.",
    );
  if (personId === userPersonId) return;
  const sameHousehold = await tx.householdMember.findFirst({
    where: { personId, household: { members: { some: { personId: userPersonId } } } },
    select: { id: true },
  });
  if (!sameHousehold)
    throw new ForbiddenError(
      "Anda hanya dapat mendaftarkan diri sendiri atau anggota keluarga Anda.",
      "You can apply only for yourself or a member of your family.",
    );
}

/**
 * A returnee or family member applies to a program. Refused without consent to the current consent text, after
 * the program has ended, when every place is already taken, and twice for the same person.
 */
export async function applyToProgram(
  prisma: PrismaClient,
  input: {
    programId: string;
    /** The person applying; null: the user's own registry person. */
    personId: string | null;
    consent: boolean;
    consentVersion: string;
    userId: string;
    now?: Date;
  },
) {
  if (!input.consent || input.consentVersion !== PROGRAM_CONSENT.version)
    throw new ProgramConsentRequiredError(PROGRAM_CONSENT.version);
  const now = input.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { personId: true } });
    const personId = input.personId ?? user.personId;
    await assertMayApplyFor(tx, user.personId, personId ?? "");
    const program = await lockProgram(tx, input.programId);
    // Closed once its last day has ended everywhere in Indonesia (program days are Indonesian dates).
    if ((program.endsOn ?? program.startsOn) < dateIn(WESTERNMOST_ZONE, now)) throw new ProgramClosedError();
    const existing = await tx.enrolment.findUnique({
      where: { programId_personId: { programId: program.id, personId: personId! } },
      select: { id: true },
    });
    if (existing) throw new AlreadyEnrolledError();
    await assertPlaceLeft(tx, program);
    const enrolment = await tx.enrolment.create({
      data: {
        programId: program.id,
        personId: personId!,
        status: "APPLIED",
        consentGivenAt: now,
        consentVersion: PROGRAM_CONSENT.version,
        appliedById: input.userId,
      },
      include: withOrganization,
    });
    await audit(tx, input.userId, "enrolment.apply", enrolment.id, { programId: program.id });
    return enrolment;
  });
}

async function loadForUpdate(tx: Tx, enrolmentId: string) {
  const found = await tx.enrolment.findUnique({ where: { id: enrolmentId }, select: { programId: true } });
  if (!found) throw new NotFoundError("Enrolment");
  const program = await lockProgram(tx, found.programId);
  const enrolment = await tx.enrolment.findUniqueOrThrow({ where: { id: enrolmentId } });
  return { program, enrolment };
}

const audit = (tx: Tx, actorUserId: string, action: string, enrolmentId: string, data: Prisma.InputJsonObject) =>
  tx.auditLog.create({ data: { actorUserId, action, targetType: "Enrolment", targetId: enrolmentId, data } });

/**
 * The organization accepts or rejects a pending application. Only APPLIED can be decided; an acceptance beyond
 * the program's capacity is refused (the program row is locked, so two members cannot both fill the last place).
 */
export async function decideApplication(
  prisma: PrismaClient,
  input: { enrolmentId: string; accept: boolean; actorUserId: string; now?: Date },
) {
  return prisma.$transaction(async (tx) => {
    const { program, enrolment } = await loadForUpdate(tx, input.enrolmentId);
    if (enrolment.status !== "APPLIED")
      throw new EnrolmentStatusError(
        enrolment.status,
        "Pendaftaran ini sudah diputuskan sebelumnya.",
        "This application has already been decided.",
      );
    if (input.accept) await assertPlaceLeft(tx, program);
    const decided = await tx.enrolment.update({
      where: { id: enrolment.id },
      data: {
        status: input.accept ? "ENROLLED" : "REJECTED",
        decidedAt: input.now ?? new Date(),
        decidedById: input.actorUserId,
      },
      include: withOrganization,
    });
    await audit(tx, input.actorUserId, input.accept ? "enrolment.accept" : "enrolment.reject", enrolment.id, {});
    return decided;
  });
}

/**
 * Records whether an accepted participant attended one day of the program. The day must fall within the
 * program's dates and not in the future; recording the same day again corrects it.
 */
export async function recordProgramAttendance(
  prisma: PrismaClient,
  input: { enrolmentId: string; day: Date; present: boolean; actorUserId: string; now?: Date },
) {
  const day = startOfUtcDay(input.day);
  return prisma.$transaction(async (tx) => {
    const { program, enrolment } = await loadForUpdate(tx, input.enrolmentId);
    if (enrolment.status !== "ENROLLED" && enrolment.status !== "COMPLETED")
      throw new EnrolmentStatusError(
        enrolment.status,
        "Kehadiran hanya dicatat untuk peserta yang sudah diterima.",
        "Attendance is recorded only for accepted participants.",
      );
    const last = program.endsOn ?? program.startsOn;
    // "Not in the future": a date that has begun somewhere in Indonesia. UTC's date lags Indonesia's by 7 to 9 hours,
    // so judged by it a partner could not record today's attendance before 07.00 WIB.
    if (day < program.startsOn || day > last || day > dateIn(EASTERNMOST_ZONE, input.now ?? new Date()))
      throw new EnrolmentStatusError(
        enrolment.status,
        "Tanggal kehadiran harus di antara tanggal mulai dan selesai program, dan tidak di masa depan.",
        "The attendance day must fall between the program's first and last day, and not in the future.",
      );
    await tx.programAttendance.upsert({
      where: { enrolmentId_day: { enrolmentId: enrolment.id, day } },
      create: { enrolmentId: enrolment.id, day, present: input.present, recordedById: input.actorUserId },
      update: { present: input.present, recordedById: input.actorUserId, recordedAt: new Date() },
    });
    return tx.enrolment.findUniqueOrThrow({ where: { id: enrolment.id }, include: withOrganization });
  });
}

/**
 * Marks an accepted participant as having completed the program and issues the certificate: a random
 * verification code and the participant's name as printed, fixed now so a later change of the registry name
 * does not alter an issued certificate.
 */
export async function completeEnrolment(
  prisma: PrismaClient,
  input: { enrolmentId: string; actorUserId: string; now?: Date },
) {
  return prisma.$transaction(async (tx) => {
    const { enrolment } = await loadForUpdate(tx, input.enrolmentId);
    if (enrolment.status !== "ENROLLED")
      throw new EnrolmentStatusError(
        enrolment.status,
        "Hanya peserta yang sudah diterima dan belum lulus yang dapat ditandai selesai.",
        "Only an accepted participant who has not yet completed can be marked as completed.",
      );
    const person = await tx.person.findUniqueOrThrow({ where: { id: enrolment.personId }, select: { fullName: true } });
    const completed = await tx.enrolment.update({
      where: { id: enrolment.id },
      data: {
        status: "COMPLETED",
        completedAt: input.now ?? new Date(),
        certificateCode: generateCertificateCode(),
        certificateName: person.fullName,
      },
      include: withOrganization,
    });
    await audit(tx, input.actorUserId, "enrolment.complete", enrolment.id, {});
    return completed;
  });
}

/** What a certificate shows, found by its code (as typed); null when no certificate has it. */
export async function verifyCertificate(prisma: PrismaClient, typedCode: string) {
  const code = normalizeCertificateCode(typedCode);
  if (!/^[0-9A-Z]{10}$/.test(code)) return null;
  const enrolment = await prisma.enrolment.findUnique({
    where: { certificateCode: code },
    select: {
      certificateCode: true,
      certificateName: true,
      completedAt: true,
      status: true,
      program: {
        select: { title: true, startsOn: true, endsOn: true, organization: { select: { name: true } } },
      },
    },
  });
  if (!enrolment || enrolment.status !== "COMPLETED") return null;
  return {
    code: enrolment.certificateCode!,
    participantName: enrolment.certificateName!,
    programTitle: enrolment.program.title,
    organizationName: enrolment.program.organization.name,
    startsOn: enrolment.program.startsOn,
    endsOn: enrolment.program.endsOn,
    completedAt: enrolment.completedAt!,
  };
}

/** Raw outcome counts of one program; the GraphQL layer suppresses small ones. */
export interface ProgramOutcomeCounts {
  programId: string;
  applicants: number;
  accepted: number;
  completed: number;
  startedBusiness: number;
}

/**
 * Outcome counts per program, in one query: applicants (every application, whatever became of it), accepted
 * (ENROLLED or COMPLETED), completed, and completed participants who own a returnee-verified business founded
 * (or, without a founding date, registered) within 12 months after they completed.
 */
export async function loadProgramOutcomes(
  prisma: PrismaClient,
  programIds: readonly string[],
): Promise<ProgramOutcomeCounts[]> {
  if (programIds.length === 0) return [];
  const rows = await prisma.$queryRaw<ProgramOutcomeCounts[]>`
    SELECT p."id" AS "programId",
      count(e."id")::int AS "applicants",
      count(e."id") FILTER (WHERE e."status" IN ('ENROLLED', 'COMPLETED'))::int AS "accepted",
      count(e."id") FILTER (WHERE e."status" = 'COMPLETED')::int AS "completed",
      count(e."id") FILTER (WHERE e."status" = 'COMPLETED' AND EXISTS (
        SELECT 1 FROM "Business" b
        WHERE b."ownerPersonId" = e."personId" AND b."returneeVerifiedAt" IS NOT NULL
          AND coalesce(b."foundedAt", b."createdAt"::date) >= e."completedAt"::date
          AND coalesce(b."foundedAt", b."createdAt"::date) < (e."completedAt" + interval '12 months')::date
      ))::int AS "startedBusiness"
    FROM "Program" p LEFT JOIN "Enrolment" e ON e."programId" = p."id"
    WHERE p."id" = ANY(${programIds as string[]}::uuid[])
    GROUP BY p."id"`;
  return rows;
}
