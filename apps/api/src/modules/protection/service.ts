import type { Prisma, PrismaClient, ProtectionCaseStatus, ProtectionCaseType } from "@desa-migran/db";

import { ForbiddenError, NotFoundError } from "../common/errors.ts";
import { runIdempotent } from "../common/idempotency.ts";
import { notifyCaseStep } from "../messages/events.ts";
import { InvalidStatusTransitionError } from "../registry/errors.ts";
import { InvalidCaseHandlerError, ProtectionCaseClosedError, ProtectionCaseConflictError } from "./errors.ts";

type Tx = Prisma.TransactionClient;
type Db = PrismaClient | Tx;

/** What the ProtectionCase type's auth scopes read. */
export const caseAuthSelect = { id: true, personId: true, handlerId: true } as const;

const CLOSED: ProtectionCaseStatus[] = ["RESOLVED", "CLOSED_UNRESOLVED"];
/** Statuses a handler may set with updateProtectionCase; REPORTED is only the first, REFERRED goes through a referral. */
const UPDATABLE: ProtectionCaseStatus[] = ["IN_PROGRESS", "RESOLVED", "CLOSED_UNRESOLVED"];

/**
 * Which of a village's cases a viewer may list: admins all, anyone else only those they handle or that are
 * about them (a colleague's cases stay hidden, even as a count). `open` splits on the final statuses.
 */
export function visibleCasesWhere(
  viewer: { id: string; isPlatformAdmin: boolean; personId: string | null },
  villageId: string,
  filter: { status?: ProtectionCaseStatus | null; open?: boolean | null },
) {
  const visible = viewer.isPlatformAdmin
    ? {}
    : { OR: [{ handlerId: viewer.id }, ...(viewer.personId ? [{ personId: viewer.personId }] : [])] };
  const open = filter.open == null ? [] : [{ status: filter.open ? { notIn: CLOSED } : { in: CLOSED } }];
  return {
    villageId,
    ...visible,
    AND: [...(filter.status ? [{ status: filter.status }] : []), ...open],
  };
}

async function isVillageOfficer(prisma: Db, userId: string, villageId: string) {
  return !!(await prisma.villageOfficer.findFirst({ where: { userId, villageId }, select: { id: true } }));
}

/** Opens a case for a person; the opening officer (of the person's village) handles it. First event: REPORTED. */
export async function openProtectionCase(
  prisma: PrismaClient,
  input: {
    personId: string;
    type: ProtectionCaseType;
    summary: string;
    countryOfIncident?: string | null;
    /** Replays return the first case: common/idempotency.ts. */
    idempotencyKey?: string | null;
  },
  actorId: string,
) {
  const { idempotencyKey, ...request } = input;
  const call = { key: idempotencyKey, actorId, operation: "openProtectionCase", request };
  const { id } = await runIdempotent(
    prisma,
    call,
    async (tx) => {
      const person = await tx.person.findUnique({
        where: { id: input.personId },
        select: { id: true, villageId: true },
      });
      if (!person) throw new NotFoundError("Person");
      // Admins pass the villageOfficer scope, but a case needs a handler who works in the village.
      if (!(await isVillageOfficer(tx, actorId, person.villageId))) {
        throw new ForbiddenError(
          "Hanya perangkat desa dari desa orang tersebut yang dapat membuka kasus.",
          "Only a village officer of the person's village can open a case.",
        );
      }
      const opened = await tx.protectionCase.create({
        data: {
          personId: person.id,
          villageId: person.villageId,
          type: input.type,
          summary: input.summary,
          countryOfIncident: input.countryOfIncident ?? null,
          handlerId: actorId,
          reportedById: actorId,
          events: { create: { status: "REPORTED", note: "Laporan diterima.", actorId } },
        },
        select: { id: true },
      });
      return opened.id;
    },
    // One nested create (the case and its first event): atomic by itself when no key is given.
    { singleWrite: true },
  );
  return prisma.protectionCase.findUniqueOrThrow({ where: { id }, select: caseAuthSelect });
}

/**
 * The case, refused when closed, or when it changed after the version the officer saw (`expectedVersion`; without
 * one, whatever version is read).
 */
async function loadOpenCase(db: Db, caseId: string, expectedVersion?: number | null) {
  const found = await db.protectionCase.findUnique({ where: { id: caseId } });
  if (!found) throw new NotFoundError("ProtectionCase");
  if (expectedVersion != null && expectedVersion !== found.version) throw new ProtectionCaseConflictError(found);
  if (CLOSED.includes(found.status)) throw new ProtectionCaseClosedError(found.status);
  return found;
}

