// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import { SameVillageError, VillageLinkExistsError } from "./errors.ts";

builder.objectType(SameVillageError, {
  name: "SameVillageError",
  description: "A village cannot be linked to itself.",
  interfaces: [ErrorInterface],
});

builder.objectType(VillageLinkExistsError, {
  name: "VillageLinkExistsError",
  description: "The two villages are already linked (either way round).",
  interfaces: [ErrorInterface],
});
