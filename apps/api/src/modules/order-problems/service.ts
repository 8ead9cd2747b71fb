// Order problems: a buyer reports a problem with one order, the seller answers, and an officer (treasurer or chair)
// of the cooperative of the order's business resolves it: a refund through the ledger or a close with a reason.
// One function per state change (reportProblem, answerProblem, resolveProblem), so a notification can be added to
// each. No GraphQL here.
import type { OrderProblemKind, Prisma } from "@desa-migran/db";

import { assertId } from "../commerce/service.ts";
import { NotFoundError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import { accounts } from "../ledger/accounts.ts";
import { InsufficientFundsError } from "../ledger/errors.ts";
import { postEntry } from "../ledger/service.ts";
import { type BookingOptions, type Db, runMoneyFlow } from "../ledger/transaction.ts";
import { PaymentProofError } from "../payments/errors.ts";
import { newProofKey, processProof } from "../payments/proofs.ts";
import { amountDue } from "../payments/service.ts";
import type { MediaStorage } from "../photos/storage.ts";
import * as errors from "./errors.ts";

type Tx = Prisma.TransactionClient;

export interface Actor {
  id: string;
  isPlatformAdmin: boolean;
}

/**
 * How long after delivery a buyer may report a problem. Fourteen days: a parcel to a village is often received by a
 * neighbour or a village agent and opened days later, and a migrant buying for family abroad hears of a damaged
 * item only on the next call home; past two weeks the seller, who was already paid on delivery, must be able to
 * count on the money. Orders not yet delivered (paid, confirmed, shipped) have no window: they can always be reported.
 */
export const REPORT_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/** When the window to report a problem on a delivered order ends; null while the order is not delivered. */
export const reportWindowEndsAt = (deliveredAt: Date | null) =>
  deliveredAt ? new Date(deliveredAt.getTime() + REPORT_WINDOW_DAYS * DAY_MS) : null;

/** Orders a problem can be reported on: paid or later, or cash on delivery once shipped; never cancelled. */
export function isReportable(order: { status: string; paidAt: Date | null }) {
  if (!["PAID", "CONFIRMED", "SHIPPED", "DELIVERED"].includes(order.status)) return false;
  return order.paidAt !== null || order.status === "SHIPPED" || order.status === "DELIVERED";
}

/**
 * What can still be refunded on an order: what the buyer paid (goods plus delivery, once the money was booked:
 * confirmed transfer, or cash on delivery at delivery), less the refunds already made (earlier reports' refunds,
 * and the full refund of a paid order cancelled before shipping). Never below zero.
 */
export async function refundableIdr(db: Db, orderId: string): Promise<bigint> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { status: true, paidAt: true, subtotalIdr: true, deliveryFeeIdr: true },
  });
  if (!order?.paidAt || order.status === "CANCELLED") return 0n;
  const refunded = await db.orderProblem.aggregate({
    where: { orderId, status: "REFUNDED" },
    _sum: { refundIdr: true },
  });
  const left = amountDue(order) - (refunded._sum.refundIdr ?? 0n);
  return left > 0n ? left : 0n;
}

export interface ReportInput {
  orderId: string;
  kind: OrderProblemKind;
  description: string;
  /** One photo as proof (JPEG, PNG, WebP; re-encoded without metadata, stored privately). */
  photo?: Uint8Array | null;
}

/** Checks and prepares the photo: the payment proofs' path (private, re-encoded), photos only (no PDF). */
async function processPhoto(bytes: Uint8Array) {
  try {
    const processed = await processProof(bytes);
    if (processed.extension !== "webp") throw new errors.ProblemPhotoError("UNSUPPORTED_TYPE");
    return processed;
  } catch (error) {
    if (error instanceof PaymentProofError) throw new errors.ProblemPhotoError(error.reason);
    throw error;
  }
}

/**
 * The buyer reports a problem with one of their orders. Only the order's buyer (to anyone else it does not exist);
 * only a reportable order (isReportable), within REPORT_WINDOW_DAYS of delivery, and one open report per order (a
 * partial unique index is the last guard against two at once). The photo is checked and stored before the row is
 * written, and deleted again if the row is not.
 */
