import { GraphQLError, Kind, visit } from "graphql";
import type { Plugin } from "graphql-yoga";

/** NUL, or UTF-16 that is not well formed (a lone surrogate): text no person typed, and PostgreSQL refuses NUL. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const isForbiddenText = (value: string) => value.includes("\u0000") || LONE_SURROGATE.test(value);

function hasForbiddenText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return isForbiddenText(value);
  if (depth > 32 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([key, item]) => isForbiddenText(key) || hasForbiddenText(item, depth + 1));
}

/**
 * Refuses, before any resolver runs, every operation whose text input (a variable, or a string written in the
 * document) holds NUL or a lone surrogate: one rule for every argument and input field, instead of each
 * validator remembering it, and a clear input error instead of a database failure ("Unexpected error.").
 */
export function useWellFormedText(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let bad = hasForbiddenText(args.variableValues);
      if (!bad) {
        visit(args.document, {
          [Kind.STRING]: (node) => {
            if (isForbiddenText(node.value)) bad = true;
          },
        });
      }
      if (!bad) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            "Masukan berisi karakter yang tidak diizinkan (NUL atau karakter rusak). / The input contains a character that is not allowed (NUL or broken text).",
            { extensions: { code: "BAD_USER_INPUT" } },
          ),
        ],
      });
    },
  };
}
