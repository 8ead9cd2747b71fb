// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import {
  NotAReturneeError,
  OwnerIsAnotherPersonError,
  RequestAlreadyDecidedError,
  RequestPendingError,
  ReturneeNotVerifiedError,
} from "./errors.ts";
import { CooperativeRequestStatus } from "./types.ts";

builder.objectType(NotAReturneeError, {
  name: "NotAReturneeError",
  description: "The person is not in the business's village registry with a RETURNED migration episode.",
  interfaces: [ErrorInterface],
});

builder.objectType(OwnerIsAnotherPersonError, {
  name: "OwnerIsAnotherPersonError",
  description: "The owner's account is linked to another registry person (or the person to another account).",
  interfaces: [ErrorInterface],
});

builder.objectType(ReturneeNotVerifiedError, {
  name: "ReturneeNotVerifiedError",
  description: "The business is not verified as a returnee's, so there is nothing to withdraw.",
  interfaces: [ErrorInterface],
});

builder.objectType(RequestAlreadyDecidedError, {
  name: "RequestAlreadyDecidedError",
  description: "The request was already accepted, declined or withdrawn.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    status: t.field({ type: CooperativeRequestStatus, description: "Its status.", resolve: (e) => e.status as never }),
  }),
});

builder.objectType(RequestPendingError, {
  name: "RequestPendingError",
  description: "Another request of the business is already waiting for a cooperative's answer.",
  interfaces: [ErrorInterface],
});
