// Rules of checkout and of an order's life: PENDING_PAYMENT → PAID (its cooperative's treasurer confirmed the payment,
// payments/treasury.ts) → CONFIRMED → SHIPPED → DELIVERED, or CANCELLED
// before shipping. Stock is reserved at checkout and returned on cancellation; money moves through payments/service.ts
// in the same transaction as the status change. No GraphQL here.
import type { DeliveryMethod, Order, OrderStatus, PaymentMethod, Prisma } from "@desa-migran/db";

import { InsufficientStockError, ProductNotPublishedError } from "../commerce/errors.ts";
import { assertId } from "../commerce/service.ts";
import { NotFoundError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import { TrackingNumberRequiredError } from "../delivery/errors.ts";
import { autoCompleteDaysFor, quoteDelivery } from "../delivery/service.ts";
import { IdempotencyConflictError } from "../ledger/errors.ts";
import { type BookingOptions, type Db, isTopLevelClient, runMoneyFlow } from "../ledger/transaction.ts";
import { notifyOrderCancelled, notifyOrderShipment, notifyOrdersPlaced } from "../messages/events.ts";
import {
  type CheckoutOrder,
  createPayments,
  manualPayment,
  marketplaceFee,
  refundOrder,
  releaseOrderFromPayment,
  settleOrder,
} from "../payments/service.ts";
import { checkWholesaleLine, type WholesaleLine, wholesaleUnitPrice } from "../wholesale/service.ts";
import {
  EmptyCartError,
  InvalidOrderTransitionError,
  OrderNotCancellableError,
  ReceiptIsTheBuyersError,
} from "./errors.ts";

type Tx = Prisma.TransactionClient;

export interface Actor {
  id: string;
  isPlatformAdmin: boolean;
}

/** Transactions here touch a handful of rows, but may wait on others' locks under load. */
const TX_OPTIONS = { timeout: 30_000, maxWait: 30_000 } as const;

/** Arbitrary constant key of the advisory lock that serialises order numbering (held only until commit). */
const ORDER_NUMBER_LOCK = 7_301_117;

/** Year and month in Western Indonesian Time (UTC+7), as "YYMM": an order placed 1 Dec 2026 05:00 WIB is 2612. */
export function orderMonth(at: Date): string {
  const wib = new Date(at.getTime() + 7 * 3_600_000);
  return `${String(wib.getUTCFullYear() % 100).padStart(2, "0")}${String(wib.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * The next `count` order numbers, `DM-<YYMM>-<serial>`, the serial counting from 000001 each month. A
 * transaction-scoped advisory lock makes concurrent checkouts take turns here (after they reserved stock, so the
 * lock is never held while waiting on a product row); the unique index on Order.number is the last guard.
 */
async function nextOrderNumbers(tx: Tx, at: Date, count: number): Promise<string[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ORDER_NUMBER_LOCK})`;
  const prefix = `DM-${orderMonth(at)}-`;
  const last = await tx.order.findFirst({
    where: { number: { startsWith: prefix } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const start = last ? Number.parseInt(last.number.slice(prefix.length), 10) : 0;
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i + 1).padStart(6, "0")}`);
}

// ───────────────────────── Checkout ─────────────────────────

export interface PlaceOrderInput {
  idempotencyKey: string;
  paymentMethod: PaymentMethod;
  recipientName: string;
  phone: string;
  address: string;
  /** The regency (kabupaten/kota) of the address; own delivery is priced by it. */
  regencyId?: string | null;
  /** How each business's order is delivered; a business left out gets pickup if it offers it (see quoteDelivery). */
  deliveries?: readonly { businessId: string; method: DeliveryMethod }[] | null;
  /**
   * A wholesale order between villages (wholesale/README.md): one line of one product, bought by an officer on behalf
   * of their cooperative (recorded as the order's `buyerCooperativeId`) and priced by the product's quantity tiers.
   * It takes the line from here instead of the cart, and leaves the cart alone; everything else is checkout as usual.
   */
  wholesale?: WholesaleLine | null;
}

async function findReplay(prisma: Db, buyerId: string, idempotencyKey: string) {
  const existing = await prisma.checkout.findUnique({ where: { idempotencyKey } });
  if (!existing) return null;
  // Another buyer's key: refuse without revealing anything about their checkout.
  if (existing.buyerId !== buyerId) throw new IdempotencyConflictError(idempotencyKey);
  return existing;
}

/**
 * Turns the buyer's cart into one Checkout and one Order per business, atomically:
 * - every line reserves its stock with one conditional UPDATE (`stock >= quantity`, still PUBLISHED), so
 *   concurrent checkouts can never oversell; one short line fails the whole checkout and nothing is written;
 * - order lines copy the product's name and unit price as they are at that moment;
 * - each order's fee is the cooperative's marketplace fee on its subtotal (0 without a cooperative);
 * - each order's delivery is the buyer's choice for its business, priced by delivery/service.ts `quoteDelivery`
 *   (own delivery by the regency of the address; a regency not served refuses the whole checkout); its fee is
 *   `deliveryFeeIdr`, paid with the goods (payments `amountDue`);
 * - the cart is emptied.
 * A wholesale checkout (`input.wholesale`) orders its one line instead of the cart, at the tier price its quantity
 * reaches (checked by wholesale/service.ts before any stock is reserved), and records the buying cooperative.
 * A replay with the same idempotency key returns the first checkout and changes nothing (`replayed: true`).
 * Every step below is timed by `options.at` (default: now); only the demo seed back-dates.
 */
export async function placeOrder(prisma: Db, buyerId: string, input: PlaceOrderInput, options: BookingOptions = {}) {
  const replay = await findReplay(prisma, buyerId, input.idempotencyKey);
  if (replay) return { checkout: replay, replayed: true };
  try {
    const checkout = isTopLevelClient(prisma)
      ? await prisma.$transaction((tx) => placeOrderIn(tx, buyerId, input, options), TX_OPTIONS)
      : await placeOrderIn(prisma, buyerId, input, options);
    return { checkout, replayed: false };
  } catch (error) {
    // Two requests with one key raced: the loser hit the unique index and rolled back; answer with the winner's.
    if (isUniqueViolation(error, /idempotencyKey/i)) {
      const winner = await findReplay(prisma, buyerId, input.idempotencyKey);
      if (winner) return { checkout: winner, replayed: true };
    }
    throw error;
  }
}

async function placeOrderIn(tx: Tx, buyerId: string, input: PlaceOrderInput, options: BookingOptions) {
  const wholesale = input.wholesale ?? null;
  const tier = wholesale ? await checkWholesaleLine(tx, wholesale) : null;
  // Product order: two checkouts lock shared products in the same order, so they cannot deadlock.
  const items: { id: string | null; productId: string; quantity: number }[] = wholesale
    ? [{ id: null, productId: wholesale.productId, quantity: wholesale.quantity }]
    : await tx.cartItem.findMany({
        where: { userId: buyerId },
        orderBy: { productId: "asc" },
        select: { id: true, productId: true, quantity: true },
      });
  if (items.length === 0) throw new EmptyCartError();

  for (const item of items) {
    const { count } = await tx.product.updateMany({
      where: { id: item.productId, status: "PUBLISHED", stock: { gte: item.quantity } },
      data: { stock: { decrement: item.quantity } },
    });
    if (count === 0) {
      const product = await tx.product.findUnique({
        where: { id: item.productId },
        select: { stock: true, status: true },
      });
      if (!product || product.status !== "PUBLISHED") throw new ProductNotPublishedError(item.productId);
      throw new InsufficientStockError(item.productId, product.stock, item.quantity);
    }
  }

  // The rows are locked by this transaction now: what we read is what we sold.
  const products = await tx.product.findMany({
    where: { id: { in: items.map((i) => i.productId) } },
    select: {
      id: true,
      name: true,
      priceIdr: true,
      businessId: true,
      business: {
        select: { name: true, status: true, cooperativeId: true, cooperative: { select: { marketplaceFeeBps: true } } },
      },
    },
  });
  const productById = new Map(products.map((p) => [p.id, p]));
  const byBusiness = new Map<
    string,
    {
      feeBps: number | null;
      lines: Prisma.OrderLineCreateWithoutOrderInput[];
      subtotal: bigint;
      delivery?: Awaited<ReturnType<typeof quoteDelivery>>;
    }
  >();
  for (const item of items) {
    const product = productById.get(item.productId)!;
    if (product.business.status !== "ACTIVE") throw new ProductNotPublishedError(product.id);
    const group = byBusiness.get(product.businessId) ?? {
      feeBps: product.business.cooperative?.marketplaceFeeBps ?? null,
      lines: [],
      subtotal: 0n,
    };
    // Frozen here: a later change of the price or the tiers never moves a placed order.
    const unitPrice = tier ? wholesaleUnitPrice(tier, product.priceIdr) : product.priceIdr;
    const lineTotal = unitPrice * BigInt(item.quantity);
    group.lines.push({
      product: { connect: { id: product.id } },
      productName: product.name,
      unitPriceIdr: unitPrice,
      quantity: item.quantity,
      lineTotalIdr: lineTotal,
      wholesaleMinQuantity: tier && unitPrice === tier.unitPriceIdr ? tier.minQuantity : null,
    });
    group.subtotal += lineTotal;
    byBusiness.set(product.businessId, group);
  }

  const groups = [...byBusiness.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  const regencyId = input.regencyId ?? null;
  if (regencyId) assertId(regencyId, "Regency");
  for (const [businessId] of groups) {
    const product = products.find((p) => p.businessId === businessId)!;
    const method = input.deliveries?.find((d) => d.businessId === businessId)?.method ?? null;
    const quote = await quoteDelivery(tx, { id: businessId, name: product.business.name }, method, regencyId);
    byBusiness.get(businessId)!.delivery = quote;
  }
  const totalIdr = groups.reduce((sum, [, g]) => sum + g.subtotal + (g.delivery?.feeIdr ?? 0n), 0n);
  const checkout = await tx.checkout.create({
    data: {
      buyerId,
      idempotencyKey: input.idempotencyKey,
      totalIdr,
      paymentMethod: input.paymentMethod,
      recipientName: input.recipientName,
      phone: input.phone,
      address: input.address,
      regencyId,
      createdAt: options.at,
    },
  });
  const placedAt = options.at ?? new Date();
  const numbers = await nextOrderNumbers(tx, placedAt, groups.length);
  const created: CheckoutOrder[] = [];
  for (const [i, [businessId, group]] of groups.entries()) {
    const order = await tx.order.create({
      data: {
        number: numbers[i]!,
        checkoutId: checkout.id,
        businessId,
        buyerId,
        subtotalIdr: group.subtotal,
        feeIdr: group.feeBps === null ? 0n : marketplaceFee(group.subtotal, group.feeBps),
        deliveryFeeIdr: group.delivery!.feeIdr,
        deliveryMethod: group.delivery!.method,
        deliveryRegencyId: group.delivery!.method === "OWN_DELIVERY" ? regencyId : null,
        pickupAddress: group.delivery!.pickupAddress,
        pickupHours: group.delivery!.pickupHours,
        placedAt,
        buyerCooperativeId: wholesale?.cooperativeId ?? null,
        lines: { create: group.lines },
      },
      select: {
        id: true,
        subtotalIdr: true,
        deliveryFeeIdr: true,
        business: { select: { name: true, cooperativeId: true } },
      },
    });
    created.push(order);
  }
  // One payment per cooperative; a transfer to a business outside any cooperative refuses the whole checkout.
  await createPayments(tx, checkout, created, placedAt);
  const cartItemIds = items.flatMap((i) => (i.id ? [i.id] : []));
  if (cartItemIds.length > 0) await tx.cartItem.deleteMany({ where: { id: { in: cartItemIds } } });
  await notifyOrdersPlaced(tx, checkout.id);
  return checkout;
}

// ───────────────────────── Order life ─────────────────────────

const withBusiness = { business: { select: { id: true, name: true, cooperativeId: true, ownerId: true } } } as const;
type OrderWithBusiness = Order & {
  business: { id: string; name: string; cooperativeId: string | null; ownerId: string };
};

/**
 * Moves an order to `to` if `allowed(order)`, with one conditional UPDATE on the status it was read in: two
 * concurrent steps on one order cannot both succeed (the loser sees InvalidOrderTransitionError).
 */
async function transition(
  tx: Tx,
  orderId: string,
  to: OrderStatus,
  allowed: (order: OrderWithBusiness) => boolean,
  data: (order: OrderWithBusiness) => Prisma.OrderUpdateManyMutationInput,
  refuse: (order: OrderWithBusiness) => Error = (order) => new InvalidOrderTransitionError(order.status, to),
  visible: (order: OrderWithBusiness) => boolean = () => true,
): Promise<{ before: OrderWithBusiness; after: OrderWithBusiness }> {
  assertId(orderId, "Order");
  const before = await tx.order.findUnique({ where: { id: orderId }, include: withBusiness });
  if (!before || !visible(before)) throw new NotFoundError("Order");
  if (!allowed(before)) throw refuse(before);
  const { count } = await tx.order.updateMany({
    where: { id: orderId, status: before.status },
    data: { ...data(before), status: to },
  });
  const after = await tx.order.findUniqueOrThrow({ where: { id: orderId }, include: withBusiness });
  if (count === 0) throw refuse(after);
  return { before, after };
}

/** Puts every line's units back on the shelf. Callers first win the conditional status change, so it runs once. */
export async function restock(tx: Tx, orderId: string) {
  const lines = await tx.orderLine.findMany({
    where: { orderId },
    orderBy: { productId: "asc" },
    select: { productId: true, quantity: true },
  });
  for (const line of lines) {
    await tx.product.update({ where: { id: line.productId }, data: { stock: { increment: line.quantity } } });
  }
}

/**
 * Cancels an order and undoes its effects in one transaction: stock is returned and, if the money had arrived,
 * it is refunded to the buyer in full.
 */
async function cancel(
  prisma: Db,
  orderId: string,
  reason: string,
  actor: Actor,
  allowedFrom: OrderStatus[],
  refuse: (order: Order) => Error,
  visible: (order: OrderWithBusiness) => boolean,
  options: BookingOptions,
) {
  return runMoneyFlow(prisma, async (tx) => {
    const { before, after } = await transition(
      tx,
      orderId,
      "CANCELLED",
      (order) => allowedFrom.includes(order.status),
      () => ({ cancelledAt: options.at ?? new Date(), cancelReason: reason }),
      refuse,
      visible,
    );
    await restock(tx, orderId);
    if (before.paidAt) await refundOrder(tx, before, actor.id, options.at);
    else await releaseOrderFromPayment(tx, before.paymentId);
    await notifyOrderCancelled(tx, orderId, actor.id);
    return after;
  });
}

/** The buyer cancels an order before the seller confirms it (PENDING_PAYMENT or PAID). */
export function cancelOrder(prisma: Db, orderId: string, reason: string, actor: Actor, options: BookingOptions = {}) {
  return cancel(
    prisma,
    orderId,
    reason,
    actor,
    ["PENDING_PAYMENT", "PAID"],
    (order) => new OrderNotCancellableError(order.status),
    (order) => actor.isPlatformAdmin || order.buyerId === actor.id,
    options,
  );
}

/** The seller cancels an incoming order any time before it ships. */
export function cancelIncomingOrder(
  prisma: Db,
  orderId: string,
  reason: string,
  actor: Actor,
  options: BookingOptions = {},
) {
  return cancel(
    prisma,
    orderId,
    reason,
    actor,
    ["PENDING_PAYMENT", "PAID", "CONFIRMED"],
    (order) => new InvalidOrderTransitionError(order.status, "CANCELLED"),
    () => true,
    options,
  );
}

/** The seller accepts the order: PAID → CONFIRMED, or PENDING_PAYMENT → CONFIRMED when paid in cash on delivery. */
export async function confirmOrder(prisma: Db, orderId: string, options: BookingOptions = {}) {
  return runMoneyFlow(prisma, async (tx) => {
    const paymentMethod = await checkoutPaymentMethod(tx, orderId);
    const { after } = await transition(
      tx,
      orderId,
      "CONFIRMED",
      (order) =>
        order.status === "PAID" || (order.status === "PENDING_PAYMENT" && paymentMethod === "CASH_ON_DELIVERY"),
      () => ({ confirmedAt: options.at ?? new Date() }),
    );
    return after;
  });
}

export interface Shipment {
  /** Courier: which courier (required for COURIER). */
  courierName?: string | null;
  /** Courier: its tracking number (resi; required for COURIER). */
  trackingNumber?: string | null;
  /** Any method: a note for the buyer (e.g. "diantar Sabtu pagi", "ambil setelah jam 4 sore"). */
  note?: string | null;
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/**
 * The seller sends the order on its way: CONFIRMED → SHIPPED. A courier shipment needs the courier and tracking
 * number (TrackingNumberRequiredError); own delivery takes an optional note; for pickup SHIPPED means "ready for
 * pickup". Sets `autoCompleteAt`: unless the buyer confirms receipt first, the order completes by itself that many
 * days later (the cooperative's by-law `autoCompleteDays`, 7 without a cooperative; `completeShippedOrders`).
 */
export function shipOrder(prisma: Db, orderId: string, shipment: Shipment = {}, options: BookingOptions = {}) {
  return runMoneyFlow(prisma, async (tx) => {
    const now = options.at ?? new Date();
    const courierName = blankToNull(shipment.courierName);
    const trackingNumber = blankToNull(shipment.trackingNumber);
    assertId(orderId, "Order");
    const order = await tx.order.findUnique({
      where: { id: orderId },
      select: { deliveryMethod: true, business: { select: { cooperativeId: true } } },
    });
    if (!order) throw new NotFoundError("Order");
    if (order.deliveryMethod === "COURIER" && (!courierName || !trackingNumber)) {
      throw new TrackingNumberRequiredError();
    }
    const days = await autoCompleteDaysFor(tx, order.business.cooperativeId);
    const { after } = await transition(
      tx,
      orderId,
      "SHIPPED",
      (o) => o.status === "CONFIRMED",
      () => ({
        shippedAt: now,
        autoCompleteAt: new Date(now.getTime() + days * 86_400_000),
        courierName: order.deliveryMethod === "COURIER" ? courierName : null,
        trackingNumber: order.deliveryMethod === "COURIER" ? trackingNumber : null,
        shippingNote: blankToNull(shipment.note),
      }),
    );
    await notifyOrderShipment(tx, orderId, "order.shipped");
    return after;
  });
}

/** Who completes an order, and what they may see and do; the sweep (no actor) completes any shipped order. */
interface Completion {
  visible?: (order: OrderWithBusiness) => boolean;
  /** Refused with this error although the order is SHIPPED (the seller on a transfer order). */
  refuseShipped?: () => Error;
}

/** SHIPPED → DELIVERED in `tx`: cash on delivery is recorded as paid first; then the seller is settled. */
async function completeIn(tx: Tx, orderId: string, actorId: string | null, at: Date, completion: Completion = {}) {
  const { refuseShipped } = completion;
  const { before, after } = await transition(
    tx,
    orderId,
    "DELIVERED",
    (order) => order.status === "SHIPPED" && !refuseShipped,
    (order) => ({ deliveredAt: at, ...(order.paidAt ? {} : { paidAt: at }) }),
    (order) =>
      order.status === "SHIPPED" && refuseShipped
        ? refuseShipped()
        : new InvalidOrderTransitionError(order.status, "DELIVERED"),
    completion.visible,
  );
  if (!before.paidAt) await manualPayment.confirm(tx, after, actorId, at);
  await settleOrder(tx, after, actorId, at);
  return after;
}

/**
 * The seller handed over a cash-on-delivery order and took the cash: SHIPPED → DELIVERED, the cash is recorded as
 * paid, then settled to the seller less the cooperative's fee. A paid (transfer) order is the buyer's to confirm, or
 * completes by itself: a seller who could say "delivered" would be paid before the goods arrived
 * (ReceiptIsTheBuyersError).
 */
export function deliverOrder(prisma: Db, orderId: string, actor: Actor, options: BookingOptions = {}) {
  return runMoneyFlow(prisma, async (tx) => {
    const cash = (await checkoutPaymentMethod(tx, orderId)) === "CASH_ON_DELIVERY";
    const after = await completeIn(tx, orderId, actor.id, options.at ?? new Date(), {
      refuseShipped: cash ? undefined : () => new ReceiptIsTheBuyersError(),
    });
    await notifyOrderShipment(tx, orderId, "order.delivered");
    return after;
  });
}

/**
 * The buyer says the goods arrived (or were collected): SHIPPED → DELIVERED, and the seller is settled as in
 * a cash-on-delivery handover. Only the buyer (or an admin); to anyone else the order does not exist.
 */
export function confirmReceipt(prisma: Db, orderId: string, actor: Actor, options: BookingOptions = {}) {
  return runMoneyFlow(prisma, (tx) =>
    completeIn(tx, orderId, actor.id, options.at ?? new Date(), {
      visible: (order) => actor.isPlatformAdmin || order.buyerId === actor.id,
    }),
  );
}

/** Shipped orders completed by one sweep at most: the next minute takes the rest. */
const AUTO_COMPLETE_BATCH = 200;

/**
 * The auto-completion sweep (job `orders.autoComplete`): every SHIPPED order whose `autoCompleteAt` has passed
 * becomes DELIVERED and its seller is settled, as if the buyer had confirmed. Cash-on-delivery orders not yet paid
 * are left alone: no one has recorded the cash, so nothing may be booked (the seller records it with deliverOrder).
 * Idempotent: each order moves with a conditional update on SHIPPED, and the settlement's idempotency key is the
 * order's, so a repeated or concurrent sweep completes and settles each order exactly once.
 */
export async function completeShippedOrders(db: Db, now: Date): Promise<string[]> {
  const due = await db.order.findMany({
    where: { status: "SHIPPED", autoCompleteAt: { lte: now }, paidAt: { not: null } },
    orderBy: { autoCompleteAt: "asc" },
    take: AUTO_COMPLETE_BATCH,
    select: { id: true },
  });
  const completed: string[] = [];
  for (const { id } of due) {
    try {
      await runMoneyFlow(db, async (tx) => {
        await completeIn(tx, id, null, now);
        // The buyer did not say it arrived: tell them it now counts as delivered (and the seller is paid).
        await notifyOrderShipment(tx, id, "order.delivered");
      });
      completed.push(id);
    } catch (error) {
      // The buyer confirmed (or another sweep won) between our read and the update: nothing left to do.
      if (error instanceof InvalidOrderTransitionError) continue;
      throw error;
    }
  }
  return completed;
}

async function checkoutPaymentMethod(tx: Tx, orderId: string) {
  assertId(orderId, "Order");
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: { checkout: { select: { paymentMethod: true } } },
  });
  return order?.checkout.paymentMethod ?? null;
}

/** The business an order belongs to, for authorization; null when there is no such order. */
export async function businessIdOfOrder(prisma: Db, orderId: string): Promise<string | null> {
  if (!/^[0-9a-f-]{36}$/i.test(orderId)) return null;
  const order = await prisma.order.findUnique({ where: { id: orderId }, select: { businessId: true } });
  return order?.businessId ?? null;
}
