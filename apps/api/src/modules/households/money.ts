import { CURRENCY_DECIMALS } from "@desa-migran/money";

import { assertAmountInRange } from "../common/amount-range.ts";

const RATE_SCALE = 1_000_000n;

/** Parses a rate like "3780.125" (rupiah per major unit, up to 6 decimals) into millionths, exactly. */
export function parseRate(rate: string): bigint {
  const match = /^([0-9]{1,9})(?:\.([0-9]{1,6}))?$/.exec(rate);
  if (!match) throw new RangeError(`Invalid rate "${rate}"`);
  return BigInt(match[1]!) * RATE_SCALE + BigInt((match[2] ?? "").padEnd(6, "0"));
}

/**
 * Rupiah value of a foreign amount in minor units at a rate (rupiah per major unit), rounded half up to the
 * whole rupiah. Pure integer arithmetic: 12.345,67 MYR at 3780.5 → Rp 46.672.655.
 */
export function toRupiah(amountMinor: bigint, currency: string, rate: string): bigint {
  const decimals = CURRENCY_DECIMALS[currency];
  if (decimals === undefined) throw new RangeError(`Unsupported currency ${currency}`);
  const numerator = amountMinor * parseRate(rate);
  const denominator = 10n ** BigInt(decimals) * RATE_SCALE;
  return assertAmountInRange((numerator * 2n + denominator) / (denominator * 2n));
}
