// Wholesale between villages in the demo: quantity tiers on a few products (the demo entrepreneur's keripik among
// them), and one inter-village order: the Juntinyuat cooperative (its chair is the demo officer) buys Lipursari's
// robusta for its grocery unit, through the real checkout and the Lipursari treasurer's confirmation, so it is
// paid and booked on the ledger like any order. Nothing here draws from the seed's PRNG.
import type { Prisma } from "@desa-migran/db";

import { placeOrder } from "../src/modules/orders/service.ts";
import { confirmPayment } from "../src/modules/payments/treasury.ts";
import { at } from "./random.ts";

type Tx = Prisma.TransactionClient;

/** [business slug, product name, [minimum quantity, unit price in rupiah][]], lowest quantity first. */
export const wholesaleTiers: [business: string, product: string, tiers: [number, number][]][] = [
  [
    "keripik-singkong-mbak-siti",
    "Keripik Singkong Balado 250 g",
    [
      [20, 16_500],
      [50, 15_500],
      [100, 14_500],
    ],
  ],
  [
    "kopi-sindoro-lipursari",
    "Kopi Robusta Wonosobo Bubuk 250 g",
    [
      [12, 41_000],
      [24, 39_000],
      [48, 37_000],
    ],
  ],
  [
    "kopi-sindoro-lipursari",
    "Kopi Arabika Sindoro Biji Sangrai 200 g",
    [
      [10, 69_000],
      [25, 66_000],
    ],
  ],
  [
    "kopi-sindoro-lipursari",
    "Teh Hijau Tambi Daun 100 g",
    [
      [12, 27_000],
      [36, 25_000],
    ],
  ],
];

/** The demo's inter-village order: who buys for which cooperative, what, when. */
export const wholesaleOrder = {
  buyerEmail: "koperasi@desamigran.id",
  buyerCooperative: "kdmp-juntinyuat",
  business: "kopi-sindoro-lipursari",
  product: "Kopi Robusta Wonosobo Bubuk 250 g",
  quantity: 24,
  placedOn: "2026-11-18",
  hourWib: 10,
  recipient: {
    recipientName: "Gudang unit sembako KDMP Juntinyuat",
    phone: "+6281324450011",
    address: "Toko koperasi, Balai Desa Juntinyuat, Kec. Juntinyuat, Indramayu 45282",
  },
};

interface WholesaleSeedContext {
  productId: (business: string, name: string) => string;
  cooperativeId: (slug: string) => string;
  userId: (email: string) => string;
  /** Puts a money flow on the seed's timeline. */
  schedule: (when: Date, run: () => Promise<unknown>) => void;
}

export async function seedWholesale(tx: Tx, ctx: WholesaleSeedContext) {
  await tx.wholesalePriceTier.createMany({
    data: wholesaleTiers.flatMap(([business, product, tiers]) =>
      tiers.map(([minQuantity, price]) => ({
        productId: ctx.productId(business, product),
        minQuantity,
        unitPriceIdr: BigInt(price),
      })),
    ),
  });

  const o = wholesaleOrder;
  const placedAt = at(o.placedOn, o.hourWib);
  const buyerId = ctx.userId(o.buyerEmail);
  const checkout = { id: "" };
  ctx.schedule(placedAt, async () => {
    const placed = await placeOrder(
      tx,
      buyerId,
      {
        idempotencyKey: "seed:wholesale:1",
        paymentMethod: "BANK_TRANSFER",
        ...o.recipient,
        wholesale: {
          cooperativeId: ctx.cooperativeId(o.buyerCooperative),
          productId: ctx.productId(o.business, o.product),
          quantity: o.quantity,
        },
      },
      { at: placedAt },
    );
    checkout.id = placed.checkout.id;
  });
  // The seller's cooperative's treasurer confirms the transfer the next morning.
  const confirmedAt = at("2026-11-19", 9);
  ctx.schedule(confirmedAt, async () => {
    const payment = await tx.payment.findFirstOrThrow({
      where: { checkoutId: checkout.id },
      select: { id: true, cooperativeId: true },
    });
    const treasurer = await tx.cooperativeOfficer.findFirstOrThrow({
      where: { cooperativeId: payment.cooperativeId!, role: "TREASURER" },
      select: { userId: true },
    });
    await confirmPayment(tx, payment.id, { id: treasurer.userId, isPlatformAdmin: false }, { at: confirmedAt });
  });
}
