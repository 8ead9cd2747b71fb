// Rules of wholesale trade between villages: a product's quantity price tiers (set by its owner) and the price a
// cooperative's wholesale order line pays. The order itself goes through orders/service.ts `placeOrder` like any
// other (stock, delivery, payment, ledger); this module only prices it and says who may buy. No GraphQL here.
import type { PrismaClient } from "@desa-migran/db";

import { assertId } from "../commerce/service.ts";
import { NotFoundError } from "../common/errors.ts";
import type { Db } from "../ledger/transaction.ts";
import {
  InvalidWholesaleTiersError,
  ProductNotWholesaleError,
  SameVillageWholesaleError,
  WholesaleQuantityBelowMinimumError,
} from "./errors.ts";

/** The most tiers one product may have: a short table a buyer reads at a glance. */
export const WHOLESALE_TIERS_MAX = 5;

export interface WholesaleTier {
  minQuantity: number;
  unitPriceIdr: bigint;
}

const rp = (amount: bigint, locale: "id-ID" | "en-US") => `Rp ${amount.toLocaleString(locale)}`;

/**
 * Checks a product's wholesale tiers, in the order given: at most WHOLESALE_TIERS_MAX; every minimum quantity above 1
 * (one unit is retail) and each above the one before; every unit price whole rupiah above zero, below the retail
 * price and each below the one before (buying more never costs more per unit). An empty list is allowed: it ends
 * wholesale selling. Throws InvalidWholesaleTiersError naming the first tier at fault.
 */
export function checkWholesaleTiers(tiers: readonly WholesaleTier[], retailPriceIdr: bigint): void {
  if (tiers.length > WHOLESALE_TIERS_MAX) {
    throw new InvalidWholesaleTiersError(
      null,
      `Paling banyak ${WHOLESALE_TIERS_MAX} tingkat harga grosir.`,
      `At most ${WHOLESALE_TIERS_MAX} wholesale price tiers.`,
    );
  }
  tiers.forEach((tier, i) => {
    const n = i + 1;
    if (!Number.isInteger(tier.minQuantity) || tier.minQuantity < 2) {
      throw new InvalidWholesaleTiersError(
        i,
        `Tingkat ${n}: jumlah minimal harus 2 atau lebih (1 satuan adalah harga eceran).`,
        `Tier ${n}: the minimum quantity must be 2 or more (one unit is the retail price).`,
      );
    }
    if (tier.unitPriceIdr <= 0n) {
      throw new InvalidWholesaleTiersError(
        i,
        `Tingkat ${n}: harga satuan harus rupiah bulat lebih dari nol.`,
        `Tier ${n}: the unit price must be whole rupiah above zero.`,
      );
    }
    if (tier.unitPriceIdr >= retailPriceIdr) {
      throw new InvalidWholesaleTiersError(
        i,
        `Tingkat ${n}: harga grosir harus di bawah harga eceran ${rp(retailPriceIdr, "id-ID")}.`,
        `Tier ${n}: the wholesale price must be below the retail price of ${rp(retailPriceIdr, "en-US")}.`,
      );
    }
    const before = tiers[i - 1];
    if (before && tier.minQuantity <= before.minQuantity) {
      throw new InvalidWholesaleTiersError(
        i,
        `Tingkat ${n}: jumlah minimal harus lebih dari tingkat sebelumnya (${before.minQuantity}).`,
        `Tier ${n}: the minimum quantity must be above the tier before (${before.minQuantity}).`,
      );
    }
    if (before && tier.unitPriceIdr >= before.unitPriceIdr) {
      throw new InvalidWholesaleTiersError(
        i,
        `Tingkat ${n}: harga satuan harus lebih rendah dari tingkat sebelumnya (${rp(before.unitPriceIdr, "id-ID")}).`,
        `Tier ${n}: the unit price must be below the tier before (${rp(before.unitPriceIdr, "en-US")}).`,
      );
    }
  });
}

/**
 * Replaces a product's wholesale tiers with `tiers` (all checked first: a bad list changes nothing). The owner's
 * authorization is the caller's (the mutation's scope). Returns the product.
 */
export async function setWholesalePriceTiers(prisma: PrismaClient, productId: string, tiers: readonly WholesaleTier[]) {
  assertId(productId, "Product");
  return prisma.$transaction(async (tx) => {
    // Locks the product row, so the retail price checked against is the one in force when the tiers are saved.
    const [product] = await tx.$queryRaw<{ priceIdr: bigint }[]>`
      SELECT "priceIdr" FROM "Product" WHERE id = ${productId}::uuid FOR UPDATE`;
    if (!product) throw new NotFoundError("Product");
    checkWholesaleTiers(tiers, product.priceIdr);
    await tx.wholesalePriceTier.deleteMany({ where: { productId } });
    if (tiers.length > 0) {
      await tx.wholesalePriceTier.createMany({
        data: tiers.map((t) => ({ productId, minQuantity: t.minQuantity, unitPriceIdr: t.unitPriceIdr })),
      });
    }
    return tx.product.findUniqueOrThrow({ where: { id: productId } });
  });
}

/**
 * The tier a line of `quantity` units reaches: the one with the highest minimum at or below the quantity (every unit
 * of the line then costs its price: all units, not only those above the minimum). Null below the lowest minimum.
 */
export function tierFor(tiers: readonly WholesaleTier[], quantity: number): WholesaleTier | null {
  let reached: WholesaleTier | null = null;
  for (const tier of tiers)
    if (tier.minQuantity <= quantity && (!reached || tier.minQuantity > reached.minQuantity)) reached = tier;
  return reached;
}

export interface WholesaleLine {
  /** The cooperative buying (its officer places the order). */
  cooperativeId: string;
  productId: string;
  quantity: number;
}

/**
 * Who may buy what wholesale, checked inside checkout before any stock is reserved: the buying cooperative exists;
 * the product's business sells through a cooperative (the trade is between cooperatives) and is in another village
 * (a cooperative's own village trades at retail: SameVillageWholesaleError); the product has tiers and the quantity
 * reaches the lowest (WholesaleQuantityBelowMinimumError). Returns the tier reached.
 */
export async function checkWholesaleLine(tx: Db, line: WholesaleLine): Promise<WholesaleTier> {
  assertId(line.cooperativeId, "Cooperative");
  assertId(line.productId, "Product");
  const buyer = await tx.cooperative.findUnique({ where: { id: line.cooperativeId }, select: { villageId: true } });
  if (!buyer) throw new NotFoundError("Cooperative");
  const product = await tx.product.findUnique({
    where: { id: line.productId },
    select: {
      business: { select: { villageId: true, cooperativeId: true } },
      wholesaleTiers: { select: { minQuantity: true, unitPriceIdr: true }, orderBy: { minQuantity: "asc" } },
    },
  });
  if (!product) throw new NotFoundError("Product");
  if (product.business.villageId === buyer.villageId) throw new SameVillageWholesaleError();
  if (!product.business.cooperativeId || product.wholesaleTiers.length === 0) throw new ProductNotWholesaleError();
  const tier = tierFor(product.wholesaleTiers, line.quantity);
  if (!tier) throw new WholesaleQuantityBelowMinimumError(product.wholesaleTiers[0]!.minQuantity);
  return tier;
}

/**
 * The unit price a wholesale line pays: the tier's, unless the retail price was lowered below it since the tiers
 * were set (then retail, which is never more than a wholesale buyer would pay at retail).
 */
export const wholesaleUnitPrice = (tier: WholesaleTier, retailPriceIdr: bigint): bigint =>
  tier.unitPriceIdr < retailPriceIdr ? tier.unitPriceIdr : retailPriceIdr;