export async function reportProblem(
  db: Db,
  storage: MediaStorage,
  input: ReportInput,
  buyerId: string,
  options: BookingOptions = {},
) {
  assertId(input.orderId, "Order");
  const now = options.at ?? new Date();
  const order = await db.order.findUnique({
    where: { id: input.orderId },
    select: {
      id: true,
      buyerId: true,
      status: true,
      paidAt: true,
      deliveredAt: true,
      business: { select: { cooperativeId: true } },
    },
  });
  if (!order || order.buyerId !== buyerId) throw new NotFoundError("Order");
  if (!isReportable(order)) throw new errors.ProblemNotReportableError(order.status);
  const endsAt = reportWindowEndsAt(order.deliveredAt);
  if (endsAt && now > endsAt) throw new errors.ProblemWindowClosedError(order.deliveredAt!, REPORT_WINDOW_DAYS);
  const open = await db.orderProblem.count({ where: { orderId: order.id, status: "OPEN" } });
  if (open > 0) throw new errors.ProblemAlreadyOpenError();

  const photo = input.photo && input.photo.byteLength > 0 ? await processPhoto(input.photo) : null;
  const photoKey = photo ? newProofKey(photo.extension) : null;
  if (photo && photoKey) await storage.put(photoKey, photo.bytes, photo.contentType);
  try {
    return await db.orderProblem.create({
      data: {
        orderId: order.id,
        reporterId: buyerId,
        cooperativeId: order.business.cooperativeId,
        kind: input.kind,
        description: input.description,
        photoKey,
        photoContentType: photo?.contentType ?? null,
        createdAt: now,
      },
    });
  } catch (error) {
    if (photoKey) await storage.delete(photoKey).catch(() => undefined);
    if (isUniqueViolation(error)) throw new errors.ProblemAlreadyOpenError();
    throw error;
  }
}

/**
 * The seller answers the report (a note the buyer and the cooperative read); a later answer replaces the earlier
 * one while the report is open. Only the owner of the order's business: to anyone else it does not exist.
 */
export async function answerProblem(
  db: Db,
  input: { problemId: string; note: string },
  sellerId: string,
  options: BookingOptions = {},
) {
  assertId(input.problemId, "OrderProblem");
  const problem = await db.orderProblem.findUnique({
    where: { id: input.problemId },
    select: { id: true, status: true, order: { select: { business: { select: { ownerId: true } } } } },
  });
  if (!problem || problem.order.business.ownerId !== sellerId) throw new NotFoundError("OrderProblem");
  const { count } = await db.orderProblem.updateMany({
    where: { id: problem.id, status: "OPEN" },
    data: { sellerNote: input.note, sellerAnsweredAt: options.at ?? new Date() },
  });
  if (count === 0) throw new errors.ProblemAlreadyResolvedError(problem.status);
  return db.orderProblem.findUniqueOrThrow({ where: { id: problem.id } });
}

export type Resolution =
  { outcome: "REFUND"; amountIdr: bigint; note: string; key: string } | { outcome: "CLOSE"; note: string; key: string };

/** Who may resolve a report: see resolveProblem. Throws the reason when the actor may not. */
async function assertResolver(
  tx: Tx,
  problem: { cooperativeId: string | null; order: { business: { ownerId: string } } },
  resolution: Resolution,
  actor: Actor,
) {
  const isSeller = problem.order.business.ownerId === actor.id;
  if (!problem.cooperativeId) {
    // Cash on delivery only: the seller answers and closes; no money went through the platform.
    if (!isSeller) throw new NotFoundError("OrderProblem");
    if (resolution.outcome === "REFUND") throw new errors.RefundNeedsCooperativeError();
    return;
  }
  const office = await tx.cooperativeOfficer.findFirst({
    where: { cooperativeId: problem.cooperativeId, userId: actor.id },
    select: { role: true },
  });
  if (!office) throw new NotFoundError("OrderProblem");
  if (isSeller) throw new errors.OwnOrderProblemError();
  if (office.role !== "TREASURER" && office.role !== "CHAIR") throw new errors.ResolverRoleError();
}

/**
 * Resolves an open report, once:
 * - who: the treasurer or chair of the cooperative the order's business belonged to when reported, never the seller
 *   of the order; for a business outside any cooperative (cash on delivery only), the seller, by closing it;
 * - REFUND: whole rupiah, more than zero and at most refundableIdr (what the buyer paid less refunds already made).
 *   One balanced journal entry (key `order-problem:<id>:refund`): the buyer's money still held for the order (in
 *   transit, not yet settled) goes back first, the rest comes out of the seller's business account (money already
 *   settled to them on delivery; if it does not hold enough, errors.SellerFundsShortError and nothing moves). The
 *   cooperative's fee is not returned. The refund is paid out to the buyer by the cooperative (EXTERNAL);
 * - CLOSE: no money moves, the written reason is the outcome the buyer reads;
 * - the same request again (same `key`) returns the first outcome; another request on a resolved report is refused;
 * - audited (order_problem.refund / order_problem.close) in the same transaction.
 */
