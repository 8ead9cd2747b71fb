// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import {
  ConsentRequiredError,
  DuplicatePersonError,
  InvalidEpisodeDatesError,
  InvalidStatusTransitionError,
  MigrationEpisodeConflictError,
} from "./errors.ts";
import { MigrationEpisodeRef } from "./types.ts";

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

builder.objectType(MigrationEpisodeConflictError, {
  name: "MigrationEpisodeConflictError",
  description:
    "The stint changed after the version the officer saw (expectedVersion); nothing was changed. Send again with the current version to keep the change, or drop it.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    current: t.field({
      type: MigrationEpisodeRef,
      description: "The stint as it is now.",
      resolve: (error) => error.current,
    }),
  }),
});