/**
 * Changes a case's status and appends the event, in one transaction and conditional on the version read.
 * RESOLVED and CLOSED_UNRESOLVED set closedAt and are final. A step names the version the officer saw
 * (`expectedVersion`); a case changed since is a ProtectionCaseConflictError carrying the case as it is now.
 */
export async function updateProtectionCase(
  prisma: PrismaClient,
  input: {
    caseId: string;
    status: ProtectionCaseStatus;
    note: string;
    expectedVersion?: number | null;
    /** Replays return the case and append nothing: common/idempotency.ts. */
    idempotencyKey?: string | null;
  },
  actorId: string,
) {
  const { idempotencyKey, ...request } = input;
  const call = { key: idempotencyKey, actorId, operation: "updateProtectionCase", request };
  const { id } = await runIdempotent(prisma, call, async (tx) => {
    const current = await loadOpenCase(tx, input.caseId, input.expectedVersion);
    if (!UPDATABLE.includes(input.status)) {
      throw new InvalidStatusTransitionError(
        current.status,
        input.status,
        input.status === "REFERRED"
          ? "Gunakan rujukan (referProtectionCase) untuk merujuk kasus."
          : `Status kasus tidak dapat diubah ke ${input.status}.`,
        input.status === "REFERRED"
          ? "Use a referral (referProtectionCase) to refer a case."
          : `The case status cannot change to ${input.status}.`,
      );
    }
    const closedAt = CLOSED.includes(input.status) ? new Date() : null;
    return changeCase(tx, current, { status: input.status, closedAt }, input.note, actorId);
  });
  return prisma.protectionCase.findUniqueOrThrow({ where: { id }, select: caseAuthSelect });
}

/** Refers a case to an agency (BP3MI, police, embassy...): status REFERRED, with the agency and date. */
export async function referProtectionCase(
  prisma: PrismaClient,
  input: { caseId: string; agency: string; note: string },
  actorId: string,
) {
  const id = await prisma.$transaction(async (tx) => {
    const current = await loadOpenCase(tx, input.caseId);
    return changeCase(
      tx,
      current,
      { status: "REFERRED", referralAgency: input.agency, referredAt: new Date() },
      input.note,
      actorId,
    );
  });
  return prisma.protectionCase.findUniqueOrThrow({ where: { id }, select: caseAuthSelect });
}

/** Applies a step to the case read as `current`, raising its version; a step committed since is a conflict. */
async function changeCase(
  tx: Tx,
  current: { id: string; version: number },
  data: { status: ProtectionCaseStatus; closedAt?: Date | null; referralAgency?: string; referredAt?: Date },
  note: string,
  actorId: string,
) {
  const { count } = await tx.protectionCase.updateMany({
    where: { id: current.id, version: current.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    throw new ProtectionCaseConflictError(await tx.protectionCase.findUniqueOrThrow({ where: { id: current.id } }));
  }
  await tx.protectionCaseEvent.create({ data: { caseId: current.id, status: data.status, note, actorId } });
  await notifyCaseStep(tx, current.id);
  return current.id;
}

/** Hands a case to another officer of the same village (by an admin or the current handler). Audited. */
export async function assignProtectionCase(
  prisma: PrismaClient,
  input: { caseId: string; handlerUserId: string },
  actorId: string,
) {
  const current = await loadOpenCase(prisma, input.caseId);
  if (!(await isVillageOfficer(prisma, input.handlerUserId, current.villageId))) throw new InvalidCaseHandlerError();
  return prisma.$transaction(async (tx) => {
    await tx.protectionCase.update({ where: { id: current.id }, data: { handlerId: input.handlerUserId } });
    await tx.auditLog.create({
      data: {
        actorUserId: actorId,
        action: "protection_case.assign",
        targetType: "ProtectionCase",
        targetId: current.id,
        data: { fromHandlerId: current.handlerId, toHandlerId: input.handlerUserId },
      },
    });
    await notifyCaseStep(tx, current.id, true);
    return tx.protectionCase.findUniqueOrThrow({
      where: { id: current.id },
      select: { id: true, handler: { select: { name: true } } },
    });
  });
}

/** Records that an admin read a confidential case (UU 27/2022 accountability). */
export async function auditCaseRead(prisma: PrismaClient, caseId: string, adminUserId: string) {
  await prisma.auditLog.create({
    data: { actorUserId: adminUserId, action: "protection_case.read", targetType: "ProtectionCase", targetId: caseId },
  });
}
