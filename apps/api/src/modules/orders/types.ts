// Orders as buyers and sellers see them: Order (readable by its buyer, the business owner and admins), its lines,
// the Checkout that grouped them, `myOrders` for buyers and `Business.orders` for sellers.
import { builder } from "../../builder.ts";
import { idr, Money } from "../common/money.ts";
import { DeliveryMethod } from "../delivery/types.ts";
import { amountDue } from "../payments/service.ts";

export const OrderStatus = builder.enumType("OrderStatus", {
  description: "Where an order is in its life.",
  values: {
    PENDING_PAYMENT: {
      description: "Placed; waiting for the buyer's payment (or for delivery, with cash on delivery).",
    },
    PAID: { description: "The cooperative's treasurer confirmed the money arrived." },
    CONFIRMED: { description: "The seller accepted the order and is preparing it." },
    SHIPPED: {
      description:
        "On its way: handed to the courier or out with the seller's own delivery; for pickup, ready to collect. " +
        "Completes by itself `autoCompleteAt` unless the buyer confirms receipt first.",
    },
    DELIVERED: {
      description:
        "Received (confirmed by the buyer, recorded by the seller, or completed by itself); the seller has been paid.",
    },
    CANCELLED: { description: "Cancelled by the buyer or the seller; stock returned, money refunded if paid." },
  } as const,
});

export const PaymentMethod = builder.enumType("PaymentMethod", {
  description: "How the buyer pays.",
  values: {
    BANK_TRANSFER: {
      description: "Bank transfer or QRIS to the cooperative (one payment per cooperative); its treasurer confirms.",
    },
    CASH_ON_DELIVERY: { description: "Cash to the courier on delivery (COD)." },
  } as const,
});

export const OrderLineRef = builder.prismaObject("OrderLine", {
  description: "A line of an order. Name and unit price are copies from checkout time: later edits never change them.",
  fields: (t) => ({
    productName: t.exposeString("productName", { description: "The product's name when ordered." }),
    unitPrice: t.field({
      type: Money,
      description: "Price of one unit when ordered.",
      select: { unitPriceIdr: true },
      resolve: (l) => idr(l.unitPriceIdr),
    }),
    quantity: t.exposeInt("quantity", { description: "Units ordered." }),
    lineTotal: t.field({
      type: Money,
      description: "Unit price times quantity.",
      select: { lineTotalIdr: true },
      resolve: (l) => idr(l.lineTotalIdr),
    }),
    product: t.relation("product", { description: "The product as it is now." }),
  }),
});

