// A guest's cart (kept by the web app in a cookie) joins the account's cart at sign-in or sign-up.
import type { PrismaClient } from "@desa-migran/db";

import { CART_LINE_MAX } from "./service.ts";

/** Most lines a guest cart may carry (the cookie stays well under 4 KB). */
export const GUEST_CART_MAX_LINES = 20;

/** Why a guest cart line did not join the account's cart as it was. */
export type GuestCartNoteReason = "NOT_ON_SALE" | "OUT_OF_STOCK" | "CAPPED";

export interface GuestCartNote {
  productId: string;
  productName: string;
  reason: GuestCartNoteReason;
  /** Units of this product in the account's cart after the merge. */
  quantityInCart: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Merges a guest cart into the account's cart, in one transaction. Quantities of a product already in the account's
 * cart are added, then capped by the product's stock and CART_LINE_MAX (a line already in the account's cart is never
 * lowered by the merge). A product no longer on sale (unpublished, or its business suspended) or out of stock is
 * dropped; an unknown product is dropped silently (there is nothing to name). Every line that did not join as it
 * was comes back as a note the person reads.
 */
export async function mergeGuestCart(
  prisma: PrismaClient,
  userId: string,
  lines: ReadonlyArray<{ productId: string; quantity: number }>,
): Promise<GuestCartNote[]> {
  const wanted = new Map<string, number>();
  for (const line of lines.slice(0, GUEST_CART_MAX_LINES)) {
    if (!UUID.test(line.productId) || !Number.isInteger(line.quantity) || line.quantity < 1) continue;
    wanted.set(line.productId, Math.min(CART_LINE_MAX, (wanted.get(line.productId) ?? 0) + line.quantity));
  }
  if (wanted.size === 0) return [];
  return prisma.$transaction(async (tx) => {
    const products = await tx.product.findMany({
      where: { id: { in: [...wanted.keys()] } },
      select: { id: true, name: true, stock: true, status: true, business: { select: { status: true } } },
    });
    const existing = await tx.cartItem.findMany({ where: { userId, productId: { in: products.map((p) => p.id) } } });
    const inCart = new Map(existing.map((item) => [item.productId, item.quantity]));
    const notes: GuestCartNote[] = [];
    const joining: { productId: string; quantity: number }[] = [];
    for (const product of products) {
      const had = inCart.get(product.id) ?? 0;
      const note = (reason: GuestCartNoteReason, quantityInCart: number) =>
        notes.push({ productId: product.id, productName: product.name, reason, quantityInCart });
      if (product.status !== "PUBLISHED" || product.business.status !== "ACTIVE") {
        note("NOT_ON_SALE", had);
        continue;
      }
      if (product.stock <= 0) {
        note("OUT_OF_STOCK", had);
        continue;
      }
      const asked = had + wanted.get(product.id)!;
      const quantity = Math.max(had, Math.min(asked, product.stock, CART_LINE_MAX));
      if (quantity < asked) note("CAPPED", quantity);
      if (quantity !== had) joining.push({ productId: product.id, quantity });
    }
    // Every joining line in one statement, however many the guest brought (a line per upsert grew with the cart).
    if (joining.length > 0) {
      await tx.$executeRaw`INSERT INTO "CartItem" ("id", "userId", "productId", "quantity")
        SELECT gen_random_uuid(), ${userId}::uuid, line."productId", line."quantity"
        FROM unnest(${joining.map((line) => line.productId)}::uuid[], ${joining.map((line) => line.quantity)}::int[])
          AS line("productId", "quantity")
        ON CONFLICT ("userId", "productId") DO UPDATE SET "quantity" = EXCLUDED."quantity"`;
    }
    return notes;
  });
}
