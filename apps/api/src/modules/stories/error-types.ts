// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { registerMessageErrors } from "../common/error-types.ts";
import { SameVillageError, VillageLinkExistsError } from "./errors.ts";

registerMessageErrors([
  [SameVillageError, "SameVillageError", "A village cannot be linked to itself."],
  [VillageLinkExistsError, "VillageLinkExistsError", "The two villages are already linked (either way round)."],
]);
