// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  AlreadyMemberError,
  MemberNumberTakenError,
  MembershipAlreadyEndedError,
  PersonNotInVillageError,
} from "./errors.ts";
import { MembershipStatus } from "./types.ts";

builder.objectType(AlreadyMemberError, {
  name: "AlreadyMemberError",
  description: "The person already has a membership in this cooperative (one per person, kept after leaving).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    memberNumber: t.exposeString("memberNumber", { description: "Their existing member number." }),
    status: t.expose("status", { type: MembershipStatus, description: "Status of the existing membership." }),
  }),
});

registerMessageErrors([
  [PersonNotInVillageError, "PersonNotInVillageError", "The person is not registered in the cooperative's village."],
  [MembershipAlreadyEndedError, "MembershipAlreadyEndedError", "The membership has already ended."],
]);

builder.objectType(MemberNumberTakenError, {
  name: "MemberNumberTakenError",
  description: "The member number is already used in this cooperative.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ memberNumber: t.exposeString("memberNumber", { description: "The number asked for." }) }),
});
