// Domain errors of checkout and order handling; the GraphQL layer maps them to typed results (error-types.ts).
import type { OrderStatus } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** Checkout with nothing in the cart. */
export class EmptyCartError extends fixedMessage("Keranjang Anda kosong.", "Your cart is empty.") {}

/** The buyer may cancel only before the seller confirms the order. */
export class OrderNotCancellableError extends BilingualError {
  readonly status: OrderStatus;
  constructor(status: OrderStatus) {
    super(
      `Pesanan dengan status ${status} tidak dapat dibatalkan lagi.`,
      `An order that is ${status} can no longer be cancelled.`,
    );
    this.status = status;
  }
}

/** The order is not in a status from which this step is allowed. */
export class InvalidOrderTransitionError extends BilingualError {
  readonly from: OrderStatus;
  readonly to: OrderStatus;
  constructor(from: OrderStatus, to: OrderStatus) {
    super(
      `Pesanan berstatus ${from} tidak dapat diubah menjadi ${to}.`,
      `An order that is ${from} cannot become ${to}.`,
    );
    this.from = from;
    this.to = to;
  }
}

/** A paid order is complete when its buyer says it arrived (or by itself later), never on the seller's word. */
export class ReceiptIsTheBuyersError extends fixedMessage(
  "Pesanan yang sudah dibayar selesai saat pembeli mengonfirmasi barang diterima, atau otomatis setelah batas waktunya. Penjual hanya mencatat serah terima untuk bayar di tempat.",
  "A paid order is complete when the buyer confirms the goods arrived, or by itself after its deadline. The seller records the handover only for cash on delivery.",
) {}
