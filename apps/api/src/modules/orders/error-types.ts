// Registers checkout's and order handling's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
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

builder.objectType(OrderNotCancellableError, {
  name: "OrderNotCancellableError",
  description: "The buyer can cancel only before the seller confirms the order.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.expose("status", { type: OrderStatus, description: "The order's current status." }) }),
});

builder.objectType(InvalidOrderTransitionError, {
  name: "InvalidOrderTransitionError",
  description: "The order's status does not allow this step; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.expose("from", { type: OrderStatus, description: "The order's current status." }),
    to: t.expose("to", { type: OrderStatus, description: "The status the step would have set." }),
  }),
});
