import { randomInt } from "node:crypto";

import type { Order, PaymentMethod, Prisma } from "@desa-migran/db";

import { accounts } from "../ledger/accounts.ts";
import { postEntry } from "../ledger/service.ts";
import { TransferNeedsCooperativeError } from "./errors.ts";

type Tx = Prisma.TransactionClient;

/**
 * How a buyer pays. The built-in provider is manual: a transfer confirmed by the cooperative's treasurer, or cash on
 * delivery recorded when the goods arrive. A gateway would implement the same interface and confirm from its webhook.
 */
export interface PaymentProvider {
  readonly name: string;
  /**
   * Called when the treasurer (or a gateway webhook) confirms the money arrived; `at` books it (default: now).
   * `actorId` is null when a job acts (the auto-completion of a shipped order).
   */
  confirm(tx: Tx, order: Order, actorId: string | null, at?: Date): Promise<void>;
}

/** The cooperative's fee on an order: basis points of the subtotal, rounded down to the whole rupiah. */
export const marketplaceFee = (subtotalIdr: bigint, feeBps: number): bigint => (subtotalIdr * BigInt(feeBps)) / 10_000n;

/** What the buyer pays for an order: the goods plus delivery (the marketplace fee comes out of the seller's side). */
export const amountDue = (order: Pick<Order, "subtotalIdr" | "deliveryFeeIdr">): bigint =>
  order.subtotalIdr + order.deliveryFeeIdr;

// Each entry below takes an optional booking time `at` (default: now); only the demo seed back-dates.

/** Money arrives from outside and is held in transit until the order is delivered. */
export async function recordOrderPayment(tx: Tx, order: Order, actorId: string | null, at?: Date) {
  await postEntry(tx, {
    idempotencyKey: `order:${order.id}:payment`,
    kind: "ORDER_PAYMENT",
    memo: `Pembayaran pesanan ${order.number}`,
    request: { orderId: order.id, amount: amountDue(order) },
    createdById: actorId,
    at,
    postings: [
      { account: accounts.external(), amount: -amountDue(order) },
      { account: accounts.orderInTransit(order.id, order.number), amount: amountDue(order) },
    ],
  });
}

/**
 * On delivery (the buyer confirmed receipt, the seller recorded it, or the auto-completion job acted with a null
 * actor) the money in transit goes to the seller, less the cooperative's (or platform's) fee. What is settled is
 * what the order's in-transit account still holds: all of it, unless part was refunded to the buyer on a problem
 * report before delivery (order-problems); the fee is then taken from what is left, never more.
 */
export async function settleOrder(
  tx: Tx,
  order: Order & { business: { id: string; name: string; cooperativeId: string | null } },
  actorId: string | null,
  at?: Date,
) {
  const feeAccount = order.business.cooperativeId
    ? accounts.cooperativeFeeIncome(order.business.cooperativeId)
    : accounts.platformFeeIncome();
  const inTransit = accounts.orderInTransit(order.id, order.number);
  const held = (await tx.account.findUnique({ where: { key: inTransit.key }, select: { balance: true } }))?.balance;
  const amount = held !== undefined && held < amountDue(order) ? (held > 0n ? held : 0n) : amountDue(order);
  const fee = order.feeIdr < amount ? order.feeIdr : amount;
  await postEntry(tx, {
    idempotencyKey: `order:${order.id}:settlement`,
    kind: "ORDER_SETTLEMENT",
    memo: `Penyelesaian pesanan ${order.number}`,
    request: { orderId: order.id, amount, fee },
    createdById: actorId,
    at,
    postings: [
      { account: inTransit, amount: -amount },
      { account: accounts.businessOperating(order.business.id, order.business.name), amount: amount - fee },
      { account: feeAccount, amount: fee },
    ],
  });
}

/** A paid order cancelled before delivery: the money in transit goes back to the buyer in full. */
export async function refundOrder(tx: Tx, order: Order, actorId: string, at?: Date) {
  await postEntry(tx, {
    idempotencyKey: `order:${order.id}:refund`,
    kind: "ORDER_REFUND",
    memo: `Pengembalian dana pesanan ${order.number}`,
    request: { orderId: order.id, amount: amountDue(order) },
    createdById: actorId,
    at,
    postings: [
      { account: accounts.orderInTransit(order.id, order.number), amount: -amountDue(order) },
      { account: accounts.external(), amount: amountDue(order) },
    ],
  });
}

export const manualPayment: PaymentProvider = {
  name: "manual",
  confirm: (tx, order, actorId, at) => recordOrderPayment(tx, order, actorId, at),
};

