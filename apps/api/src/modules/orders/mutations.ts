// Buyers check out and cancel: placeOrder, cancelOrder.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { InsufficientStockError, ProductNotPublishedError } from "../commerce/errors.ts";
import { commonErrors, ForbiddenError } from "../common/errors.ts";
import { phoneNumber } from "../common/phone.ts";
import { bilingual, requiredText } from "../common/validation.ts";
import { IdempotencyConflictError } from "../ledger/errors.ts";
import { TransferNeedsCooperativeError } from "../payments/errors.ts";
import { EmptyCartError, OrderNotCancellableError } from "./errors.ts";
import { cancelOrder, placeOrder } from "./service.ts";
import { CheckoutRef, OrderRef, PaymentMethod } from "./types.ts";

export const cancelReason = requiredText({ id: "Alasan pembatalan", en: "Cancellation reason" }, 500);

const PlaceOrderPayload = builder.simpleObject("PlaceOrderPayload", {
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
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType("PlaceOrderInput", {
          description: "Checkout details.",
          fields: (f) => ({
            idempotencyKey: f.string({
              description:
                "Unique per checkout attempt (e.g. a UUID made when the checkout page opens); a retry reuses it.",
              validate: z
                .string()
                .min(8, bilingual("Kunci idempoten minimal 8 karakter.", "Idempotency key: at least 8 characters."))
                .max(
                  100,
                  bilingual("Kunci idempoten maksimal 100 karakter.", "Idempotency key: at most 100 characters."),
                ),
            }),
            paymentMethod: f.field({ type: PaymentMethod, description: "How the buyer pays." }),
            recipientName: f.string({
              description: "Who receives the goods.",
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
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) => placeOrder(ctx.prisma, ctx.user!.id, input),
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
}));
