import { createHash } from "node:crypto";

import type { AccountKind, Prisma, SavingsKind } from "@desa-migran/db";

import { assertAmountInRange } from "../common/amount-range.ts";
import { IdempotencyConflictError, UnbalancedEntryError } from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** Describes an account by its natural key; created on first use so flows never race on "create if missing". */
export interface AccountRef {
  key: string;
  kind: AccountKind;
  name: string;
  currency?: string;
  allowNegative?: boolean;
  savingsKind?: SavingsKind;
  householdId?: string;
  membershipId?: string;
  cooperativeId?: string;
  businessId?: string;
  roundId?: string;
}

export interface PostingInput {
  account: AccountRef;
  /** Signed amount in the account currency's units (whole rupiah for IDR). */
  amount: bigint;
}

export interface PostEntryInput {
  idempotencyKey: string;
  kind: string;
  memo?: string;
  postings: PostingInput[];
  /** Parameters the request was made with; a replay with other parameters is refused. */
  request: unknown;
  createdById?: string | null;
  reversalOfId?: string;
  /** Booking time; defaults to now. Only the seed back-dates (a year of history); flows use the present. */
  at?: Date;
}

export const hashRequest = (request: unknown): string =>
  createHash("sha256")
    .update(JSON.stringify(request, (_k, v) => (typeof v === "bigint" ? v.toString() : v)))
    .digest("hex");

export async function ensureAccount(tx: Tx, ref: AccountRef) {
  const { key, currency = "IDR", allowNegative = false, ...rest } = ref;
  return tx.account.upsert({
    where: { key },
    create: { key, currency, allowNegative, ...rest },
    update: {},
  });
}

/**
 * Posts one balanced journal entry, or returns the entry already posted under the same idempotency key.
 * Postings must sum to zero per currency (the database re-checks at commit); an account that may not go
 * negative refuses a posting that would take it below zero (CHECK on the cached balance, under a row lock).
 * Must run inside a transaction so the entry, its postings and the caller's records commit together.
 */
export async function postEntry(tx: Tx, input: PostEntryInput) {
  const requestHash = hashRequest(input.request);
  const existing = await tx.journalEntry.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (existing) {
    if (existing.requestHash !== requestHash) throw new IdempotencyConflictError(input.idempotencyKey);
    return { entry: existing, replayed: true as const };
  }
  const sums = new Map<string, bigint>();
  for (const p of input.postings) {
    assertAmountInRange(p.amount);
    const currency = p.account.currency ?? "IDR";
    sums.set(currency, (sums.get(currency) ?? 0n) + p.amount);
  }
  for (const [currency, sum] of sums) if (sum !== 0n) throw new UnbalancedEntryError(currency, sum);

  const entry = await tx.journalEntry.create({
    data: {
      idempotencyKey: input.idempotencyKey,
      requestHash,
      kind: input.kind,
      memo: input.memo ?? "",
      createdById: input.createdById ?? null,
      reversalOfId: input.reversalOfId ?? null,
      ...(input.at ? { createdAt: input.at } : {}),
    },
  });
  // Lock accounts in key order so two entries touching the same accounts cannot deadlock. An account posted to
  // twice (money passing through it) takes the credit first, so it never dips below zero mid-entry.
  const ordered = input.postings
    .filter((p) => p.amount !== 0n)
    .sort((a, b) =>
      a.account.key !== b.account.key
        ? a.account.key < b.account.key
          ? -1
          : 1
        : a.amount > b.amount
          ? -1
          : a.amount < b.amount
            ? 1
            : 0,
    );
  for (const p of ordered) {
    const account = await ensureAccount(tx, p.account);
    await tx.posting.create({
      data: {
        entryId: entry.id,
        accountId: account.id,
        amount: p.amount,
        currency: account.currency,
        ...(input.at ? { createdAt: input.at } : {}),
      },
    });
  }
  return { entry, replayed: false as const };
}
