// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerStatusError } from "../common/error-types.ts";
import { InvalidCaseHandlerError, ProtectionCaseClosedError, ProtectionCaseConflictError } from "./errors.ts";
import { ProtectionCaseRef, ProtectionCaseStatus } from "./types.ts";

registerStatusError(ProtectionCaseClosedError, {
  name: "ProtectionCaseClosedError",
  description: "The case is resolved or closed; it cannot change any more.",
  status: ProtectionCaseStatus,
  field: "The final status of the case.",
});

builder.objectType(InvalidCaseHandlerError, {
  name: "InvalidCaseHandlerError",
  description: "The new handler is not a village officer of the case's village.",
  interfaces: [ErrorInterface],
});

builder.objectType(ProtectionCaseConflictError, {
  name: "ProtectionCaseConflictError",
  description:
    "The case changed after the version the officer saw (expectedVersion); nothing was changed. Send again with the current version to keep the step, or drop it.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    current: t.field({
      type: ProtectionCaseRef,
      description: "The case as it is now.",
      resolve: (error) => error.current,
    }),
  }),
});
