// Wholesale trade between villages: the seller sets a product's quantity tiers (setWholesalePriceTiers); an officer
// of another village's cooperative orders at them for the cooperative (placeWholesaleOrder), through checkout.
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { InsufficientStockError, ProductNotPublishedError } from "../commerce/errors.ts";
import { businessIdOfProduct } from "../commerce/service.ts";
import { ProductRef } from "../commerce/types.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { bilingual, idempotencyKey, wholeRupiah } from "../common/validation.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import { DeliveryMethodUnavailableError, RegencyNotServedError } from "../delivery/errors.ts";
import { DeliveryMethod } from "../delivery/types.ts";
import { IdempotencyConflictError } from "../ledger/errors.ts";
import { PlaceOrderPayload, recipientFields } from "../orders/mutations.ts";
import { placeOrder } from "../orders/service.ts";
import { PaymentMethod } from "../orders/types.ts";
import { TransferNeedsCooperativeError } from "../payments/errors.ts";
import {
  InvalidWholesaleTiersError,
  ProductNotWholesaleError,
  SameVillageWholesaleError,
  WholesaleQuantityBelowMinimumError,
} from "./errors.ts";
import { setWholesalePriceTiers, WHOLESALE_TIERS_MAX } from "./service.ts";

/** Most units of one wholesale line (a truck, not a warehouse). */
const WHOLESALE_QUANTITY_MAX = 100_000;

/** Scope for a product's tiers: its business's owner. An unknown product is left to the service (NotFoundError). */
async function productOwner(ctx: Context, productId: string) {
  const businessId = await businessIdOfProduct(ctx.prisma, productId);
  return businessId ? { businessOwner: businessId } : { loggedIn: true };
}

const WholesalePriceTierInput = builder.inputType("WholesalePriceTierInput", {
  description: "One wholesale price tier.",
  fields: (f) => ({
    minQuantity: f.int({
      description: "From how many units on one order line the price applies (2 or more).",
      validate: z
        .number()
        .int()
        .max(WHOLESALE_QUANTITY_MAX, bilingual("Jumlah minimal terlalu besar.", "The minimum quantity is too large.")),
    }),
    unitPriceIdr: f.string({
      description: 'Price of one unit in whole rupiah, e.g. "21000"; below the retail price.',
      validate: wholeRupiah({ id: "Harga grosir", en: "The wholesale price" }),
    }),
  }),
});

const WholesalePriceTiersPayload = builder.simpleObject("WholesalePriceTiersPayload", {
  description: "The product with its new wholesale tiers.",
  fields: (t) => ({ product: t.field({ type: ProductRef, description: "The product." }) }),
});

builder.mutationFields((t) => ({
  setWholesalePriceTiers: t.field({
    type: WholesalePriceTiersPayload,
    description:
      `Replaces a product's inter-village wholesale price tiers (owner only): at most ${WHOLESALE_TIERS_MAX}, ` +
      "minimum quantities above 1 and increasing, unit prices decreasing and below the retail price. An empty " +
      "list stops wholesale selling. A list breaking a rule changes nothing (InvalidWholesaleTiersError); orders " +
      "already placed keep their prices.",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: () =>
      new ForbiddenError("Hanya pemilik usaha yang dapat mengubahnya.", "Only the business owner can change it."),
    errors: { types: [...commonErrors, InvalidWholesaleTiersError] },
    args: {
      input: t.arg({
        type: builder.inputType("SetWholesalePriceTiersInput", {
          description: "A product's whole list of wholesale tiers.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            tiers: f.field({
              type: [WholesalePriceTierInput],
              description: "The tiers, lowest quantity first.",
              // A hard bound on what is parsed; the rule (and its message) is the service's.
              validate: z.array(z.unknown()).max(50, bilingual("Terlalu banyak tingkat.", "Too many tiers.")),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      product: await setWholesalePriceTiers(
        ctx.prisma,
        input.productId.id,
        input.tiers.map((tier) => ({ minQuantity: tier.minQuantity, unitPriceIdr: BigInt(tier.unitPriceIdr) })),
      ),
    }),
  }),

  placeWholesaleOrder: t.field({
    type: PlaceOrderPayload,
    description:
      "An officer orders one product wholesale for their cooperative from a business of another village's " +
      "cooperative, at the tier its quantity reaches (every unit of the line at that price). It is a checkout like " +
      "any other (stock, delivery, one payment to the seller's cooperative, the ledger), with the buying " +
      "cooperative recorded on the order; the officer's cart is left alone. Retrying with the same idempotency key " +
      "returns the same checkout.",
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    unauthorizedError: () =>
      new ForbiddenError(
        "Hanya pengurus koperasi yang dapat memesan grosir atas nama koperasinya.",
        "Only an officer of the cooperative can order wholesale on its behalf.",
      ),
    errors: {
      types: [
        ...commonErrors,
        SameVillageWholesaleError,
        ProductNotWholesaleError,
        WholesaleQuantityBelowMinimumError,
        InsufficientStockError,
        ProductNotPublishedError,
        IdempotencyConflictError,
        TransferNeedsCooperativeError,
        DeliveryMethodUnavailableError,
        RegencyNotServedError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType("PlaceWholesaleOrderInput", {
          description: "A wholesale order of one product for a cooperative, with its delivery and payment.",
          fields: (f) => ({
            cooperativeId: f.globalID({
              for: [CooperativeRef],
              description: "The buying cooperative; the caller must be one of its officers.",
            }),
            productId: f.globalID({ for: [ProductRef], description: "The product, of another village's business." }),
            quantity: f.int({
              description: "Units ordered: at least the lowest tier's minimum.",
              validate: z
                .number()
                .int()
                .min(1, bilingual("Jumlah minimal 1.", "Quantity: at least 1."))
                .max(
                  WHOLESALE_QUANTITY_MAX,
                  bilingual(
                    `Jumlah paling banyak ${WHOLESALE_QUANTITY_MAX.toLocaleString("id-ID")}.`,
                    `Quantity: at most ${WHOLESALE_QUANTITY_MAX.toLocaleString("en-US")}.`,
                  ),
                ),
            }),
            idempotencyKey: f.string({
              description: "Unique per order attempt (e.g. a UUID made when the form opens); a retry reuses it.",
              validate: idempotencyKey,
            }),
            paymentMethod: f.field({ type: PaymentMethod, description: "How the cooperative pays." }),
            ...recipientFields(f, "Who receives the goods (e.g. the cooperative's warehouse keeper)."),
            deliveryMethod: f.field({
              type: DeliveryMethod,
              required: false,
              description: "How it is delivered; left out, pickup if the business offers it.",
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const businessId = await businessIdOfProduct(ctx.prisma, input.productId.id);
      return placeOrder(ctx.prisma, ctx.user!.id, {
        idempotencyKey: input.idempotencyKey,
        paymentMethod: input.paymentMethod,
        recipientName: input.recipientName,
        phone: input.phone,
        address: input.address,
        regencyId: input.regencyId?.id ?? null,
        deliveries: businessId && input.deliveryMethod ? [{ businessId, method: input.deliveryMethod }] : null,
        wholesale: { cooperativeId: input.cooperativeId.id, productId: input.productId.id, quantity: input.quantity },
      });
    },
  }),
}));
