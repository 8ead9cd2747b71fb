// A cooperative's payment channels: its static QRIS and its bank accounts. Officers of the cooperative change them;
// every change is written to the audit log with what it was and what it became. No GraphQL here.
import type { PrismaClient } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import { BankAccountTakenError, InvalidQrisPayloadError } from "./errors.ts";
import { QrisFormatError, validateStaticQris } from "./qris.ts";

/**
 * Saves (or with null, removes) the cooperative's static QRIS. A payload that is not a valid static QRIS (structure,
 * CRC, merchant fields) is refused with InvalidQrisPayloadError and nothing changes.
 */
export async function setCooperativeQris(
  prisma: PrismaClient,
  cooperativeId: string,
  payload: string | null,
  actorId: string,
) {
  let qrisPayload: string | null = null;
  if (payload !== null && payload.trim() !== "") {
    try {
      qrisPayload = validateStaticQris(payload);
    } catch (error) {
      if (error instanceof QrisFormatError) throw new InvalidQrisPayloadError(error);
      throw error;
    }
  }
  return prisma.$transaction(async (tx) => {
    const before = await tx.cooperative.findUnique({ where: { id: cooperativeId }, select: { qrisPayload: true } });
    if (!before) throw new NotFoundError("Cooperative");
    const cooperative = await tx.cooperative.update({ where: { id: cooperativeId }, data: { qrisPayload } });
    await tx.auditLog.create({
      data: {
        actorUserId: actorId,
        action: "cooperative.qris.set",
        targetType: "Cooperative",
        targetId: cooperativeId,
        data: { before: before.qrisPayload, after: qrisPayload },
      },
    });
    return cooperative;
  });
}

export interface BankAccountInput {
  bankName: string;
  accountNumber: string;
  holderName: string;
}

/** Adds a bank account buyers may transfer to. The same bank and number twice is refused. */
export async function addBankAccount(
  prisma: PrismaClient,
  cooperativeId: string,
  input: BankAccountInput,
  actorId: string,
) {
  try {
    return await prisma.$transaction(async (tx) => {
      const exists = await tx.cooperative.findUnique({ where: { id: cooperativeId }, select: { id: true } });
      if (!exists) throw new NotFoundError("Cooperative");
      const account = await tx.cooperativeBankAccount.create({ data: { cooperativeId, ...input } });
      await tx.auditLog.create({
        data: {
          actorUserId: actorId,
          action: "cooperative.bank_account.add",
          targetType: "Cooperative",
          targetId: cooperativeId,
          data: { accountId: account.id, ...input },
        },
      });
      return account;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new BankAccountTakenError();
    throw error;
  }
}

/** Removes a bank account; the audit log keeps what it was. */
export async function removeBankAccount(prisma: PrismaClient, accountId: string, actorId: string) {
  return prisma.$transaction(async (tx) => {
    const account = await tx.cooperativeBankAccount.findUnique({ where: { id: accountId } });
    if (!account) throw new NotFoundError("CooperativeBankAccount");
    await tx.cooperativeBankAccount.delete({ where: { id: accountId } });
    await tx.auditLog.create({
      data: {
        actorUserId: actorId,
        action: "cooperative.bank_account.remove",
        targetType: "Cooperative",
        targetId: account.cooperativeId,
        data: {
          accountId: account.id,
          bankName: account.bankName,
          accountNumber: account.accountNumber,
          holderName: account.holderName,
        },
      },
    });
    return tx.cooperative.findUniqueOrThrow({ where: { id: account.cooperativeId } });
  });
}

/** The cooperative a bank account belongs to, for authorization; null when there is no such account. */
export async function cooperativeIdOfBankAccount(prisma: PrismaClient, accountId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(accountId)) return null;
  const account = await prisma.cooperativeBankAccount.findUnique({
    where: { id: accountId },
    select: { cooperativeId: true },
  });
  return account?.cooperativeId ?? null;
}
