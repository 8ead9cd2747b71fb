// Payments as buyers and treasurers see them: Payment (its buyer, the cooperative's officers, admins), the
// cooperative's bank accounts and QRIS, `Checkout.payments`, `Order.payment` and the treasurer's queue
// `Cooperative.payments`.
import QRCode from "qrcode";

import { builder } from "../../builder.ts";
import { keyScoped } from "../auth/scopes.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { OrderStatus } from "../orders/types.ts";
import { buildDynamicQris } from "./qris.ts";
import { amountDue } from "./service.ts";

export const PaymentStatus = builder.enumType("PaymentStatus", {
  description: "Where a payment is in its life.",
  values: {
    AWAITING_PAYMENT: { description: "Waiting for the buyer's transfer; expires at the deadline." },
    PROOF_SUBMITTED: { description: "The buyer sent a proof of transfer; the cooperative's treasurer decides." },
    CONFIRMED: { description: "The treasurer confirmed the money arrived: the orders are paid." },
    REJECTED: {
      description: "The treasurer rejected the proof (see rejectReason); another may be sent before the deadline.",
    },
    EXPIRED: { description: "Not paid by the deadline: the orders were cancelled and their stock released." },
    CASH_ON_DELIVERY: { description: "Paid in cash when the goods arrive; never waits for a transfer." },
    CANCELLED: { description: "All its orders were cancelled before it was paid." },
  } as const,
});

export const PaymentKind = builder.enumType("PaymentKind", {
  description: "How a payment is made.",
  values: {
    TRANSFER: { description: "Bank transfer or QRIS to the cooperative." },
    CASH_ON_DELIVERY: { description: "Cash on delivery." },
  } as const,
});

export const BankAccountRef = builder.prismaNode("CooperativeBankAccount", {
  id: { field: "id" },
  description: "A bank account a cooperative receives buyers' transfers on. Public, as on the cooperative's invoices.",
  authScopes: (_account, ctx) => keyScoped(ctx, "catalog:read", true),
  fields: (t) => ({
    bankName: t.exposeString("bankName", { description: "The bank, e.g. BRI, Bank Mandiri, BSI." }),
    accountNumber: t.exposeString("accountNumber", { description: "The account number, digits as printed." }),
    holderName: t.exposeString("holderName", { description: "The account holder's name (atas nama)." }),
  }),
});

/** Larger than the phone-screen minimum; the web page scales it to its column. */
const QR_WIDTH = 320;

/** The QR code of a payload as an SVG document (error correction M, a quiet zone of 4 modules). */
export const qrSvg = (payload: string) =>
  QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 4, width: QR_WIDTH });

interface OrderSummary {
  number: string;
  status: string;
  businessName: string;
  totalIdr: bigint;
}

/** What a treasurer may see of an order (no buyer's phone or address): enough to match a transfer to it. */
const PaymentOrderSummary = builder.objectRef<OrderSummary>("PaymentOrderSummary").implement({
  description: "An order paid by a payment, as the cooperative's treasurer sees it (no personal data).",
  fields: (t) => ({
    number: t.exposeString("number", { description: "The order number." }),
    status: t.field({ type: OrderStatus, description: "The order's status.", resolve: (o) => o.status as never }),
    businessName: t.exposeString("businessName", { description: "The selling business." }),
    total: rupiahField(t, "The order's total (goods plus delivery).", (o) => o.totalIdr),
  }),
});

