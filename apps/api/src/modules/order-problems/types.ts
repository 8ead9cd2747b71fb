// Order problems as their readers see them: OrderProblem (the buyer who reported it, the seller of the order, the
// officers of the cooperative whose queue it is in, admins), `Order.problems` and the cooperative's queue
// `Cooperative.orderProblems`.
import { builder } from "../../builder.ts";
import { idr, Money } from "../common/money.ts";
import { OrderStatus } from "../orders/types.ts";
import { amountDue } from "../payments/service.ts";
import { isReportable, refundableIdr, REPORT_WINDOW_DAYS, reportWindowEndsAt } from "./service.ts";

export const OrderProblemKind = builder.enumType("OrderProblemKind", {
  description: "What went wrong with an order, as the buyer reports it.",
  values: {
    NOT_ARRIVED: { description: "The goods did not arrive." },
    DAMAGED: { description: "The goods arrived damaged." },
    WRONG_OR_MISSING_ITEM: { description: "A wrong item arrived, or an item is missing." },
    OTHER: { description: "Something else (see the description)." },
  } as const,
});

export const OrderProblemStatus = builder.enumType("OrderProblemStatus", {
  description: "Where a problem report is.",
  values: {
    OPEN: { description: "Waiting for the cooperative (or, for a business outside any cooperative, the seller)." },
    REFUNDED: { description: "Resolved with a refund booked on the ledger (see refund)." },
    CLOSED: { description: "Closed with a written reason (see resolutionNote); no money moved." },
  } as const,
});

interface OrderSummary {
  id: string;
  number: string;
  status: string;
  businessName: string;
  subtotalIdr: bigint;
  deliveryFeeIdr: bigint;
  paidAt: Date | null;
  deliveredAt: Date | null;
}

/** What an officer may see of a reported order (no buyer's phone or address). */
const ProblemOrderSummary = builder.objectRef<OrderSummary>("ProblemOrderSummary").implement({
  description: "The reported order, as every reader of the report sees it (no personal data).",
  fields: (t) => ({
    number: t.exposeString("number", { description: "The order number." }),
    status: t.field({ type: OrderStatus, description: "The order's status.", resolve: (o) => o.status as never }),
    businessName: t.exposeString("businessName", { description: "The selling business." }),
    total: t.field({
      type: Money,
      description: "The order's total (goods plus delivery).",
      resolve: (o) => idr(amountDue(o)),
    }),
    paidAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When the buyer's money was booked (null: not paid through the platform yet).",
      resolve: (o) => o.paidAt,
    }),
    deliveredAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it was delivered.",
      resolve: (o) => o.deliveredAt,
    }),
  }),
});

export const OrderProblemRef = builder.prismaNode("OrderProblem", {
  id: { field: "id" },
  description:
    "A buyer's report of a problem with one order. Visible to the buyer, the order's seller, the officers of the " +
    "cooperative of the order's business and admins.",
  select: { reporterId: true, cooperativeId: true, order: { select: { businessId: true } } },
  authScopes: (problem) => ({
    self: problem.reporterId,
    businessOwner: problem.order.businessId,
    ...(problem.cooperativeId ? { cooperativeOfficer: problem.cooperativeId } : {}),
  }),
  fields: (t) => ({
    kind: t.expose("kind", { type: OrderProblemKind, description: "What went wrong." }),
    description: t.exposeString("description", { description: "The buyer's description." }),
    status: t.expose("status", { type: OrderProblemStatus, description: "Where the report is." }),
    hasPhoto: t.boolean({
      description:
        "Whether a photo was sent (read it at /order-problem-photos/<report id>, readers of the report only).",
      select: { photoKey: true },
      resolve: (p) => p.photoKey !== null,
    }),
    sellerNote: t.exposeString("sellerNote", { nullable: true, description: "The seller's answer." }),
    sellerAnsweredAt: t.expose("sellerAnsweredAt", {
      type: "DateTime",
      nullable: true,
      description: "When the seller answered.",
    }),
    refund: t.field({
      type: Money,
      nullable: true,
      description: "What was refunded to the buyer (REFUNDED only).",
      select: { refundIdr: true },
      resolve: (p) => (p.refundIdr === null ? null : idr(p.refundIdr)),
    }),
    resolutionNote: t.exposeString("resolutionNote", {
      nullable: true,
      description: "The resolver's note: why it was closed, or what the refund is for.",
    }),
    resolvedAt: t.expose("resolvedAt", { type: "DateTime", nullable: true, description: "When it was resolved." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was reported." }),
    refundThroughPlatform: t.boolean({
      description:
        "Whether a refund can go through the platform: only for businesses of a cooperative. A business outside " +
        "any cooperative sells by cash on delivery; its seller answers and closes the report.",
      select: { cooperativeId: true },
      resolve: (p) => p.cooperativeId !== null,
    }),
    refundable: t.field({
      type: Money,
      description: "What can still be refunded: what the buyer paid for the order less refunds already made.",
      select: { orderId: true },
      resolve: async (p, _args, ctx) => idr(await refundableIdr(ctx.prisma, p.orderId)),
    }),
    order: t.field({
      type: ProblemOrderSummary,
      description: "The reported order.",
      select: {
        order: {
          select: {
            id: true,
            number: true,
            status: true,
            subtotalIdr: true,
            deliveryFeeIdr: true,
            paidAt: true,
            deliveredAt: true,
            business: { select: { name: true } },
          },
        },
      },
      resolve: (p) => ({ ...p.order, businessName: p.order.business.name }),
    }),
  }),
});

builder.prismaObjectFields("Order", (t) => ({
  problems: t.relation("problems", {
    description: "Problem reports on this order, newest first (the buyer and the seller read them).",
    query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
  }),
  problemReportable: t.boolean({
    description:
      `Whether the buyer can report a problem now: paid or later (cash on delivery once shipped), within ` +
      `${REPORT_WINDOW_DAYS} days of delivery, and no report open.`,
    select: {
      status: true,
      paidAt: true,
      deliveredAt: true,
      problems: { where: { status: "OPEN" }, select: { id: true } },
    },
    resolve: (o) => {
      const endsAt = reportWindowEndsAt(o.deliveredAt);
      return isReportable(o) && (!endsAt || endsAt > new Date()) && o.problems.length === 0;
    },
  }),
  problemReportWindowEndsAt: t.field({
    type: "DateTime",
    nullable: true,
    description: `Until when a problem can be reported: ${REPORT_WINDOW_DAYS} days after delivery (null: not delivered).`,
    select: { deliveredAt: true },
    resolve: (o) => reportWindowEndsAt(o.deliveredAt),
  }),
}));

builder.prismaObjectField("Cooperative", "orderProblems", (t) =>
  t.relatedConnection("orderProblems", {
    description:
      "Problem reports on orders of the cooperative's businesses, oldest first, optionally in one status (the " +
      "officers' queue). Officers only.",
    cursor: "id",
    totalCount: true,
    authScopes: (c) => ({ cooperativeOfficer: c.id }),
    args: {
      status: t.arg({ type: OrderProblemStatus, required: false, description: "Only reports in this status." }),
    },
    query: ({ status }) => ({
      where: status ? { status } : {},
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  }),
);
