// The events that send messages, one function each, called with one line from the service where the event happens
// and inside its transaction (so a rolled-back event leaves no message). Each reads what its message needs itself,
// so the calling service does not change shape. No GraphQL here.
import type { Prisma } from "@desa-migran/db";

import { wibDay } from "../funding/schedule.ts";
import { queueMessage, queueMessages } from "./service.ts";

type Tx = Prisma.TransactionClient;

/** A checkout was placed: the buyer gets one message for it, each seller one for their order. */
export async function notifyOrdersPlaced(tx: Tx, checkoutId: string) {
  const checkout = await tx.checkout.findUniqueOrThrow({
    where: { id: checkoutId },
    select: {
      buyerId: true,
      paymentMethod: true,
      orders: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          subtotalIdr: true,
          deliveryFeeIdr: true,
          business: { select: { name: true, ownerId: true } },
        },
      },
    },
  });
  const totalIdr = checkout.orders.reduce((sum, o) => sum + o.subtotalIdr + o.deliveryFeeIdr, 0n);
  await queueMessage(tx, checkout.buyerId, "order.placed.buyer", {
    orderNumbers: checkout.orders.map((o) => o.number),
    totalIdr,
    transfer: checkout.paymentMethod !== "CASH_ON_DELIVERY",
  });
  for (const order of checkout.orders) {
    await queueMessage(tx, order.business.ownerId, "order.placed.seller", {
      orderNumber: order.number,
      businessName: order.business.name,
      subtotalIdr: order.subtotalIdr,
    });
  }
}

/**
 * The treasurer confirmed a payment: the buyer hears that the payment (and so each of its orders) is paid, each
 * seller that their order is paid and may ship. One message to the buyer, not one per order: it is one payment.
 */
export async function notifyPaymentConfirmed(tx: Tx, paymentId: string) {
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: {
      buyerId: true,
      reference: true,
      amountIdr: true,
      orders: {
        where: { status: "PAID" },
        orderBy: { number: "asc" },
        select: { number: true, business: { select: { name: true, ownerId: true } } },
      },
    },
  });
  await queueMessage(tx, payment.buyerId, "payment.confirmed", {
    reference: payment.reference,
    amountIdr: payment.amountIdr,
    orderNumbers: payment.orders.map((o) => o.number),
  });
  for (const order of payment.orders) {
    await queueMessage(tx, order.business.ownerId, "order.paid.seller", {
      orderNumber: order.number,
      businessName: order.business.name,
    });
  }
}

/** The treasurer rejected a proof of payment: the buyer reads the reason. */
export async function notifyPaymentRejected(tx: Tx, paymentId: string) {
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: paymentId },
    select: { id: true, buyerId: true, reference: true, rejectReason: true },
  });
  await queueMessage(tx, payment.buyerId, "payment.rejected", {
    paymentId: payment.id,
    reference: payment.reference,
    reason: payment.rejectReason ?? "",
  });
}

/**
 * An order was cancelled by `actorId`: the other party hears of it (the seller when the buyer cancelled, the buyer
 * when the seller did). Cancelled by someone else (an admin), both do.
 */
export async function notifyOrderCancelled(tx: Tx, orderId: string, actorId: string | null) {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { number: true, buyerId: true, cancelReason: true, business: { select: { ownerId: true } } },
  });
  const data = { orderNumber: order.number, reason: order.cancelReason ?? "" };
  if (actorId !== order.buyerId) await queueMessage(tx, order.buyerId, "order.cancelled", { ...data, toSeller: false });
  if (actorId !== order.business.ownerId) {
    await queueMessage(tx, order.business.ownerId, "order.cancelled", { ...data, toSeller: true });
  }
}

/** The order left the seller (`order.shipped`) or reached the buyer (`order.delivered`): the buyer hears of it. */
export async function notifyOrderShipment(tx: Tx, orderId: string, kind: "order.shipped" | "order.delivered") {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { number: true, buyerId: true, business: { select: { name: true } } },
  });
  await queueMessage(tx, order.buyerId, kind, { orderNumber: order.number, businessName: order.business.name });
}

const roundSelect = {
  id: true,
  title: true,
  slug: true,
  targetIdr: true,
  business: { select: { ownerId: true } },
} as const;

