import type { Order, Prisma } from "@desa-migran/db";

import { accounts } from "../ledger/accounts.ts";
import { postEntry } from "../ledger/service.ts";

type Tx = Prisma.TransactionClient;

/**
 * How a buyer pays. The built-in provider is manual: bank transfer or cash on delivery, confirmed by the seller
 * once the money is in hand. A gateway would implement the same interface and confirm from its webhook.
 */
export interface PaymentProvider {
  readonly name: string;
  /** Called when the seller (or a gateway webhook) confirms the money arrived; `at` books it (default: now). */
  confirm(tx: Tx, order: Order, actorId: string, at?: Date): Promise<void>;
}

/** The cooperative's fee on an order: basis points of the subtotal, rounded down to the whole rupiah. */
export const marketplaceFee = (subtotalIdr: bigint, feeBps: number): bigint => (subtotalIdr * BigInt(feeBps)) / 10_000n;

/** What the buyer pays for an order: the goods plus delivery (the marketplace fee comes out of the seller's side). */
export const amountDue = (order: Pick<Order, "subtotalIdr" | "deliveryFeeIdr">): bigint =>
  order.subtotalIdr + order.deliveryFeeIdr;

// Each entry below takes an optional booking time `at` (default: now); only the demo seed back-dates.

/** Money arrives from outside and is held in transit until the order is delivered. */
export async function recordOrderPayment(tx: Tx, order: Order, actorId: string, at?: Date) {
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

/** On delivery the money in transit goes to the seller, less the cooperative's (or platform's) fee. */
export async function settleOrder(
  tx: Tx,
  order: Order & { business: { id: string; name: string; cooperativeId: string | null } },
  actorId: string,
  at?: Date,
) {
  const feeAccount = order.business.cooperativeId
    ? accounts.cooperativeFeeIncome(order.business.cooperativeId)
    : accounts.platformFeeIncome();
  await postEntry(tx, {
    idempotencyKey: `order:${order.id}:settlement`,
    kind: "ORDER_SETTLEMENT",
    memo: `Penyelesaian pesanan ${order.number}`,
    request: { orderId: order.id, amount: amountDue(order), fee: order.feeIdr },
    createdById: actorId,
    at,
    postings: [
      { account: accounts.orderInTransit(order.id, order.number), amount: -amountDue(order) },
      {
        account: accounts.businessOperating(order.business.id, order.business.name),
        amount: amountDue(order) - order.feeIdr,
      },
      { account: feeAccount, amount: order.feeIdr },
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
