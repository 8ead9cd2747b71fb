// A payment's life after checkout: the buyer sends a proof of transfer, the cooperative's treasurer confirms (the
// orders become PAID and the money is booked) or rejects it with a reason (the buyer may send another), and a payment
// still unpaid at its deadline expires (its orders are cancelled and their stock released). Every step is one
// conditional UPDATE on the status it was read in, so two at once (a confirmation racing the expiry sweep) cannot
// both win. No GraphQL here.
import type { PaymentStatus, Prisma } from "@desa-migran/db";

import { assertId } from "../commerce/service.ts";
import { NotFoundError } from "../common/errors.ts";
import type { BookingOptions, Db } from "../ledger/transaction.ts";
import { runMoneyFlow } from "../ledger/transaction.ts";
import { notifyPaymentConfirmed, notifyPaymentRejected } from "../messages/events.ts";
import { restock } from "../orders/service.ts";
import type { MediaStorage } from "../photos/storage.ts";
import { OwnBusinessPaymentError, PaymentStatusError } from "./errors.ts";
import { newProofKey, processProof } from "./proofs.ts";
import { manualPayment } from "./service.ts";

type Tx = Prisma.TransactionClient;

export interface Actor {
  id: string;
  isPlatformAdmin: boolean;
}

/** Statuses in which money is still owed; an expired, confirmed or cancelled payment takes no more steps. */
const OPEN: PaymentStatus[] = ["AWAITING_PAYMENT", "PROOF_SUBMITTED", "REJECTED"];
/** Statuses the expiry sweep ends at the deadline. A submitted proof waits for the treasurer, whatever the hour. */
const EXPIRING: PaymentStatus[] = ["AWAITING_PAYMENT", "REJECTED"];

/** Moves a payment from one of `from` to `to` with one conditional UPDATE; the loser of a race gets the new status. */
async function move(tx: Tx, paymentId: string, from: PaymentStatus[], data: Prisma.PaymentUncheckedUpdateManyInput) {
  const { count } = await tx.payment.updateMany({ where: { id: paymentId, status: { in: from } }, data });
  if (count === 0) {
    const now = await tx.payment.findUnique({ where: { id: paymentId }, select: { status: true } });
    if (!now) throw new NotFoundError("Payment");
    throw new PaymentStatusError(now.status);
  }
}

/** The cooperative a payment is made to, for authorization; null when there is no such payment. */
export async function cooperativeIdOfPayment(db: Db, paymentId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(paymentId)) return null;
  const payment = await db.payment.findUnique({ where: { id: paymentId }, select: { cooperativeId: true } });
  return payment?.cooperativeId ?? null;
}

export interface ProofInput {
  paymentId: string;
  bytes: Uint8Array;
  /** What the buyer says they transferred (whole rupiah), shown to the treasurer beside the amount expected. */
  provenAmountIdr: bigint;
}

/**
 * The buyer's proof of transfer. Only the buyer of the payment (to anyone else it does not exist), only while it is
 * open (waiting, or rejected and sent again). The file is checked and stored before the row changes; a file whose
 * row change then loses is deleted again.
 */
export async function submitPaymentProof(
  prisma: Db,
  storage: MediaStorage,
  input: ProofInput,
  buyerId: string,
  options: BookingOptions = {},
) {
  assertId(input.paymentId, "Payment");
  const payment = await prisma.payment.findUnique({ where: { id: input.paymentId } });
  if (!payment || payment.buyerId !== buyerId) throw new NotFoundError("Payment");
  if (payment.kind !== "TRANSFER" || !OPEN.includes(payment.status)) throw new PaymentStatusError(payment.status);
  const proof = await processProof(input.bytes);
  const key = newProofKey(proof.extension);
  await storage.put(key, proof.bytes, proof.contentType);
  let updated;
  try {
    updated = await runMoneyFlow(prisma, async (tx) => {
      await move(tx, payment.id, OPEN, {
        status: "PROOF_SUBMITTED",
        proofKey: key,
        proofContentType: proof.contentType,
        provenAmountIdr: input.provenAmountIdr,
        proofSubmittedAt: options.at ?? new Date(),
        rejectReason: null,
      });
      return tx.payment.findUniqueOrThrow({ where: { id: payment.id } });
    });
  } catch (error) {
    await storage.delete(key);
    throw error;
  }
  // The proof it replaces (after a rejection) is no longer shown to anyone.
  if (payment.proofKey) await storage.delete(payment.proofKey).catch(() => undefined);
  return updated;
}