/** Orders carry the buyer's name, phone and address: only the buyer, the selling business's owner and admins see one. */
export const OrderRef = builder.prismaNode("Order", {
  id: { field: "id" },
  description: "An order from one business, placed at checkout. Visible to its buyer, the business owner and admins.",
  select: { buyerId: true, businessId: true },
  authScopes: (order) => ({ self: order.buyerId, businessOwner: order.businessId }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "Human-readable order number, e.g. DM-2611-000123." }),
    status: t.expose("status", { type: OrderStatus, description: "Where the order is in its life." }),
    paymentMethod: t.field({
      type: PaymentMethod,
      description: "How the buyer pays.",
      select: { checkout: { select: { paymentMethod: true } } },
      resolve: (o) => o.checkout.paymentMethod,
    }),
    subtotal: t.field({
      type: Money,
      description: "Sum of the line totals.",
      select: { subtotalIdr: true },
      resolve: (o) => idr(o.subtotalIdr),
    }),
    fee: t.field({
      type: Money,
      description: "The cooperative's marketplace fee, deducted from the seller's proceeds (not paid by the buyer).",
      select: { feeIdr: true },
      resolve: (o) => idr(o.feeIdr),
    }),
    deliveryFee: t.field({
      type: Money,
      description: "What the buyer pays for delivery (zero for pickup).",
      select: { deliveryFeeIdr: true },
      resolve: (o) => idr(o.deliveryFeeIdr),
    }),
    total: t.field({
      type: Money,
      description: "What the buyer pays: the subtotal plus delivery.",
      select: { subtotalIdr: true, deliveryFeeIdr: true },
      resolve: (o) => idr(amountDue(o)),
    }),
    sellerProceeds: t.field({
      type: Money,
      description: "What the seller receives on delivery: total less fee.",
      select: { subtotalIdr: true, deliveryFeeIdr: true, feeIdr: true },
      resolve: (o) => idr(amountDue(o) - o.feeIdr),
    }),
    recipientName: t.string({
      description: "Who receives the goods.",
      select: { checkout: { select: { recipientName: true } } },
      resolve: (o) => o.checkout.recipientName,
    }),
    phone: t.string({
      description: "Recipient's phone number.",
      select: { checkout: { select: { phone: true } } },
      resolve: (o) => o.checkout.phone,
    }),
    address: t.string({
      description: "Delivery address.",
      select: { checkout: { select: { address: true } } },
      resolve: (o) => o.checkout.address,
    }),
    deliveryMethod: t.expose("deliveryMethod", {
      type: DeliveryMethod,
      nullable: true,
      description: "How the buyer chose to receive it (null for orders placed before delivery options).",
    }),
    deliveryRegency: t.relation("deliveryRegency", {
      nullable: true,
      description: "Own delivery: the regency it was priced for.",
    }),
    pickupAddress: t.exposeString("pickupAddress", {
      nullable: true,
      description: "Pickup: where to collect it (as it was at checkout).",
    }),
    pickupHours: t.exposeString("pickupHours", { nullable: true, description: "Pickup: when to collect it." }),
    courierName: t.exposeString("courierName", {
      nullable: true,
      description: "Courier: the courier it was sent with.",
    }),
    trackingNumber: t.exposeString("trackingNumber", {
      nullable: true,
      description: "Courier: the tracking number (resi).",
    }),
    shippingNote: t.exposeString("shippingNote", { nullable: true, description: "The seller's note when shipping." }),
    autoCompleteAt: t.expose("autoCompleteAt", {
      type: "DateTime",
      nullable: true,
      description: "When a shipped order completes by itself unless the buyer confirms receipt first.",
    }),
    cancelReason: t.exposeString("cancelReason", { nullable: true, description: "Why it was cancelled, if it was." }),
    placedAt: t.expose("placedAt", { type: "DateTime", description: "When it was placed." }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true, description: "When the payment was confirmed." }),
    confirmedAt: t.expose("confirmedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the seller accepted it.",
    }),
    shippedAt: t.expose("shippedAt", { type: "DateTime", nullable: true, description: "When it was shipped." }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true, description: "When it was delivered." }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true, description: "When it was cancelled." }),
    lines: t.relation("lines", { description: "What was ordered.", query: { orderBy: { id: "asc" } } }),
    business: t.relation("business", { description: "The selling business." }),
  }),
});

export const CheckoutRef = builder.prismaObject("Checkout", {
  description: "One cart checked out: the orders (one per business) placed together. Only the buyer sees it.",
  select: { buyerId: true },
  authScopes: (checkout) => ({ self: checkout.buyerId }),
  fields: (t) => ({
    orders: t.relation("orders", {
      description: "Its orders, one per business.",
      query: { orderBy: { number: "asc" } },
    }),
    total: t.field({
      type: Money,
      description: "What the buyer pays for all its orders.",
      select: { totalIdr: true },
      resolve: (c) => idr(c.totalIdr),
    }),
    paymentMethod: t.expose("paymentMethod", { type: PaymentMethod, description: "How the buyer pays." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was placed." }),
  }),
});

builder.queryField("myOrders", (t) =>
  t.prismaConnection({
    type: "Order",
    cursor: "id",
    description: "The signed-in buyer's orders, newest first.",
    authScopes: { loggedIn: true },
    args: { status: t.arg({ type: OrderStatus, required: false, description: "Only orders in this status." }) },
    totalCount: (_conn, { status }, ctx) =>
      ctx.prisma.order.count({ where: { buyerId: ctx.user!.id, ...(status ? { status } : {}) } }),
    resolve: (query, _root, { status }, ctx) =>
      ctx.prisma.order.findMany({
        ...query,
        where: { buyerId: ctx.user!.id, ...(status ? { status } : {}) },
        orderBy: [{ placedAt: "desc" }, { id: "desc" }],
      }),
  }),
);

builder.prismaObjectField("User", "orders", (t) =>
  t.relatedConnection("orders", {
    description: "Orders the user placed as a buyer, newest first.",
    cursor: "id",
    totalCount: true,
    query: { orderBy: [{ placedAt: "desc" }, { id: "desc" }] },
  }),
);

builder.prismaObjectField("Business", "orders", (t) =>
  t.relatedConnection("orders", {
    description:
      "Orders received by the business, newest first, optionally in one status. Only for the owner (and admins).",
    cursor: "id",
    totalCount: true,
    authScopes: (business) => ({ businessOwner: business.id }),
    args: { status: t.arg({ type: OrderStatus, required: false, description: "Only orders in this status." }) },
    query: ({ status }) => ({ where: status ? { status } : {}, orderBy: [{ placedAt: "desc" }, { id: "desc" }] }),
  }),
);
