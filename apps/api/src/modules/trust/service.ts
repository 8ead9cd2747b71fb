// Trust rules for businesses: a business is a returnee's ("usaha purna PMI") only when an officer verified its owner
// against the village registry, and it uses a cooperative's name only once that cooperative accepted it. No GraphQL
// here; every decision is written to the audit log with who, when and why.
import type { Prisma, PrismaClient } from "@desa-migran/db";

import { CooperativeNotInVillageError } from "../commerce/errors.ts";
import { NotFoundError, ReasonRequiredError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import { type Db, withTransaction } from "../ledger/transaction.ts";
import {
  NotAReturneeError,
  OwnerIsAnotherPersonError,
  RequestAlreadyDecidedError,
  RequestPendingError,
  ReturneeNotVerifiedError,
} from "./errors.ts";

type Tx = Prisma.TransactionClient;

const audit = (tx: Tx, actorUserId: string, action: string, businessId: string, data: Prisma.InputJsonObject) =>
  tx.auditLog.create({ data: { actorUserId, action, targetType: "Business", targetId: businessId, data } });

/**
 * Asks a cooperative of the business's village to accept it. A request still waiting elsewhere is withdrawn: a
 * business waits for one cooperative's answer at a time (a partial unique index keeps it so under races).
 */
export async function requestCooperative(
  db: Db,
  input: { businessId: string; cooperativeId: string; message?: string },
  userId: string,
) {
  const run = async (tx: Tx) => {
    const business = await tx.business.findUnique({
      where: { id: input.businessId },
      select: { villageId: true, cooperativeId: true },
    });
    if (!business) throw new NotFoundError("Business");
    const cooperative = await tx.cooperative.findUnique({
      where: { id: input.cooperativeId },
      select: { villageId: true },
    });
    if (!cooperative) throw new NotFoundError("Cooperative");
    if (cooperative.villageId !== business.villageId) throw new CooperativeNotInVillageError();
    const pending = await tx.cooperativeRequest.findFirst({
      where: { businessId: input.businessId, status: "PENDING" },
    });
    if (pending?.cooperativeId === input.cooperativeId) return pending;
    if (pending) {
      await tx.cooperativeRequest.update({
        where: { id: pending.id },
        data: { status: "WITHDRAWN", decidedAt: new Date(), decidedById: userId },
      });
    }
    return tx.cooperativeRequest.create({
      data: {
        businessId: input.businessId,
        cooperativeId: input.cooperativeId,
        message: input.message ?? "",
        requestedById: userId,
      },
    });
  };
  try {
    return await withTransaction(db, run);
  } catch (error) {
    if (isUniqueViolation(error, /one_pending_per_business|businessId/)) throw new RequestPendingError();
    throw error;
  }
}

/**
 * An officer's answer to a request. Accepting links the business to the cooperative (the only way
 * Business.cooperativeId is set); declining needs a reason the entrepreneur reads. The request row is claimed with a
 * conditional update, so two officers answering at once decide once.
 */
export async function decideCooperativeRequest(
  prisma: PrismaClient,
  input: { requestId: string; accept: boolean; reason: string },
  officerUserId: string,
) {
  if (!input.accept && input.reason.trim().length < 10) throw new ReasonRequiredError();
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.cooperativeRequest.updateMany({
      where: { id: input.requestId, status: "PENDING" },
      data: {
        status: input.accept ? "ACCEPTED" : "DECLINED",
        reason: input.reason,
        decidedById: officerUserId,
        decidedAt: now,
      },
    });
    const request = await tx.cooperativeRequest.findUnique({ where: { id: input.requestId } });
    if (!request) throw new NotFoundError("CooperativeRequest");
    if (claimed.count === 0) throw new RequestAlreadyDecidedError(request.status);
    if (input.accept) {
      await tx.business.update({ where: { id: request.businessId }, data: { cooperativeId: request.cooperativeId } });
    }
    await audit(
      tx,
      officerUserId,
      input.accept ? "business.cooperative.accept" : "business.cooperative.decline",
      request.businessId,
      {
        requestId: request.id,
        cooperativeId: request.cooperativeId,
        reason: input.reason,
      },
    );
    return request;
  });
}

/** The business stops selling under its cooperative's name, and any waiting request is withdrawn. */
export async function leaveCooperative(tx: Tx, businessId: string, userId: string) {
  await tx.cooperativeRequest.updateMany({
    where: { businessId, status: "PENDING" },
    data: { status: "WITHDRAWN", decidedAt: new Date(), decidedById: userId },
  });
  const business = await tx.business.update({ where: { id: businessId }, data: { cooperativeId: null } });
  await audit(tx, userId, "business.cooperative.leave", businessId, {});
  return business;
}

/**
 * Verifies that the business's owner is a returned migrant worker: the officer names the registry person, who must
 * live in the business's village and have a RETURNED episode. The owner's account is linked to that person when it
 * was not linked yet; an account linked to someone else is refused (one account, one person).
 */
export async function verifyReturnee(
  prisma: PrismaClient,
  input: { businessId: string; personId: string; note: string },
  officerUserId: string,
) {
  return prisma.$transaction(async (tx) => {
    const business = await tx.business.findUnique({
      where: { id: input.businessId },
      select: { villageId: true, owner: { select: { id: true, personId: true } } },
    });
    if (!business) throw new NotFoundError("Business");
    const person = await tx.person.findFirst({
      where: { id: input.personId, villageId: business.villageId, episodes: { some: { status: "RETURNED" } } },
      select: { id: true, user: { select: { id: true } } },
    });
    if (!person) throw new NotAReturneeError();
    const owner = business.owner;
    if ((owner.personId && owner.personId !== person.id) || (person.user && person.user.id !== owner.id)) {
      throw new OwnerIsAnotherPersonError();
    }
    if (!owner.personId) await tx.user.update({ where: { id: owner.id }, data: { personId: person.id } });
    const updated = await tx.business.update({
      where: { id: input.businessId },
      data: { ownerPersonId: person.id, returneeVerifiedAt: new Date(), returneeVerifiedById: officerUserId },
    });
    await audit(tx, officerUserId, "business.returnee.verify", input.businessId, {
      personId: person.id,
      note: input.note,
    });
    return updated;
  });
}

/** Withdraws a verification (a mistake, or new facts): the business is no longer labelled a returnee's. */
export async function withdrawReturneeVerification(
  prisma: PrismaClient,
  input: { businessId: string; reason: string },
  officerUserId: string,
) {
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.business.updateMany({
      where: { id: input.businessId, returneeVerifiedAt: { not: null } },
      data: { returneeVerifiedAt: null, returneeVerifiedById: null },
    });
    if (count === 0) {
      const exists = await tx.business.findUnique({ where: { id: input.businessId }, select: { id: true } });
      if (!exists) throw new NotFoundError("Business");
      throw new ReturneeNotVerifiedError();
    }
    await audit(tx, officerUserId, "business.returnee.withdraw", input.businessId, { reason: input.reason });
    return tx.business.findUniqueOrThrow({ where: { id: input.businessId } });
  });
}