/** A treasurer may not decide a payment to their own business. */
async function assertNotOwnBusiness(tx: Tx, paymentId: string, actor: Actor) {
  const own = await tx.order.count({ where: { paymentId, business: { ownerId: actor.id } } });
  if (own > 0) throw new OwnBusinessPaymentError();
}

/**
 * The treasurer saw the money: the payment is CONFIRMED, each of its orders still waiting becomes PAID and its
 * payment is booked on the ledger (external → order in transit), all in one transaction. Allowed from any open
 * status (a transfer seen on the bank statement needs no uploaded proof). Scope checks who is treasurer; here: not a
 * seller in this payment.
 */
export function confirmPayment(prisma: Db, paymentId: string, actor: Actor, options: BookingOptions = {}) {
  assertId(paymentId, "Payment");
  return runMoneyFlow(prisma, async (tx) => {
    await assertNotOwnBusiness(tx, paymentId, actor);
    const now = options.at ?? new Date();
    await move(tx, paymentId, OPEN, { status: "CONFIRMED", decidedById: actor.id, decidedAt: now });
    const orders = await tx.order.findMany({ where: { paymentId, status: "PENDING_PAYMENT" }, orderBy: { id: "asc" } });
    for (const order of orders) {
      const { count } = await tx.order.updateMany({
        where: { id: order.id, status: "PENDING_PAYMENT" },
        data: { status: "PAID", paidAt: now },
      });
      if (count === 1) await manualPayment.confirm(tx, { ...order, status: "PAID", paidAt: now }, actor.id, options.at);
    }
    await notifyPaymentConfirmed(tx, paymentId);
    return tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  });
}

/** The treasurer did not find the money: REJECTED with the reason the buyer reads; they may send another proof. */
export function rejectPayment(
  prisma: Db,
  paymentId: string,
  reason: string,
  actor: Actor,
  options: BookingOptions = {},
) {
  assertId(paymentId, "Payment");
  return runMoneyFlow(prisma, async (tx) => {
    await assertNotOwnBusiness(tx, paymentId, actor);
    await move(tx, paymentId, ["PROOF_SUBMITTED"], {
      status: "REJECTED",
      rejectReason: reason,
      decidedById: actor.id,
      decidedAt: options.at ?? new Date(),
    });
    await notifyPaymentRejected(tx, paymentId);
    return tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
  });
}

export const EXPIRED_REASON = "Tidak dibayar sebelum batas waktu. / Not paid before the deadline.";

/**
 * Expires the payments still unpaid at `now` (waiting, or rejected without a new proof), at most `limit` per call:
 * each in its own transaction, the payment's status change first (conditional: a payment confirmed meanwhile is
 * left alone), then each order still PENDING_PAYMENT is cancelled (conditional too) and only then restocked. Run
 * twice, or by two processes at once, the stock comes back exactly once. Returns how many payments expired.
 */
export async function expireOverduePayments(db: Db, now: Date, limit = 100): Promise<number> {
  const due = await db.payment.findMany({
    where: { status: { in: EXPIRING }, deadlineAt: { lte: now } },
    orderBy: { deadlineAt: "asc" },
    take: limit,
    select: { id: true },
  });
  let expired = 0;
  for (const { id } of due) {
    const done = await runMoneyFlow(db, async (tx) => {
      const { count } = await tx.payment.updateMany({
        where: { id, status: { in: EXPIRING }, deadlineAt: { lte: now } },
        data: { status: "EXPIRED", expiredAt: now },
      });
      if (count === 0) return false;
      const orders = await tx.order.findMany({
        where: { paymentId: id, status: "PENDING_PAYMENT" },
        select: { id: true },
      });
      for (const order of orders) {
        const cancelled = await tx.order.updateMany({
          where: { id: order.id, status: "PENDING_PAYMENT" },
          data: { status: "CANCELLED", cancelledAt: now, cancelReason: EXPIRED_REASON },
        });
        if (cancelled.count === 1) await restock(tx, order.id);
      }
      return true;
    });
    if (done) expired++;
  }
  return expired;
}
