// Registers checkout's and order handling's domain errors as GraphQL error types (the classes live in errors.ts).
import { registerMessageErrors, registerStatusError, registerTransitionError } from "../common/error-types.ts";
import {
  EmptyCartError,
  InvalidOrderTransitionError,
  OrderNotCancellableError,
  ReceiptIsTheBuyersError,
} from "./errors.ts";
import { OrderStatus } from "./types.ts";

registerMessageErrors([
  [EmptyCartError, "EmptyCartError", "There is nothing in the cart to check out."],
  [
    ReceiptIsTheBuyersError,
    "ReceiptIsTheBuyersError",
    "The seller tried to complete a paid order: only the buyer confirms its receipt (or it completes by itself).",
  ],
]);

registerStatusError(OrderNotCancellableError, {
  name: "OrderNotCancellableError",
  description: "The buyer can cancel only before the seller confirms the order.",
  status: OrderStatus,
  field: "The order's current status.",
});

registerTransitionError(InvalidOrderTransitionError, {
  name: "InvalidOrderTransitionError",
  description: "The order's status does not allow this step; nothing was changed.",
  status: OrderStatus,
  from: "The order's current status.",
  to: "The status the step would have set.",
});