export async function resolveProblem(
  db: Db,
  problemId: string,
  resolution: Resolution,
  actor: Actor,
  options: BookingOptions = {},
) {
  assertId(problemId, "OrderProblem");
  try {
    return await runMoneyFlow(db, async (tx) => {
      // Row lock: two resolutions of one report take turns, and the second sees the first's outcome.
      await tx.$queryRaw`SELECT "id" FROM "OrderProblem" WHERE "id" = ${problemId}::uuid FOR UPDATE`;
      const problem = await tx.orderProblem.findUnique({
        where: { id: problemId },
        include: {
          order: { include: { business: { select: { id: true, name: true, ownerId: true, cooperativeId: true } } } },
        },
      });
      if (!problem) throw new NotFoundError("OrderProblem");
      await assertResolver(tx, problem, resolution, actor);
      if (problem.status !== "OPEN") {
        if (problem.resolutionKey === resolution.key) return { problem, replayed: true };
        throw new errors.ProblemAlreadyResolvedError(problem.status);
      }
      const now = options.at ?? new Date();
      let refundEntryId: string | null = null;
      if (resolution.outcome === "REFUND") {
        refundEntryId = await bookRefund(tx, problem, resolution.amountIdr, actor.id, options.at);
      }
      const resolved = await tx.orderProblem.update({
        where: { id: problem.id },
        data: {
          status: resolution.outcome === "REFUND" ? "REFUNDED" : "CLOSED",
          refundIdr: resolution.outcome === "REFUND" ? resolution.amountIdr : null,
          refundEntryId,
          resolutionNote: resolution.note,
          resolutionKey: resolution.key,
          resolvedById: actor.id,
          resolvedAt: now,
        },
      });
      await tx.auditLog.create({
        data: {
          actorUserId: actor.id,
          action: resolution.outcome === "REFUND" ? "order_problem.refund" : "order_problem.close",
          targetType: "OrderProblem",
          targetId: problem.id,
          data: {
            orderId: problem.orderId,
            orderNumber: problem.order.number,
            amountIdr: resolution.outcome === "REFUND" ? resolution.amountIdr.toString() : null,
            note: resolution.note,
          },
        },
      });
      return { problem: resolved, replayed: false };
    });
  } catch (error) {
    if (error instanceof InsufficientFundsError) throw new errors.SellerFundsShortError();
    throw error;
  }
}

async function bookRefund(
  tx: Tx,
  problem: {
    id: string;
    orderId: string;
    order: { id: string; number: string; business: { id: string; name: string } };
  },
  amountIdr: bigint,
  actorId: string,
  at?: Date,
) {
  const refundable = await refundableIdr(tx, problem.orderId);
  if (amountIdr <= 0n || amountIdr > refundable) throw new errors.RefundExceedsPaidError(refundable);
  const inTransit = accounts.orderInTransit(problem.order.id, problem.order.number);
  const held = (await tx.account.findUnique({ where: { key: inTransit.key }, select: { balance: true } }))?.balance;
  const fromHeld = held && held > 0n ? (held < amountIdr ? held : amountIdr) : 0n;
  const fromSeller = amountIdr - fromHeld;
  const { entry } = await postEntry(tx, {
    idempotencyKey: `order-problem:${problem.id}:refund`,
    kind: "ORDER_PROBLEM_REFUND",
    memo: `Pengembalian dana masalah pesanan ${problem.order.number}`,
    request: { problemId: problem.id, orderId: problem.orderId, amount: amountIdr },
    createdById: actorId,
    at,
    postings: [
      { account: inTransit, amount: -fromHeld },
      {
        account: accounts.businessOperating(problem.order.business.id, problem.order.business.name),
        amount: -fromSeller,
      },
      { account: accounts.external(), amount: amountIdr },
    ],
  });
  return entry.id;
}

/** The cooperative whose queue a report is in, for authorization; null when none (or no such report). */
export async function cooperativeIdOfProblem(db: Db, problemId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(problemId)) return null;
  const problem = await db.orderProblem.findUnique({ where: { id: problemId }, select: { cooperativeId: true } });
  return problem?.cooperativeId ?? null;
}
