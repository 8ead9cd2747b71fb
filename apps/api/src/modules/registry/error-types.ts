// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  ConsentRequiredError,
  DuplicatePersonError,
  InvalidEpisodeDatesError,
  InvalidStatusTransitionError,
} from "./errors.ts";

registerMessageErrors([
  [
    DuplicatePersonError,
    "DuplicatePersonError",
    "A person with this NIK is already registered (who and where is not said).",
  ],
  [ConsentRequiredError, "ConsentRequiredError", "The person has not consented to being recorded; nothing was stored."],
  [
    InvalidEpisodeDatesError,
    "InvalidEpisodeDatesError",
    "The dates of a stint abroad contradict each other or lie in the future.",
  ],
]);

builder.objectType(InvalidStatusTransitionError, {
  name: "InvalidStatusTransitionError",
  description: "The status cannot change this way (migration: PROSPECTIVE -> ABROAD -> RETURNED only).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.exposeString("from", { nullable: true, description: "The current status." }),
    to: t.exposeString("to", { description: "The status asked for." }),
  }),
});