// ───────────────────────── Payments at checkout ─────────────────────────

/** How long a buyer has to transfer after checkout; unpaid payments then expire and release their stock. */
export const PAYMENT_DEADLINE_MS = 24 * 3_600_000;

// Crockford's base32 without I, L, O, U: nothing to misread when typed into a transfer note.
const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A payment's reference, e.g. "BYR-7K2M9Q4T": 40 random bits, so two open payments practically never share one
 * (the unique index is the last guard). It identifies the transfer: the buyer writes it in the transfer note and it
 * is the bill number of the dynamic QRIS. We chose this over a unique-code suffix (Rp 138.017 for Rp 138.000): the
 * amount then stays exactly what the ledger books for the orders, no stray rupiah belong to nobody, and two buyers
 * owing the same sum are still told apart.
 */
export function newPaymentReference(): string {
  let code = "";
  for (let i = 0; i < 8; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `BYR-${code}`;
}

export interface CheckoutOrder {
  id: string;
  subtotalIdr: bigint;
  deliveryFeeIdr: bigint;
  business: { name: string; cooperativeId: string | null };
}

/**
 * Splits a checkout's orders into payments, one per cooperative (the cooperative that accepted each order's
 * business): a buyer buying from two cooperatives pays each its own amount. A transfer needs a cooperative (its
 * treasurer confirms it), so a business outside any cooperative sells by cash on delivery only: with a transfer
 * chosen, such an order refuses the checkout (TransferNeedsCooperativeError, nothing written). Cash-on-delivery
 * payments are grouped the same way (orders without a cooperative together) and neither wait nor expire.
 */
export function splitPayments(orders: readonly CheckoutOrder[], method: PaymentMethod) {
  const groups = new Map<string | null, { cooperativeId: string | null; orderIds: string[]; amountIdr: bigint }>();
  for (const order of orders) {
    const cooperativeId = order.business.cooperativeId;
    if (method === "BANK_TRANSFER" && !cooperativeId) throw new TransferNeedsCooperativeError(order.business.name);
    const group = groups.get(cooperativeId) ?? { cooperativeId, orderIds: [], amountIdr: 0n };
    group.orderIds.push(order.id);
    group.amountIdr += amountDue(order);
    groups.set(cooperativeId, group);
  }
  return [...groups.values()].sort((a, b) => (a.cooperativeId ?? "").localeCompare(b.cooperativeId ?? ""));
}

/** Creates the checkout's payments (see splitPayments) and links each order to its payment. */
export async function createPayments(
  tx: Tx,
  checkout: { id: string; buyerId: string; paymentMethod: PaymentMethod },
  orders: readonly CheckoutOrder[],
  at: Date,
) {
  const transfer = checkout.paymentMethod === "BANK_TRANSFER";
  for (const group of splitPayments(orders, checkout.paymentMethod)) {
    const payment = await tx.payment.create({
      data: {
        reference: newPaymentReference(),
        checkoutId: checkout.id,
        buyerId: checkout.buyerId,
        cooperativeId: group.cooperativeId,
        kind: transfer ? "TRANSFER" : "CASH_ON_DELIVERY",
        status: transfer ? "AWAITING_PAYMENT" : "CASH_ON_DELIVERY",
        amountIdr: group.amountIdr,
        deadlineAt: transfer ? new Date(at.getTime() + PAYMENT_DEADLINE_MS) : null,
        createdAt: at,
      },
    });
    await tx.order.updateMany({ where: { id: { in: group.orderIds } }, data: { paymentId: payment.id } });
  }
}

/**
 * An unpaid order was cancelled: its payment now asks only for the orders left; with none left it is CANCELLED.
 * Conditional on the payment still waiting, so a payment already confirmed, expired or cancelled is left alone.
 */
export async function releaseOrderFromPayment(tx: Tx, paymentId: string | null) {
  if (!paymentId) return;
  const open = ["AWAITING_PAYMENT", "PROOF_SUBMITTED", "REJECTED", "CASH_ON_DELIVERY"] as const;
  const remaining = await tx.order.findMany({
    where: { paymentId, status: { not: "CANCELLED" } },
    select: { subtotalIdr: true, deliveryFeeIdr: true },
  });
  if (remaining.length === 0) {
    await tx.payment.updateMany({ where: { id: paymentId, status: { in: [...open] } }, data: { status: "CANCELLED" } });
    return;
  }
  const amountIdr = remaining.reduce((sum, order) => sum + amountDue(order), 0n);
  await tx.payment.updateMany({ where: { id: paymentId, status: { in: [...open] } }, data: { amountIdr } });
}
