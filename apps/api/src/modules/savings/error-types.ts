// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  EquityNotRefundableError,
  MembershipNotActiveError,
  PartialEquityRefundError,
  PokokAlreadyPaidError,
  SavingsNotWithdrawableError,
  WrongPokokAmountError,
} from "./errors.ts";

registerMessageErrors([
  [PokokAlreadyPaidError, "PokokAlreadyPaidError", "Simpanan pokok is paid once and was already paid."],
  [MembershipNotActiveError, "MembershipNotActiveError", "The membership has ended."],
]);

builder.objectType(WrongPokokAmountError, {
  name: "WrongPokokAmountError",
  description: "Simpanan pokok must be paid at the amount set by the by-laws.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    expectedIdr: t.string({ description: "The by-law amount.", resolve: (e) => e.expectedIdr.toString() }),
  }),
});

builder.objectType(EquityNotRefundableError, {
  name: "EquityNotRefundableError",
  description: "The cooperative's by-laws keep simpanan pokok and wajib when a member leaves.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ kind: t.exposeString("kind", { description: "The savings kind asked for." }) }),
});

builder.objectType(PartialEquityRefundError, {
  name: "PartialEquityRefundError",
  description: "A leaving member's simpanan pokok or wajib is returned in full in one withdrawal, never in part.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "The savings kind asked for." }),
    balanceIdr: t.string({ description: "The full balance to return.", resolve: (e) => e.balanceIdr.toString() }),
  }),
});

builder.objectType(SavingsNotWithdrawableError, {
  name: "SavingsNotWithdrawableError",
  description: "Simpanan pokok and wajib are equity and cannot be withdrawn while a member.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ kind: t.exposeString("kind", { description: "The savings kind asked for." }) }),
});
