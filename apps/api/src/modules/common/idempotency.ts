import type { Prisma, PrismaClient } from "@desa-migran/db";

import { IdempotencyConflictError } from "../ledger/errors.ts";
import { hashRequest } from "../ledger/service.ts";
import { isUniqueViolation } from "./unique-violation.ts";

type Tx = Prisma.TransactionClient;

/** Who asks for what, under which key; `request` is every parameter that decides the effect. */
export interface IdempotentCall {
  key?: string | null;
  actorId: string;
  operation: string;
  request: unknown;
}

async function findReplay(db: PrismaClient | Tx, call: IdempotentCall & { key: string }) {
  const existing = await db.idempotentRequest.findUnique({ where: { key: call.key } });
  if (!existing) return null;
  // Another officer's key, another mutation or other parameters: refused, and nothing about the first is said.
  if (
    existing.actorId !== call.actorId ||
    existing.operation !== call.operation ||
    existing.requestHash !== hashRequest(call.request)
  ) {
    throw new IdempotencyConflictError(call.key);
  }
  return existing.resultId;
}

/**
 * Runs a non-money write once per idempotency key, the ledger's rule for the rest of the API: the same key with
 * the same parameters returns the id the first run gave (`replayed: true`) before any rule is checked again, so a
 * step that closed a case replays instead of meeting the closed case; the same key with other parameters is an
 * `IdempotencyConflictError`. The write and its key commit together; two requests racing with one key meet at the
 * key's unique index and the loser answers with the winner's result. Without a key, `write` simply runs in a
 * transaction, or, when it writes one statement only (`singleWrite`: atomic by itself), without one (an interactive
 * transaction costs two more round trips).
 */
export async function runIdempotent(
  prisma: PrismaClient,
  call: IdempotentCall,
  write: (tx: Tx) => Promise<string>,
  options: { singleWrite?: boolean } = {},
): Promise<{ id: string; replayed: boolean }> {
  const key = call.key;
  if (!key) return { id: await (options.singleWrite ? write(prisma) : prisma.$transaction(write)), replayed: false };
  const keyed = { ...call, key };
  const first = await findReplay(prisma, keyed);
  if (first) return { id: first, replayed: true };
  try {
    const id = await prisma.$transaction(async (tx) => {
      const resultId = await write(tx);
      await tx.idempotentRequest.create({
        data: {
          key,
          actorId: call.actorId,
          operation: call.operation,
          requestHash: hashRequest(call.request),
          resultId,
        },
      });
      return resultId;
    });
    return { id, replayed: false };
  } catch (error) {
    if (isUniqueViolation(error, /key/i)) {
      const winner = await findReplay(prisma, keyed);
      if (winner) return { id: winner, replayed: true };
    }
    throw error;
  }
}

export const IDEMPOTENCY_KEY =
  "Unique per entry (e.g. a UUID made on the device); sending it again returns the first result and changes nothing.";
