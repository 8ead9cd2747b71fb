// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  BankAccountTakenError,
  InvalidQrisPayloadError,
  OwnBusinessPaymentError,
  PaymentProofError,
  PaymentStatusError,
  TransferNeedsCooperativeError,
} from "./errors.ts";
import { PaymentStatus } from "./types.ts";

builder.objectType(InvalidQrisPayloadError, {
  name: "InvalidQrisPayloadError",
  description: "The QRIS text is not a valid static QRIS (structure, checksum or merchant fields); nothing was saved.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ problem: t.exposeString("problem", { description: "Which check failed, e.g. CRC_MISMATCH." }) }),
});

builder.objectType(TransferNeedsCooperativeError, {
  name: "TransferNeedsCooperativeError",
  description: "A business outside any cooperative takes cash on delivery only; nothing was ordered.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ businessName: t.exposeString("businessName", { description: "The business." }) }),
});

builder.objectType(PaymentStatusError, {
  name: "PaymentStatusError",
  description: "The payment's status does not allow this step; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.expose("status", { type: PaymentStatus, description: "The payment's status." }) }),
});

registerMessageErrors([
  [
    OwnBusinessPaymentError,
    "OwnBusinessPaymentError",
    "A treasurer who sells in this payment may not decide it; another treasurer must.",
  ],
  [BankAccountTakenError, "BankAccountTakenError", "The cooperative already lists this account at this bank."],
]);

builder.objectType(PaymentProofError, {
  name: "PaymentProofError",
  description: "The proof of transfer was refused (size or type, judged by content); nothing was stored.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ reason: t.exposeString("reason", { description: "TOO_LARGE, UNSUPPORTED_TYPE or UNREADABLE." }) }),
});
