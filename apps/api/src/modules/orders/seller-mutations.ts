// Sellers handle incoming orders: confirmOrder, shipOrder, deliverOrder, cancelIncomingOrder.
// Only the owner of the order's business (or an admin); to anyone else the order does not exist.
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { commonErrors } from "../common/error-types.ts";
import { NotFoundError } from "../common/errors.ts";
import { bilingual } from "../common/validation.ts";
import { TrackingNumberRequiredError } from "../delivery/errors.ts";
import { InvalidOrderTransitionError, ReceiptIsTheBuyersError } from "./errors.ts";
import { cancelReason, OrderPayload } from "./mutations.ts";
import { businessIdOfOrder, cancelIncomingOrder, confirmOrder, deliverOrder, shipOrder } from "./service.ts";
import { OrderRef } from "./types.ts";

/** Scope: owner of the order's business. An unknown order is left to the service, which answers NotFoundError. */
async function sellerOf(ctx: Context, orderId: string) {
  const businessId = await businessIdOfOrder(ctx.prisma, orderId);
  return businessId ? { businessOwner: businessId } : { loggedIn: true };
}

const OrderIdInput = builder.inputType("OrderIdInput", {
  description: "Names one order.",
  fields: (t) => ({ orderId: t.globalID({ for: [OrderRef], description: "The order." }) }),
});

const sellerStep = {
  authScopes: (_root: unknown, { input }: { input: { orderId: { id: string } } }, ctx: Context) =>
    sellerOf(ctx, input.orderId.id),
  unauthorizedError: () => new NotFoundError("Order"),
  errors: { types: [...commonErrors, InvalidOrderTransitionError] },
};

const actor = (ctx: Context) => ({ id: ctx.user!.id, isPlatformAdmin: ctx.user!.isPlatformAdmin });

builder.mutationFields((t) => ({
  confirmOrder: t.field({
    type: OrderPayload,
    description: "The seller accepts the order: PAID → CONFIRMED, or PENDING_PAYMENT → CONFIRMED for cash on delivery.",
    ...sellerStep,
    args: { input: t.arg({ type: OrderIdInput }) },
    resolve: async (_root, { input }, ctx) => ({ order: await confirmOrder(ctx.prisma, input.orderId.id) }),
  }),
  shipOrder: t.field({
    type: OrderPayload,
    description:
      "The seller sends the order on its way: CONFIRMED → SHIPPED (for pickup: ready to collect). A courier " +
      "shipment needs the courier and tracking number. Starts the auto-completion clock (by-law autoCompleteDays).",
    ...sellerStep,
    errors: { types: [...commonErrors, InvalidOrderTransitionError, TrackingNumberRequiredError] },
    args: {
      input: t.arg({
        type: builder.inputType("ShipOrderInput", {
          description: "The order and how it was sent.",
          fields: (f) => ({
            orderId: f.globalID({ for: [OrderRef], description: "The order." }),
            courierName: f.string({
              required: false,
              description: "Courier shipments: the courier, e.g. JNE.",
              validate: z
                .string()
                .max(80, bilingual("Nama kurir maksimal 80 karakter.", "Courier name: at most 80 characters.")),
            }),
            trackingNumber: f.string({
              required: false,
              description: "Courier shipments: the tracking number (resi).",
              validate: z
                .string()
                .max(80, bilingual("Nomor resi maksimal 80 karakter.", "Tracking number: at most 80 characters.")),
            }),
            note: f.string({
              required: false,
              description: "A note for the buyer (any method), e.g. when it will arrive or can be collected.",
              validate: z
                .string()
                .max(500, bilingual("Catatan maksimal 500 karakter.", "Note: at most 500 characters.")),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      order: await shipOrder(ctx.prisma, input.orderId.id, {
        courierName: input.courierName,
        trackingNumber: input.trackingNumber,
        note: input.note,
      }),
    }),
  }),
  deliverOrder: t.field({
    type: OrderPayload,
    description:
      "A cash-on-delivery order was handed over and paid: SHIPPED → DELIVERED, the cash recorded and the seller " +
      "settled less the fee. Paid orders are completed by the buyer (confirmReceipt) or by themselves.",
    ...sellerStep,
    errors: { types: [...sellerStep.errors.types, ReceiptIsTheBuyersError] },
    args: { input: t.arg({ type: OrderIdInput }) },
    resolve: async (_root, { input }, ctx) => ({ order: await deliverOrder(ctx.prisma, input.orderId.id, actor(ctx)) }),
  }),
  cancelIncomingOrder: t.field({
    type: OrderPayload,
    description: "The seller cancels an order before it ships: stock is returned, a payment refunded.",
    ...sellerStep,
    args: {
      input: t.arg({
        type: builder.inputType("CancelIncomingOrderInput", {
          description: "The order and why it is cancelled.",
          fields: (f) => ({
            orderId: f.globalID({ for: [OrderRef], description: "The order." }),
            reason: f.string({ description: "Why (shown to the buyer).", validate: cancelReason }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      order: await cancelIncomingOrder(ctx.prisma, input.orderId.id, input.reason, actor(ctx)),
    }),
  }),
}));
