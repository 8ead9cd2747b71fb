// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerStatusError } from "../common/error-types.ts";
import { EnrolmentStatus } from "../partners/types.ts";
import { EnrolmentStatusError, ProgramClosedError, ProgramConsentRequiredError } from "./errors.ts";

builder.objectType(ProgramConsentRequiredError, {
  name: "ProgramConsentRequiredError",
  description: "The applicant did not accept the current consent text.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeString("currentVersion", { description: "The consent version to accept." }),
  }),
});
registerStatusError(EnrolmentStatusError, {
  name: "EnrolmentStatusError",
  description: "The application is not in a status that allows this step.",
  status: EnrolmentStatus,
  field: "Its current status.",
});
builder.objectType(ProgramClosedError, {
  name: "ProgramClosedError",
  description: "The program has ended and takes no more applications.",
  interfaces: [ErrorInterface],
});
