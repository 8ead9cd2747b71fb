import type { Prisma, PrismaClient } from "@desa-migran/db";

import { isUniqueViolation } from "../common/unique-violation.ts";
import { InsufficientFundsError } from "./errors.ts";

type Tx = Prisma.TransactionClient;
/** A client or an open transaction: services run their flow in the transaction they are given, or their own. */
export type Db = PrismaClient | Tx;

/**
 * A client that opens its own transactions, as opposed to a transaction client. Prisma 7 transaction clients keep
 * `$transaction` (it opens a nested transaction, a SAVEPOINT, and writes the outer transaction's id into the options
 * object it is given), so `"$transaction" in db` cannot tell them apart; only top-level clients have `$disconnect`.
 */
export const isTopLevelClient = (db: Db): db is PrismaClient => "$disconnect" in db;

/**
 * When a flow is booked (its journal entry and the timestamps it sets). The API books at the present and never
 * passes it; only the demo seed back-dates, to build a year of history through the same flows.
 */
export interface BookingOptions {
  at?: Date;
}

const errorText = (error: unknown): string => {
  const e = error as { message?: string; meta?: unknown; cause?: unknown };
  return `${e?.message ?? ""} ${JSON.stringify(e?.meta ?? "")} ${String(e?.cause ?? "")}`;
};

const isNegativeBalance = (error: unknown) => /Account_no_negative/.test(errorText(error));

/**
 * Runs a money flow in one transaction. Two requests racing with one idempotency key: the loser hits the unique
 * index, rolls back, and is run again, now finding the winner's entry and replaying it — one effect in all.
 * (Two flows creating the same account on first use race the same way, and are retried the same way.)
 * A posting refused by the no-negative CHECK becomes an InsufficientFundsError; nothing is written.
 */
export async function runMoneyFlow<T>(db: Db, flow: (tx: Tx) => Promise<T>): Promise<T> {
  // Inside a caller's transaction (the seed, a larger flow): run there; the caller owns commit and retries.
  if (!isTopLevelClient(db)) return flow(db);
  const prisma = db;
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(flow, { timeout: 30_000, maxWait: 30_000 });
    } catch (error) {
      // A unique index refused a concurrent creation (the same idempotency key, or an account created on first use).
      if (isUniqueViolation(error) && attempt < 3) continue;
      if (isNegativeBalance(error)) throw new InsufficientFundsError();
      throw error;
    }
  }
}

/** Runs `flow` in the caller's transaction when given one (the seed, a larger flow), else in a new transaction. */
export function withTransaction<T>(db: Db, flow: (tx: Tx) => Promise<T>): Promise<T> {
  return isTopLevelClient(db) ? db.$transaction(flow) : flow(db);
}
