// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import { AlreadyEnrolledError, CapacityBelowTakenError, ProgramFullError } from "./errors.ts";

builder.objectType(ProgramFullError, {
  name: "ProgramFullError",
  description: "Every place in the program is taken.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ capacity: t.exposeInt("capacity", { description: "Places in the program." }) }),
});
builder.objectType(CapacityBelowTakenError, {
  name: "CapacityBelowTakenError",
  description: "The new capacity is below the participants already accepted.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ taken: t.exposeInt("taken", { description: "Places already taken." }) }),
});
builder.objectType(AlreadyEnrolledError, {
  name: "AlreadyEnrolledError",
  description: "The person is already enrolled in this program (or was, and withdrew).",
  interfaces: [ErrorInterface],
});
