// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors, registerStatusError } from "../common/error-types.ts";
import { OrderStatus } from "../orders/types.ts";
import {
  OwnOrderProblemError,
  ProblemAlreadyOpenError,
  ProblemAlreadyResolvedError,
  ProblemNotReportableError,
  ProblemPhotoError,
  ProblemWindowClosedError,
  RefundExceedsPaidError,
  RefundNeedsCooperativeError,
  ResolverRoleError,
  SellerFundsShortError,
} from "./errors.ts";
import { OrderProblemStatus } from "./types.ts";

registerMessageErrors([
  [
    ProblemAlreadyOpenError,
    "ProblemAlreadyOpenError",
    "The order already has an open problem report; nothing was reported.",
  ],
  [
    RefundNeedsCooperativeError,
    "RefundNeedsCooperativeError",
    "A business outside any cooperative sells by cash on delivery: no refund through the platform.",
  ],
  [
    OwnOrderProblemError,
    "OwnOrderProblemError",
    "The officer is the seller of the order: another officer must resolve the report.",
  ],
  [ResolverRoleError, "ResolverRoleError", "Only the cooperative's treasurer or chair resolves problem reports."],
  [
    SellerFundsShortError,
    "SellerFundsShortError",
    "The seller's business account does not cover the part of the refund already settled; nothing moved.",
  ],
]);

builder.objectType(ProblemWindowClosedError, {
  name: "ProblemWindowClosedError",
  description: "The order was delivered more than the window (14 days) ago; nothing was reported.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", description: "When the order was delivered." }),
    windowDays: t.exposeInt("windowDays", { description: "Days after delivery a problem can be reported." }),
  }),
});

builder.objectType(ProblemNotReportableError, {
  name: "ProblemNotReportableError",
  description: "The order is not paid yet (or, cash on delivery, not shipped yet), or was cancelled.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ orderStatus: t.expose("orderStatus", { type: OrderStatus, description: "The order's status." }) }),
});

registerStatusError(ProblemAlreadyResolvedError, {
  name: "ProblemAlreadyResolvedError",
  description: "The report was already resolved; its outcome does not change.",
  status: OrderProblemStatus,
  field: "REFUNDED or CLOSED.",
});

builder.objectType(RefundExceedsPaidError, {
  name: "RefundExceedsPaidError",
  description: "The refund is more than the buyer paid for the order less refunds already made; nothing moved.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    refundable: t.string({
      description: "What can still be refunded, whole rupiah.",
      resolve: (e) => e.refundableIdr.toString(),
    }),
  }),
});

builder.objectType(ProblemPhotoError, {
  name: "ProblemPhotoError",
  description: "The photo was refused (size or type, judged by content); nothing was reported.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString("reason", { description: "TOO_LARGE, UNSUPPORTED_TYPE or UNREADABLE." }) }),
});
