// Buyers check out, cancel and confirm receipt: placeOrder, cancelOrder, confirmReceipt.
import { z } from "zod";

import { builder, type InputFieldBuilder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { InsufficientStockError, ProductNotPublishedError } from "../commerce/errors.ts";
import { BusinessRef } from "../commerce/types.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { phoneNumber } from "../common/phone.ts";
import { bilingual, idempotencyKey, requiredText } from "../common/validation.ts";
import { DeliveryMethodUnavailableError, onlyBuyerConfirmsReceipt, RegencyNotServedError } from "../delivery/errors.ts";
import { DeliveryMethod } from "../delivery/types.ts";
import { RegencyRef } from "../geography/types.ts";
import { IdempotencyConflictError } from "../ledger/errors.ts";
import { TransferNeedsCooperativeError } from "../payments/errors.ts";
import { EmptyCartError, InvalidOrderTransitionError, OrderNotCancellableError } from "./errors.ts";
import { cancelOrder, confirmReceipt, placeOrder } from "./service.ts";
import { CheckoutRef, OrderRef, PaymentMethod } from "./types.ts";

export const cancelReason = requiredText({ id: "Alasan pembatalan", en: "Cancellation reason" }, 500);

export const PlaceOrderPayload = builder.simpleObject("PlaceOrderPayload", {
  description: "The checkout and its orders (one per business).",
  fields: (t) => ({
    checkout: t.field({ type: CheckoutRef, description: "The checkout." }),
    replayed: t.boolean({
      description: "True when this idempotency key had already been used: nothing new was created.",
    }),
  }),
});

export const OrderPayload = builder.simpleObject("OrderPayload", {
  description: "The order after the change.",
  fields: (t) => ({ order: t.field({ type: OrderRef, description: "The order." }) }),
});

const DeliveryChoiceInput = builder.inputType("DeliveryChoiceInput", {
  description: "The buyer's delivery choice for one business's order.",
  fields: (t) => ({
    businessId: t.globalID({ for: [BusinessRef], description: "The business." }),
    method: t.field({ type: DeliveryMethod, description: "How its order is delivered." }),
  }),
});

/** Scope: the order's buyer. An unknown order is left to the service, which answers NotFoundError. */
async function buyerOf(ctx: Context, orderId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(orderId)) return { loggedIn: true };
  const order = await ctx.prisma.order.findUnique({ where: { id: orderId }, select: { buyerId: true } });
  return order ? { self: order.buyerId } : { loggedIn: true };
}

/**
 * Who receives an order and where: the checkout's fields, also taken by a wholesale order
 * (`placeWholesaleOrder`, which checks out through `placeOrder` too). `who` describes the recipient.
 */
export const recipientFields = (f: InputFieldBuilder, who = "Who receives the goods.") => ({
  recipientName: f.string({
    description: who,
    validate: requiredText({ id: "Nama penerima", en: "Recipient's name" }, 160),
  }),
  phone: f.string({
    description: "Recipient's phone number, e.g. 0812-3456-7890 or +62 812 3456 7890; stored in E.164.",
    validate: phoneNumber(),
  }),
  address: f.string({
    description: "Delivery address.",
    validate: requiredText({ id: "Alamat", en: "Address" }, 500),
  }),
  regencyId: f.globalID({
    for: [RegencyRef],
    required: false,
    description: "The regency (kabupaten/kota) of the address; own delivery is priced by it.",
  }),
});

const PlaceOrderInput = builder.inputType("PlaceOrderInput", {
  description: "Checkout details.",
  fields: (f) => ({
    idempotencyKey: f.string({
      description: "Unique per checkout attempt (e.g. a UUID made when the checkout page opens); a retry reuses it.",
      validate: idempotencyKey,
    }),
    paymentMethod: f.field({ type: PaymentMethod, description: "How the buyer pays." }),
    ...recipientFields(f),
    deliveries: f.field({
      type: [DeliveryChoiceInput],
      required: false,
      description:
        "How each business's order is delivered. A business left out gets pickup if it offers it; " +
        "otherwise the checkout is refused (DeliveryMethodUnavailableError).",
      validate: z
        .array(z.unknown())
        .max(100, bilingual("Paling banyak 100 pilihan pengiriman.", "At most 100 delivery choices.")),
    }),
  }),
});

builder.mutationFields((t) => ({
  placeOrder: t.field({
    type: PlaceOrderPayload,
    description:
      "Checks out the cart: one order per business, one payment per cooperative, stock reserved for every line " +
      "(all or nothing), cart emptied. A transfer needs every business to belong to a cooperative. " +
      "Retrying with the same idempotency key returns the same checkout.",
    authScopes: { loggedIn: true },
    unauthorizedError: () => new ForbiddenError("Silakan masuk terlebih dahulu.", "Please sign in first."),
    errors: {
      types: [
        ...commonErrors,
        EmptyCartError,
        InsufficientStockError,
        ProductNotPublishedError,
        IdempotencyConflictError,
        TransferNeedsCooperativeError,
        DeliveryMethodUnavailableError,
        RegencyNotServedError,
      ],
    },
    args: { input: t.arg({ type: PlaceOrderInput }) },
    resolve: (_root, { input }, ctx) =>
      placeOrder(ctx.prisma, ctx.user!.id, {
        ...input,
        regencyId: input.regencyId?.id ?? null,
        deliveries: input.deliveries?.map((d) => ({ businessId: d.businessId.id, method: d.method })) ?? null,
      }),
  }),

  cancelOrder: t.field({
    type: OrderPayload,
    description: "The buyer cancels an order before the seller confirms it: stock is returned, a payment refunded.",
    authScopes: { loggedIn: true },
    unauthorizedError: () => new ForbiddenError("Silakan masuk terlebih dahulu.", "Please sign in first."),
    errors: { types: [...commonErrors, OrderNotCancellableError] },
    args: {
      input: t.arg({
        type: builder.inputType("CancelOrderInput", {
          description: "The order and why it is cancelled.",
          fields: (f) => ({
            orderId: f.globalID({ for: [OrderRef], description: "The order." }),
            reason: f.string({ description: "Why (shown to the seller).", validate: cancelReason }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      order: await cancelOrder(ctx.prisma, input.orderId.id, input.reason, {
        id: ctx.user!.id,
        isPlatformAdmin: ctx.user!.isPlatformAdmin,
      }),
    }),
  }),

  confirmReceipt: t.field({
    type: OrderPayload,
    description:
      "The buyer says the goods arrived (or were collected): SHIPPED → DELIVERED, and the seller is settled, less " +
      "the fee. Unconfirmed, a shipped order completes by itself after the cooperative's autoCompleteDays.",
    authScopes: (_root, { input }, ctx) => buyerOf(ctx, input.orderId.id),
    unauthorizedError: () => onlyBuyerConfirmsReceipt(),
    errors: { types: [...commonErrors, InvalidOrderTransitionError] },
    args: {
      input: t.arg({
        type: builder.inputType("ConfirmReceiptInput", {
          description: "The order received.",
          fields: (f) => ({ orderId: f.globalID({ for: [OrderRef], description: "The order." }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      order: await confirmReceipt(ctx.prisma, input.orderId.id, {
        id: ctx.user!.id,
        isPlatformAdmin: ctx.user!.isPlatformAdmin,
      }),
    }),
  }),
}));
