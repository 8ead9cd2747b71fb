import type { PrismaClient } from "@desa-migran/db";

import { API_KEY_PREFIX } from "../auth/api-keys.ts";
import type { PartnerScope } from "../auth/scopes.ts";
import { hashToken, randomToken } from "../auth/tokens.ts";
import { ForbiddenError, NotFoundError } from "../common/errors.ts";
import { slugify } from "../common/slug.ts";
import { AlreadyEnrolledError, CapacityBelowTakenError, ProgramFullError } from "./errors.ts";

/** Characters of the clear key kept for listings: "dmk_" and 8 random characters, not enough to guess the rest. */
export const API_KEY_PREFIX_LENGTH = 12;

/** Who acts: a signed-in user (possibly a platform admin) or a partner API key of an organization. */
export type Actor =
  | { kind: "user"; userId: string; isPlatformAdmin: boolean }
  | { kind: "apiKey"; apiKeyId: string; organizationId: string; scopes: readonly string[] };

/** A new key: `dmk_` + 32 random bytes in base64url. Only its SHA-256 is stored. */
export function generateApiKey(): { key: string; prefix: string; keyHash: string } {
  const key = `${API_KEY_PREFIX}${randomToken(32)}`;
  return { key, prefix: key.slice(0, API_KEY_PREFIX_LENGTH), keyHash: hashToken(key) };
}

/** Creates a key for the organization and records it in the audit log; the clear key is returned once, here. */
export async function createApiKey(
  prisma: PrismaClient,
  input: { organizationId: string; name: string; scopes: readonly PartnerScope[]; actorUserId: string },
) {
  const { key, prefix, keyHash } = generateApiKey();
  const scopes = [...new Set(input.scopes)].sort();
  const apiKey = await prisma.$transaction(async (tx) => {
    const organization = await tx.organization.findUnique({
      where: { id: input.organizationId },
      select: { id: true },
    });
    if (!organization) throw new NotFoundError("Organization");
    const created = await tx.apiKey.create({
      data: {
        organizationId: input.organizationId,
        name: input.name,
        prefix,
        keyHash,
        scopes,
        createdById: input.actorUserId,
      },
    });
    await tx.auditLog.create({
      data: {
        actorUserId: input.actorUserId,
        apiKeyId: created.id,
        action: "apiKey.create",
        targetType: "ApiKey",
        targetId: created.id,
        data: { organizationId: input.organizationId, name: input.name, prefix, scopes },
      },
    });
    return created;
  });
  return { apiKey, key };
}

/**
 * Revokes a key of an organization the actor belongs to (platform admins: any). Revoking an already revoked key
 * changes nothing and writes no audit row. Someone else's key looks exactly like a missing one.
 */
export async function revokeApiKey(
  prisma: PrismaClient,
  input: { apiKeyId: string; actorUserId: string; isPlatformAdmin: boolean },
) {
  return prisma.$transaction(async (tx) => {
    const apiKey = await tx.apiKey.findFirst({
      where: {
        id: input.apiKeyId,
        ...(input.isPlatformAdmin ? {} : { organization: { members: { some: { userId: input.actorUserId } } } }),
      },
    });
    if (!apiKey) throw new NotFoundError("ApiKey");
    if (apiKey.revokedAt) return apiKey;
    const revoked = await tx.apiKey.update({ where: { id: apiKey.id }, data: { revokedAt: new Date() } });
    await tx.auditLog.create({
      data: {
        actorUserId: input.actorUserId,
        apiKeyId: apiKey.id,
        action: "apiKey.revoke",
        targetType: "ApiKey",
        targetId: apiKey.id,
        data: { organizationId: apiKey.organizationId, prefix: apiKey.prefix },
      },
    });
    return revoked;
  });
}

/** What an organization says about its program, on creation and on edit. */
export interface ProgramFields {
  title: string;
  kind: "TRAINING" | "MENTORING" | "FINANCING" | "RESEARCH";
  description: string;
  teaches: string;
  villageId: string | null;
  online: boolean;
  venue: string;
  schedule: string;
  capacity: number | null;
  startsOn: Date;
  endsOn: Date | null;
}

