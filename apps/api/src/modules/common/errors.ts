import { InputValidationError, type StandardSchemaV1 } from "@pothos/plugin-validation";

import { builder } from "../../builder.ts";
import { AmountTooLargeError } from "./amount-range.ts";

/** Every expected failure implements this interface; mutation results are unions of a payload and these. */
export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description:
    "An expected failure of an operation, with a message for people: in English when the request's " +
    "Accept-Language asks for it and the error has an English message, otherwise in Bahasa Indonesia.",
  fields: (t) => ({
    message: t.string({
      description: "What went wrong and what to do.",
      // By shape, not instanceof: a module graph loaded twice (the seed's import path, vitest) has two classes.
      resolve: (error, _args, ctx) => {
        const english = (error as Partial<BilingualError>).messageEn;
        return typeof english === "string" && prefersEnglish(ctx.request) ? english : error.message;
      },
    }),
  }),
});

/** Whether the request asks for English (the web app sends its visitor's language as Accept-Language). */
export function prefersEnglish(request: Request): boolean {
  return /^en\b/i.test(request.headers.get("accept-language") ?? "");
}

/**
 * An expected failure a villager reads: its message in Bahasa Indonesia (`message`) and English (`messageEn`).
 * Subclasses name the rule that refused the request; the API answers in the caller's language.
 */
export class BilingualError extends Error {
  readonly messageEn: string;
  constructor(messageId: string, messageEn: string) {
    super(messageId);
    this.name = new.target.name;
    this.messageEn = messageEn;
  }
}

/** Thrown by services when an object does not exist or the caller may not see it (both look the same). */
export class NotFoundError extends Error {
  readonly entity: string;
  constructor(entity: string, message = "Data tidak ditemukan atau Anda tidak memiliki akses.") {
    super(message);
    this.name = "NotFoundError";
    this.entity = entity;
  }
}

/** Thrown when the caller is signed in but may not perform this action. */
export class ForbiddenError extends Error {
  constructor(message = "Anda tidak berwenang melakukan tindakan ini.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

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