/** The users who are members of a household with an active (or repaid) pledge to the round: its investors. */
async function investorUserIds(tx: Tx, roundId: string): Promise<string[]> {
  const users = await tx.user.findMany({
    where: {
      person: {
        households: { some: { household: { pledges: { some: { roundId, status: "ACTIVE" } } } } },
      },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((u) => u.id);
}

/**
 * A step of a funding round: approved by the cooperative and opened (the entrepreneur hears), or fully funded (the
 * entrepreneur and every investing household's members).
 */
export async function notifyRound(tx: Tx, roundId: string, kind: "round.approved" | "round.opened" | "round.funded") {
  const round = await tx.fundingRound.findUniqueOrThrow({ where: { id: roundId }, select: roundSelect });
  const owner = round.business.ownerId;
  if (kind === "round.approved") return void (await queueMessage(tx, owner, kind, { roundTitle: round.title }));
  if (kind === "round.opened") {
    return void (await queueMessage(tx, owner, kind, { roundTitle: round.title, slug: round.slug }));
  }
  const data = { roundTitle: round.title, slug: round.slug, targetIdr: round.targetIdr };
  await queueMessage(tx, owner, kind, { ...data, toInvestor: false });
  const investors = (await investorUserIds(tx, roundId)).filter((id) => id !== owner);
  await queueMessages(tx, investors, kind, { ...data, toInvestor: true });
}

/**
 * The arrears sweep (jobs.ts): every instalment of a repaying round whose due day (WIB) has passed and that is not
 * fully paid is told once to each member of each investing household (a dedupe key per instalment and person, so
 * running the sweep again, or on two replicas, sends nothing twice). Returns the messages queued.
 */
export async function notifyArrears(tx: Tx, now: Date): Promise<number> {
  const today = wibDay(now);
  const rows = await tx.repaymentSchedule.findMany({
    where: { dueOn: { lt: today }, round: { status: "REPAYING" } },
    select: {
      id: true,
      dueOn: true,
      principalIdr: true,
      returnIdr: true,
      roundId: true,
      repayments: { select: { amountIdr: true } },
      round: { select: { title: true, slug: true } },
    },
    orderBy: [{ dueOn: "asc" }, { id: "asc" }],
  });
  let queued = 0;
  for (const row of rows) {
    const paid = row.repayments.reduce((sum, r) => sum + r.amountIdr, 0n);
    const owed = row.principalIdr + row.returnIdr - paid;
    if (owed <= 0n) continue;
    for (const userId of await investorUserIds(tx, row.roundId)) {
      const sent = await queueMessage(
        tx,
        userId,
        "round.arrears",
        { roundTitle: row.round.title, slug: row.round.slug, dueOn: row.dueOn, owedIdr: owed },
        { dedupeKey: `round.arrears:${row.id}:${userId}` },
      );
      if (sent) queued++;
    }
  }
  return queued;
}

/** A protection case changed status (or was handed over): its handling officer hears, without its details. */
export async function notifyCaseStep(tx: Tx, caseId: string, assigned = false) {
  const found = await tx.protectionCase.findUniqueOrThrow({
    where: { id: caseId },
    select: { id: true, status: true, handlerId: true },
  });
  if (!found.handlerId) return;
  await queueMessage(tx, found.handlerId, "protection.case.step", {
    caseId: found.id,
    status: found.status,
    assigned,
  });
}

/**
 * A prospective migrant's passport or work contract expires soon (the migration desk's sweep): every officer of the
 * village hears once per document and expiry date (a dedupe key per episode, document, date and officer, so a
 * rerun sends nothing twice and a new date is told again), without the person's name. Returns the messages queued.
 */
export async function notifyDocumentExpiring(
  tx: Tx,
  d: { episodeId: string; document: "PASSPORT" | "CONTRACT"; expiresOn: Date; villageId: string; villageSlug: string },
): Promise<number> {
  const officers = await tx.villageOfficer.findMany({
    where: { villageId: d.villageId },
    select: { userId: true },
    orderBy: { createdAt: "asc" },
  });
  let queued = 0;
  for (const { userId } of officers) {
    const day = d.expiresOn.toISOString().slice(0, 10);
    const sent = await queueMessage(
      tx,
      userId,
      "migration.document.expiring",
      { document: d.document, expiresOn: d.expiresOn, villageSlug: d.villageSlug },
      { dedupeKey: `migration.document.expiring:${d.episodeId}:${d.document}:${day}:${userId}` },
    );
    if (sent) queued++;
  }
  return queued;
}
