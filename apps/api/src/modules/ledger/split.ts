/**
 * Splits `total` into parts proportional to `weights`, exact to the unit: each part is floored, then the units
 * left over go one each to the largest remainders (ties to the earlier weight). Parts always sum to `total`.
 * With all weights zero every part is zero and the caller must decide where `total` goes.
 */
export function splitProRata(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new RangeError("total must not be negative");
  if (weights.some((w) => w < 0n)) throw new RangeError("weights must not be negative");
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (total * w) / sum);
  let left = total - parts.reduce((a, b) => a + b, 0n);
  const byRemainder = weights
    .map((w, i) => ({ i, remainder: (total * w) % sum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const { i } of byRemainder) {
    if (left === 0n) break;
    parts[i]! += 1n;
    left -= 1n;
  }
  return parts;
}
