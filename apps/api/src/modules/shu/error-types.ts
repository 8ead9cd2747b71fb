// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import { rupiahField } from "../common/money.ts";
import {
  NoActiveMembersError,
  ShuAlreadyReversedError,
  ShuAlreadyRunError,
  ShuAmountNotAdoptedError,
  ShuNotAdoptedError,
} from "./errors.ts";

builder.objectType(ShuAlreadyRunError, {
  name: "ShuAlreadyRunError",
  description: "The year's SHU was already distributed with another amount.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ fiscalYear: t.exposeInt("fiscalYear", { description: "The fiscal year." }) }),
});

registerMessageErrors([
  [ShuAlreadyReversedError, "ShuAlreadyReversedError", "The run was already reversed."],
  [NoActiveMembersError, "NoActiveMembersError", "The cooperative has no active members."],
]);

builder.objectType(ShuNotAdoptedError, {
  name: "ShuNotAdoptedError",
  description:
    "The fiscal year's RAT has not adopted the annual report (no CARRIED ADOPT_ANNUAL_REPORT motion at that " +
    "year's annual meeting of this cooperative); nothing was posted.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ fiscalYear: t.exposeInt("fiscalYear", { description: "The fiscal year." }) }),
});

builder.objectType(ShuAmountNotAdoptedError, {
  name: "ShuAmountNotAdoptedError",
  description: "The surplus asked for is not the one the RAT adopted; nothing was posted.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    fiscalYear: t.exposeInt("fiscalYear", { description: "The fiscal year." }),
    adoptedSurplus: rupiahField(
      t,
      "The surplus the RAT adopted: the only amount a run may post.",
      (e) => e.adoptedSurplusIdr,
    ),
  }),
});
