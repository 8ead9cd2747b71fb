// Wholesale prices between villages' cooperatives, as pages show them: the tier a quantity reaches (the same rule as
// the API's wholesale/service.ts `tierFor`, for the price shown before ordering; the API prices the order itself).
import type { Money } from "./format.ts";

export interface WholesaleTier {
  minQuantity: number;
  unitPrice: Money;
}

/** The most tiers a product may have (the API's WHOLESALE_TIERS_MAX). */
export const WHOLESALE_TIERS_MAX = 5;

/** The tier with the highest minimum at or below `quantity`: its price applies to every unit. Null below them all. */
export function tierFor<T extends WholesaleTier>(tiers: readonly T[], quantity: number): T | null {
  let reached: T | null = null;
  for (const tier of tiers) {
    if (tier.minQuantity <= quantity && (!reached || tier.minQuantity > reached.minQuantity)) reached = tier;
  }
  return reached;
}

/** What `quantity` units cost at `tier`, as whole rupiah. */
export const lineTotal = (tier: WholesaleTier, quantity: number): Money => ({
  amount: (BigInt(tier.unitPrice.amount) * BigInt(quantity)).toString(),
  currency: tier.unitPrice.currency,
});
