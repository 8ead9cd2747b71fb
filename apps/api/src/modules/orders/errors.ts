// Domain errors of checkout and order handling; the GraphQL layer maps them to typed results (error-types.ts).
import type { OrderStatus } from "@desa-migran/db";

/** Checkout with nothing in the cart. */
export class EmptyCartError extends Error {
  constructor() {
    super("Keranjang Anda kosong.");
    this.name = "EmptyCartError";
  }
}

/** The buyer may cancel only before the seller confirms the order. */
export class OrderNotCancellableError extends Error {
  readonly status: OrderStatus;
  constructor(status: OrderStatus) {
    super(`Pesanan dengan status ${status} tidak dapat dibatalkan lagi.`);
    this.name = "OrderNotCancellableError";
    this.status = status;
  }
}

/** The order is not in a status from which this step is allowed. */
export class InvalidOrderTransitionError extends Error {
  readonly from: OrderStatus;
  readonly to: OrderStatus;
  constructor(from: OrderStatus, to: OrderStatus) {
    super(`Pesanan berstatus ${from} tidak dapat diubah menjadi ${to}.`);
    this.name = "InvalidOrderTransitionError";
    this.from = from;
    this.to = to;
  }
}
