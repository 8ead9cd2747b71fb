// Registers the ledger's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import { IdempotencyConflictError, InsufficientFundsError } from "./errors.ts";

builder.objectType(IdempotencyConflictError, {
  name: "IdempotencyConflictError",
  description: "This idempotency key was already used with other parameters; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ idempotencyKey: t.exposeString("idempotencyKey", { description: "The key." }) }),
});

builder.objectType(InsufficientFundsError, {
  name: "InsufficientFundsError",
  description: "The source account does not hold enough money; nothing moved.",
  interfaces: [ErrorInterface],
});
