import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** Domain errors of the ledger; the GraphQL layer maps them to typed error results. */
export class IdempotencyConflictError extends BilingualError {
  readonly idempotencyKey: string;
  constructor(idempotencyKey: string) {
    super(
      `Kunci idempoten "${idempotencyKey}" sudah dipakai untuk permintaan lain.`,
      `The idempotency key "${idempotencyKey}" was already used for another request.`,
    );
    this.idempotencyKey = idempotencyKey;
  }
}

/** A bug, never a person's doing: it stays a plain (masked) Error. */
export class UnbalancedEntryError extends Error {
  readonly currency: string;
  readonly sum: bigint;
  constructor(currency: string, sum: bigint) {
    super(`Journal entry does not balance in ${currency} (off by ${sum}).`);
    this.name = "UnbalancedEntryError";
    this.currency = currency;
    this.sum = sum;
  }
}

/** A posting would take an account that may not go negative below zero (the database CHECK refused it). */
export class InsufficientFundsError extends fixedMessage(
  "Saldo tidak cukup untuk transaksi ini.",
  "The balance is not enough for this transaction.",
) {}