export const PaymentRef = builder.prismaNode("Payment", {
  id: { field: "id" },
  description:
    "What a buyer pays one cooperative for the orders of one checkout. Visible to the buyer, the cooperative's " +
    "officers and admins.",
  select: { buyerId: true, cooperativeId: true },
  authScopes: (payment) => ({
    self: payment.buyerId,
    ...(payment.cooperativeId ? { cooperativeOfficer: payment.cooperativeId } : {}),
  }),
  fields: (t) => ({
    reference: t.exposeString("reference", {
      description: "Unique reference, e.g. BYR-7K2M9Q4T: the buyer writes it in the transfer note.",
    }),
    kind: t.expose("kind", { type: PaymentKind, description: "Transfer or cash on delivery." }),
    status: t.expose("status", { type: PaymentStatus, description: "Where the payment is in its life." }),
    amount: t.field({
      type: Money,
      description: "What to pay: the sum of its orders' totals (goods plus delivery).",
      select: { amountIdr: true },
      resolve: (p) => idr(p.amountIdr),
    }),
    provenAmount: t.field({
      type: Money,
      nullable: true,
      description: "What the buyer says they transferred, with their proof.",
      select: { provenAmountIdr: true },
      resolve: (p) => (p.provenAmountIdr === null ? null : idr(p.provenAmountIdr)),
    }),
    deadlineAt: t.expose("deadlineAt", {
      type: "DateTime",
      nullable: true,
      description: "When an unpaid transfer expires (none for cash on delivery).",
    }),
    hasProof: t.boolean({
      description: "Whether a proof of transfer was uploaded (read it at /payment-proofs/<payment id>).",
      select: { proofKey: true },
      resolve: (p) => p.proofKey !== null,
    }),
    proofContentType: t.exposeString("proofContentType", {
      nullable: true,
      description: "image/webp or application/pdf.",
    }),
    proofSubmittedAt: t.expose("proofSubmittedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the proof was sent.",
    }),
    decidedAt: t.expose("decidedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the treasurer confirmed or rejected it.",
    }),
    rejectReason: t.exposeString("rejectReason", { nullable: true, description: "Why the treasurer rejected it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created (at checkout)." }),
    cooperative: t.relation("cooperative", { nullable: true, description: "The cooperative paid." }),
    orders: t.relation("orders", {
      description: "The orders it pays for (readable by their buyer and sellers; treasurers read orderSummaries).",
      query: { orderBy: { number: "asc" } },
    }),
    orderSummaries: t.field({
      type: [PaymentOrderSummary],
      description: "The orders it pays for: number, status, business and total.",
      select: {
        orders: {
          orderBy: { number: "asc" },
          select: {
            number: true,
            status: true,
            subtotalIdr: true,
            deliveryFeeIdr: true,
            business: { select: { name: true } },
          },
        },
      },
      resolve: (p) =>
        p.orders.map((o) => ({
          number: o.number,
          status: o.status,
          businessName: o.business.name,
          totalIdr: amountDue(o),
        })),
    }),
    bankAccounts: t.field({
      type: [BankAccountRef],
      description: "The cooperative's bank accounts to transfer to (none for cash on delivery).",
      select: { kind: true, cooperative: { select: { bankAccounts: { orderBy: { createdAt: "asc" } } } } },
      resolve: (p) => (p.kind === "TRANSFER" && p.cooperative ? p.cooperative.bankAccounts : []),
    }),
    qrisPayload: t.string({
      nullable: true,
      description:
        "The dynamic QRIS for this payment (the cooperative's static one with the amount and reference set), " +
        "while it is still to be paid; null without a QRIS or once settled.",
      select: {
        kind: true,
        status: true,
        amountIdr: true,
        reference: true,
        cooperative: { select: { qrisPayload: true } },
      },
      resolve: (p) => qrisOf(p),
    }),
    qrisSvg: t.string({
      nullable: true,
      description: "The dynamic QRIS as an SVG QR code (320 px, scannable from a phone screen); null like qrisPayload.",
      select: {
        kind: true,
        status: true,
        amountIdr: true,
        reference: true,
        cooperative: { select: { qrisPayload: true } },
      },
      resolve: async (p) => {
        const payload = qrisOf(p);
        return payload ? qrSvg(payload) : null;
      },
    }),
  }),
});

function qrisOf(p: {
  kind: string;
  status: string;
  amountIdr: bigint;
  reference: string;
  cooperative: { qrisPayload: string | null } | null;
}) {
  const open = ["AWAITING_PAYMENT", "REJECTED", "PROOF_SUBMITTED"].includes(p.status);
  if (p.kind !== "TRANSFER" || !open || !p.cooperative?.qrisPayload) return null;
  return buildDynamicQris(p.cooperative.qrisPayload, p.amountIdr, p.reference);
}

builder.prismaObjectField("Checkout", "payments", (t) =>
  t.relation("payments", {
    description: "Its payments, one per cooperative.",
    query: { orderBy: { reference: "asc" } },
  }),
);

builder.prismaObjectField("Order", "payment", (t) =>
  t.relation("payment", { nullable: true, description: "The payment the order is paid with." }),
);

builder.prismaObjectFields("Cooperative", (t) => ({
  bankAccounts: t.relation("bankAccounts", {
    description: "Bank accounts buyers transfer to.",
    query: { orderBy: { createdAt: "asc" } },
  }),
  qrisPayload: t.exposeString("qrisPayload", {
    nullable: true,
    description: "The static QRIS text: public, as it is printed on the cooperative's QRIS sticker.",
  }),
  hasQris: t.boolean({
    description: "Whether the cooperative takes QRIS.",
    select: { qrisPayload: true },
    resolve: (c) => c.qrisPayload !== null,
  }),
  payments: t.relatedConnection("payments", {
    description:
      "Transfers to the cooperative, oldest first, optionally in one status (the treasurer's queue). Officers only.",
    cursor: "id",
    totalCount: true,
    authScopes: (c) => ({ cooperativeOfficer: c.id }),
    args: { status: t.arg({ type: PaymentStatus, required: false, description: "Only payments in this status." }) },
    query: ({ status }) => ({
      where: { kind: "TRANSFER" as const, ...(status ? { status } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  }),
}));
