// Registers the shared error types: the Error interface every expected failure implements, and the errors every
// mutation can return (the classes live in ./errors.ts, ./amount-range.ts and @pothos/plugin-validation).
import type { EnumRef } from "@pothos/core";
import { InputValidationError, type StandardSchemaV1 } from "@pothos/plugin-validation";

import { builder } from "../../builder.ts";
import { AmountTooLargeError } from "./amount-range.ts";
import type { BilingualError } from "./bilingual-error.ts";
import { ForbiddenError, NotFoundError, ReasonRequiredError } from "./errors.ts";
import { prefersEnglish } from "./text.ts";

/** Every expected failure implements this interface; mutation results are unions of a payload and these. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description:
    "An expected failure of an operation, with a message for people: in English when the request's " +
    "Accept-Language asks for it and the error has an English message, otherwise in Bahasa Indonesia.",
  fields: (t) => ({
    message: t.string({
      description: "What went wrong and what to do.",
      // Not `instanceof BilingualError`: the errors plugin hands resolvers a proxy whose prototype chain is proxied too.
      resolve: (error, _args, ctx) => {
        const messageEn = (error as Partial<BilingualError>).messageEn;
        return typeof messageEn === "string" && prefersEnglish(ctx.request) ? messageEn : error.message;
      },
    }),
  }),
});

builder.objectType(ReasonRequiredError, {
  name: "ReasonRequiredError",
  description: "A decline or a return needs a written reason of at least 10 characters.",
  interfaces: [ErrorInterface],
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "The object does not exist, or the caller may not see it.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ entity: t.exposeString("entity", { description: "The kind of object that was looked for." }) }),
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description: "The caller may not perform this action.",
  interfaces: [ErrorInterface],
});

const InputValidationIssue = builder.objectRef<StandardSchemaV1.Issue>("InputValidationIssue").implement({
  description: "One problem with the input: where it is and what is wrong.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What is wrong with this field." }),
    path: t.stringList({
      description: 'Path of the field in the input, e.g. ["input", "lines", "0", "quantity"].',
      resolve: (issue) => issue.path?.map((part) => String(typeof part === "object" ? part.key : part)) ?? [],
    }),
  }),
});

builder.objectType(InputValidationError, {
  name: "InputValidationError",
  description: "The input failed validation; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({ type: [InputValidationIssue], description: "Each invalid field.", resolve: (e) => e.issues }),
  }),
});

builder.objectType(AmountTooLargeError, {
  name: "AmountTooLargeError",
  description: "A computed amount is beyond what the ledger records (Rp 10^15); nothing was changed.",
  interfaces: [ErrorInterface],
});

/** Error types every mutation can return. */
export const commonErrors = [InputValidationError, NotFoundError, ForbiddenError, AmountTooLargeError];

/** Registers error classes that carry nothing but their message, each as [class, GraphQL name, description]. */
export function registerMessageErrors(errors: readonly (readonly [new (...args: never[]) => Error, string, string])[]) {
  for (const [cls, name, description] of errors) {
    // Their constructors differ; the registration needs only the class itself.
    builder.objectType(cls as new () => Error, { name, description, interfaces: [ErrorInterface] });
  }
}

/** A status enum of some module (registered there with builder.enumType). */
type StatusEnum = EnumRef<typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never, string>;

/**
 * Registers an error class saying an object cannot move from its status `from` to the status `to`, both values of
 * the module's status enum.
 */
export function registerTransitionError(
  cls: new (...args: never[]) => Error & { from: string; to: string },
  options: { name: string; description: string; status: StatusEnum; from?: string; to?: string },
) {
  const { name, description, status, from = "Current status.", to = "Status asked for." } = options;
  // Their constructors differ; the registration needs only the class itself.
  builder.objectType(cls as new () => Error & { from: string; to: string }, {
    name,
    description,
    interfaces: [ErrorInterface],
    fields: (t) => ({
      from: t.expose("from", { type: status, description: from }),
      to: t.expose("to", { type: status, description: to }),
    }),
  });
}

/** Registers an error class saying the object's status (a value of the module's status enum) forbids the step. */
export function registerStatusError(
  cls: new (...args: never[]) => Error & { status: string },
  options: { name: string; description: string; status: StatusEnum; field: string },
) {
  builder.objectType(cls as new () => Error & { status: string }, {
    name: options.name,
    description: options.description,
    interfaces: [ErrorInterface],
    fields: (t) => ({ status: t.expose("status", { type: options.status, description: options.field }) }),
  });
}
