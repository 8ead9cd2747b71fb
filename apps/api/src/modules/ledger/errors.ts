/** Domain errors of the ledger; the GraphQL layer maps them to typed error results. */
export class IdempotencyConflictError extends Error {
  readonly idempotencyKey: string;
  constructor(idempotencyKey: string) {
    super(`Kunci idempoten "${idempotencyKey}" sudah dipakai untuk permintaan lain.`);
    this.name = "IdempotencyConflictError";
    this.idempotencyKey = idempotencyKey;
  }
}

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
export class InsufficientFundsError extends Error {
  constructor(message = "Saldo tidak cukup untuk transaksi ini.") {
    super(message);
    this.name = "InsufficientFundsError";
  }
}
