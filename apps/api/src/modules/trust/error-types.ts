// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  NotAReturneeError,
  OwnerIsAnotherPersonError,
  RequestAlreadyDecidedError,
  RequestPendingError,
  ReturneeNotVerifiedError,
} from "./errors.ts";
import { CooperativeRequestStatus } from "./types.ts";

registerMessageErrors([
  [
    NotAReturneeError,
    "NotAReturneeError",
    "The person is not in the business's village registry with a RETURNED migration episode.",
  ],
  [
    OwnerIsAnotherPersonError,
    "OwnerIsAnotherPersonError",
    "The owner's account is linked to another registry person (or the person to another account).",
  ],
  [
    ReturneeNotVerifiedError,
    "ReturneeNotVerifiedError",
    "The business is not verified as a returnee's, so there is nothing to withdraw.",
  ],
  [
    RequestPendingError,
    "RequestPendingError",
    "Another request of the business is already waiting for a cooperative's answer.",
  ],
]);

builder.objectType(RequestAlreadyDecidedError, {
  name: "RequestAlreadyDecidedError",
  description: "The request was already accepted, declined or withdrawn.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    status: t.field({ type: CooperativeRequestStatus, description: "Its status.", resolve: (e) => e.status as never }),
  }),
});
