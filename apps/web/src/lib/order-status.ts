import { m } from "./paraglide/messages.js";

export type OrderStatus = "PENDING_PAYMENT" | "PAID" | "CONFIRMED" | "SHIPPED" | "DELIVERED" | "CANCELLED";
export type PaymentMethod = "BANK_TRANSFER" | "CASH_ON_DELIVERY";

const LABELS: Record<OrderStatus, () => string> = {
  PENDING_PAYMENT: m.order_status_PENDING_PAYMENT,
  PAID: m.order_status_PAID,
  CONFIRMED: m.order_status_CONFIRMED,
  SHIPPED: m.order_status_SHIPPED,
  DELIVERED: m.order_status_DELIVERED,
  CANCELLED: m.order_status_CANCELLED,
};

/** The order's status in words; cash on delivery is never "awaiting payment": it is paid when it arrives. */
export function orderStatusLabel(status: OrderStatus, method?: PaymentMethod): string {
  if (status === "PENDING_PAYMENT" && method === "CASH_ON_DELIVERY") return m.pay_status_CASH_ON_DELIVERY();
  return LABELS[status]();
}

export function paymentMethodLabel(method: PaymentMethod): string {
  return method === "BANK_TRANSFER" ? m.payment_BANK_TRANSFER() : m.payment_CASH_ON_DELIVERY();
}

/** The buyer may cancel only before the seller confirms (the API's rule, mirrored to hide the form). */
export function buyerCanCancel(status: OrderStatus): boolean {
  return status === "PENDING_PAYMENT" || status === "PAID";
}

export interface TimelineOrder {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  placedAt: string;
  paidAt: string | null;
  confirmedAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  cancelledAt: string | null;
}

export interface TimelineStep {
  key: string;
  label: string;
  at: string | null;
  state: "done" | "current" | "todo" | "cancelled";
}

/**
 * The steps of an order's life in order. Cash on delivery has no separate payment step: it is
 * paid when it arrives. A cancelled order ends at the cancellation, without the steps it skipped.
 */
export function orderTimeline(order: TimelineOrder): TimelineStep[] {
  const steps: { key: string; label: string; at: string | null }[] = [
    { key: "placed", label: m.order_step_placed(), at: order.placedAt },
  ];
  if (order.paymentMethod === "BANK_TRANSFER")
    steps.push({ key: "paid", label: m.order_step_paid(), at: order.paidAt });
  steps.push(
    { key: "confirmed", label: m.order_step_confirmed(), at: order.confirmedAt },
    { key: "shipped", label: m.order_step_shipped(), at: order.shippedAt },
    { key: "delivered", label: m.order_step_delivered(), at: order.deliveredAt },
  );
  if (order.status === "CANCELLED") {
    return [
      ...steps.filter((step) => step.at).map((step) => ({ ...step, state: "done" as const })),
      { key: "cancelled", label: m.order_step_cancelled(), at: order.cancelledAt, state: "cancelled" },
    ];
  }
  const firstTodo = steps.findIndex((step) => !step.at);
  return steps.map((step, index) => ({
    ...step,
    state: step.at ? "done" : index === firstTodo ? "current" : "todo",
  }));
}
