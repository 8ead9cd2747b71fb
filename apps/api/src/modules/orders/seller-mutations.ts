// Sellers handle incoming orders: confirmOrder, shipOrder, deliverOrder, cancelIncomingOrder.
// Only the owner of the order's business (or an admin); to anyone else the order does not exist.
import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { commonErrors, NotFoundError } from "../common/errors.ts";
import { InvalidOrderTransitionError } from "./errors.ts";
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
    description: "The seller ships the order: CONFIRMED → SHIPPED.",
    ...sellerStep,
    args: { input: t.arg({ type: OrderIdInput }) },
    resolve: async (_root, { input }, ctx) => ({ order: await shipOrder(ctx.prisma, input.orderId.id) }),
  }),
  deliverOrder: t.field({
    type: OrderPayload,
    description:
      "The order arrived: SHIPPED → DELIVERED. Cash on delivery is recorded as paid; the seller is settled, less the fee.",
    ...sellerStep,
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
