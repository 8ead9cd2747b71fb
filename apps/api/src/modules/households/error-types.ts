// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import { AllocationExceedsAmountError } from "./errors.ts";

builder.objectType(AllocationExceedsAmountError, {
  name: "AllocationExceedsAmountError",
  description: "Savings plus investment are more than the remittance is worth.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    amountIdr: t.string({ description: "The remittance's rupiah value.", resolve: (e) => e.amountIdr.toString() }),
  }),
});
