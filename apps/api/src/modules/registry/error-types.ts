// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import {
  ConsentRequiredError,
  DuplicatePersonError,
  InvalidEpisodeDatesError,
  InvalidStatusTransitionError,
} from "./errors.ts";

builder.objectType(DuplicatePersonError, {
  name: "DuplicatePersonError",
  description: "A person with this NIK is already registered (who and where is not said).",
  interfaces: [ErrorInterface],
});

builder.objectType(ConsentRequiredError, {
  name: "ConsentRequiredError",
  description: "The person has not consented to being recorded; nothing was stored.",
  interfaces: [ErrorInterface],
});

builder.objectType(InvalidStatusTransitionError, {
  name: "InvalidStatusTransitionError",
  description: "The status cannot change this way (migration: PROSPECTIVE -> ABROAD -> RETURNED only).",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    from: t.exposeString("from", { nullable: true, description: "The current status." }),
    to: t.exposeString("to", { description: "The status asked for." }),
  }),
});

builder.objectType(InvalidEpisodeDatesError, {
  name: "InvalidEpisodeDatesError",
  description: "The dates of a stint abroad contradict each other or lie in the future.",
  interfaces: [ErrorInterface],
});
