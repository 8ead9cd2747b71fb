import { BilingualError } from "./bilingual-error.ts";

/**
 * The largest amount any single money figure may hold: Rp 1.000.000.000.000.000 (a thousand trillion), far above
 * any real village transaction and a thousand times below PostgreSQL's bigint limit, so sums of many such
 * amounts (balances, totals) still fit.
 */
export const MAX_AMOUNT = 10n ** 15n;

/** A computed amount (a conversion, a sum) is beyond what the ledger keeps; nothing was recorded. */
export class AmountTooLargeError extends BilingualError {
  constructor() {
    super(
      "Jumlah terlalu besar untuk dicatat. Periksa kembali jumlah dan kursnya.",
      "The amount is too large to record. Check the amount and the exchange rate.",
    );
  }
}

/** Checks a computed amount before it reaches the database (where an overflow would be an unexpected error). */
export function assertAmountInRange(amount: bigint): bigint {
  if (amount > MAX_AMOUNT || amount < -MAX_AMOUNT) throw new AmountTooLargeError();
  return amount;
}
