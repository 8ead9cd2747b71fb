// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { registerMessageErrors } from "../common/error-types.ts";
import {
  NotAPracticeError,
  OwnPracticeError,
  PracticeAlreadyAdoptedError,
  SameVillageError,
  VillageLinkExistsError,
  VillageLinkNotPendingError,
} from "./errors.ts";

registerMessageErrors([
  [SameVillageError, "SameVillageError", "A village cannot be linked to itself."],
  [
    VillageLinkExistsError,
    "VillageLinkExistsError",
    "The two villages are already linked, or a request between them is pending (either way round).",
  ],
  [VillageLinkNotPendingError, "VillageLinkNotPendingError", "The link request was already accepted or declined."],
  [NotAPracticeError, "NotAPracticeError", "Only a published good practice can be adopted."],
  [OwnPracticeError, "OwnPracticeError", "A village cannot adopt its own practice."],
  [PracticeAlreadyAdoptedError, "PracticeAlreadyAdoptedError", "The village has already adopted this practice."],
]);