/**
 * Edits a program. The capacity cannot go below the places already taken: accepted participants keep theirs.
 */
export async function updateProgram(prisma: PrismaClient, input: ProgramFields & { programId: string }) {
  const { programId, ...fields } = input;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Program" WHERE "id" = ${programId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("Program");
    if (fields.villageId && !(await tx.village.findUnique({ where: { id: fields.villageId }, select: { id: true } })))
      throw new NotFoundError("Village");
    if (fields.capacity !== null) {
      const taken = await tx.enrolment.count({ where: { programId, status: { in: ["ENROLLED", "COMPLETED"] } } });
      if (fields.capacity < taken) throw new CapacityBelowTakenError(taken);
    }
    return tx.program.update({ where: { id: programId }, data: fields });
  });
}

export async function createProgram(prisma: PrismaClient, input: ProgramFields & { organizationId: string }) {
  const [organization, village] = await Promise.all([
    prisma.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } }),
    input.villageId ? prisma.village.findUnique({ where: { id: input.villageId }, select: { id: true } }) : null,
  ]);
  if (!organization) throw new NotFoundError("Organization");
  if (input.villageId && !village) throw new NotFoundError("Village");
  // A random suffix keeps slugs unique when two programs share a title.
  const slug = `${slugify(input.title, { maxLength: 140, fallback: "program" })}-${randomToken(4)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 5)}`;
  return prisma.program.create({ data: { ...input, slug } });
}

/**
 * Enrols a person in a program, only with their recorded consent. Allowed to members of the program's
 * organization (and platform admins) or to that organization's API keys with the `programs:write` scope.
 * Capacity counts accepted and completed enrolments (not pending, rejected or withdrawn ones); the program row is locked so two enrolments cannot both
 * take the last place.
 */
export async function enrolParticipant(
  prisma: PrismaClient,
  input: { programId: string; personId: string; consentGivenAt: Date },
  actor: Actor,
) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<
      { id: string }[]
    >`SELECT "id" FROM "Program" WHERE "id" = ${input.programId}::uuid FOR UPDATE`;
    if (locked.length === 0) throw new NotFoundError("Program");
    const program = await tx.program.findUniqueOrThrow({ where: { id: input.programId } });
    const allowed =
      actor.kind === "apiKey"
        ? actor.organizationId === program.organizationId && actor.scopes.includes("programs:write")
        : actor.isPlatformAdmin ||
          !!(await tx.organizationMember.findFirst({
            where: { organizationId: program.organizationId, userId: actor.userId },
            select: { id: true },
          }));
    if (!allowed)
      throw new ForbiddenError(
        "Hanya anggota organisasi pelaksana program yang dapat mendaftarkan peserta.",
        "Only members of the organisation running the program can enrol participants.",
      );
    const person = await tx.person.findUnique({ where: { id: input.personId }, select: { id: true } });
    if (!person) throw new NotFoundError("Person");
    const existing = await tx.enrolment.findUnique({
      where: { programId_personId: { programId: program.id, personId: person.id } },
      select: { id: true },
    });
    if (existing) throw new AlreadyEnrolledError();
    if (program.capacity !== null) {
      const taken = await tx.enrolment.count({
        where: { programId: program.id, status: { in: ["ENROLLED", "COMPLETED"] } },
      });
      if (taken >= program.capacity) throw new ProgramFullError(program.capacity);
    }
    const enrolment = await tx.enrolment.create({
      data: {
        programId: program.id,
        personId: person.id,
        consentGivenAt: input.consentGivenAt,
        enrolledById: actor.kind === "user" ? actor.userId : null,
      },
      include: { program: { select: { organizationId: true } } },
    });
    // Enrolling touches a person's record: keep who did it, user or key.
    await tx.auditLog.create({
      data: {
        actorUserId: actor.kind === "user" ? actor.userId : null,
        apiKeyId: actor.kind === "apiKey" ? actor.apiKeyId : null,
        action: "enrolment.create",
        targetType: "Enrolment",
        targetId: enrolment.id,
        data: { programId: program.id },
      },
    });
    return enrolment;
  });
}
