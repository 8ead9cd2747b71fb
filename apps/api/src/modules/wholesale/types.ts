// Wholesale trade between villages as the API shows it: a product's public price tiers (Product.wholesalePriceTiers),
// the buying cooperative of an order (Order.buyerCooperative, OrderLine.wholesaleMinQuantity), and a cooperative's
// inter-village purchases and sales for its officers (WholesaleTrade: no buyer's name, phone or address).
import { builder } from "../../builder.ts";
import { idr, Money } from "../common/money.ts";
import { OrderStatus } from "../orders/types.ts";
import { amountDue } from "../payments/service.ts";

export const WholesalePriceTierRef = builder.prismaObject("WholesalePriceTier", {
  description:
    "A wholesale price for other villages' cooperatives: from `minQuantity` units on one order line, every unit of " +
    "the line costs `unitPrice` (the highest tier reached applies).",
  fields: (t) => ({
    minQuantity: t.exposeInt("minQuantity", { description: "The fewest units on one order line for this price." }),
    unitPrice: t.field({
      type: Money,
      description: "Price of one unit from that quantity on, in whole rupiah.",
      select: { unitPriceIdr: true },
      resolve: (tier) => idr(tier.unitPriceIdr),
    }),
  }),
});

builder.prismaObjectField("Product", "wholesalePriceTiers", (t) =>
  t.relation("wholesaleTiers", {
    description:
      "Inter-village wholesale prices, lowest quantity first (empty: not sold wholesale). Only an officer of a " +
      "cooperative in another village may order at these prices, for the cooperative (placeWholesaleOrder).",
    query: { orderBy: { minQuantity: "asc" } },
  }),
);

builder.prismaObjectField("OrderLine", "wholesaleMinQuantity", (t) =>
  t.exposeInt("wholesaleMinQuantity", {
    nullable: true,
    description: "A wholesale line: the minimum quantity of the tier that set its unit price. Null at retail.",
  }),
);

builder.prismaObjectField("Order", "buyerCooperative", (t) =>
  t.relation("buyerCooperative", {
    nullable: true,
    description: "A wholesale order between villages: the cooperative it was bought for. Null for a retail order.",
  }),
);

/** An inter-village order as the two cooperatives' officers see it: the trade, never the recipient's personal data. */
export const WholesaleTradeRef = builder.prismaObject("Order", {
  variant: "WholesaleTrade",
  description:
    "A wholesale order between two villages' cooperatives, as their officers see it: what was bought, for how " +
    "much and where it is; never the recipient's name, phone or address.",
  fields: (t) => ({
    number: t.exposeString("number", { description: "Human-readable order number, e.g. DM-2612-000123." }),
    status: t.expose("status", { type: OrderStatus, description: "Where the order is in its life." }),
    placedAt: t.expose("placedAt", { type: "DateTime", description: "When it was placed." }),
    paidAt: t.expose("paidAt", { type: "DateTime", nullable: true, description: "When the payment was confirmed." }),
    subtotal: t.field({
      type: Money,
      description: "The goods at their wholesale prices.",
      select: { subtotalIdr: true },
      resolve: (o) => idr(o.subtotalIdr),
    }),
    total: t.field({
      type: Money,
      description: "What the buying cooperative pays: goods plus delivery.",
      select: { subtotalIdr: true, deliveryFeeIdr: true },
      resolve: (o) => idr(amountDue(o)),
    }),
    lines: t.relation("lines", { description: "What was ordered, at which tier.", query: { orderBy: { id: "asc" } } }),
    business: t.relation("business", { description: "The selling business." }),
    buyerCooperative: t.relation("buyerCooperative", {
      nullable: true,
      description: "The cooperative it was bought for.",
    }),
  }),
});

const newestFirst = [{ placedAt: "desc" }, { id: "desc" }] as const;

builder.prismaObjectField("Cooperative", "wholesalePurchases", (t) =>
  t.relatedConnection("wholesalePurchases", {
    type: WholesaleTradeRef,
    cursor: "id",
    description: "Wholesale orders the cooperative's officers placed with other villages, newest first. Officers only.",
    authScopes: (c) => ({ cooperativeOfficer: c.id }),
    query: { orderBy: [...newestFirst] },
  }),
);

builder.prismaObjectField("Cooperative", "wholesaleSales", (t) =>
  t.prismaConnection({
    type: WholesaleTradeRef,
    cursor: "id",
    description:
      "Wholesale orders other villages' cooperatives placed with the cooperative's businesses, newest first. " +
      "Officers only.",
    authScopes: (c) => ({ cooperativeOfficer: c.id }),
    resolve: (query, c, _args, ctx) =>
      ctx.prisma.order.findMany({
        ...query,
        where: { buyerCooperativeId: { not: null }, business: { cooperativeId: c.id } },
        orderBy: [...newestFirst],
      }),
  }),
);
