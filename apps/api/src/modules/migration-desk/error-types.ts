// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface, registerMessageErrors } from "../common/error-types.ts";
import { prefersEnglish } from "../common/text.ts";
import { AgencyImportError, type AgencyRowProblem, ChecklistClosedError, ChecklistDateError } from "./errors.ts";

registerMessageErrors([
  [
    ChecklistClosedError,
    "ChecklistClosedError",
    "The stint has left or ended: its pre-departure checklist and details no longer change.",
  ],
  [
    ChecklistDateError,
    "ChecklistDateError",
    "A checklist or expiry date is missing, lies in the future, or was given for a step that is not done.",
  ],
]);

const AgencyRowProblemRef = builder.objectRef<AgencyRowProblem>("AgencyImportRowProblem").implement({
  description: "One refused row of a placement-agency CSV.",
  fields: (t) => ({
    line: t.exposeInt("line", { description: "Line of the file (1 is the header)." }),
    message: t.string({
      description: "What is wrong with the row, in the request's language.",
      resolve: (problem, _args, ctx) => (prefersEnglish(ctx.request) ? problem.messageEn : problem.messageId),
    }),
  }),
});

builder.objectType(AgencyImportError, {
  name: "AgencyImportError",
  description: "The CSV had refused rows; nothing of it was imported.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problems: t.field({
      type: [AgencyRowProblemRef],
      description: "Every refused row, in file order.",
      resolve: (error) => error.problems,
    }),
  }),
});
