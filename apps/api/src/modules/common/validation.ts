// Input validation messages in the reader's language. zod writes a message when it parses, before anything knows who
// asked, so each rule's message is written once in Bahasa Indonesia (what zod returns) and registered with its English
// twin by `bilingual`; when the API answers, `inputValidationError` picks the request's language. zod's own messages
// (for rules without one of ours) come from zod's locales, Indonesian or English.
import { InputValidationError, type StandardSchemaV1 } from "@pothos/plugin-validation";
import { z } from "zod";

import type { Language } from "./text.ts";

const englishOf = new Map<string, string>();

/** Registers a message in both languages and returns the Indonesian one (for zod). */
export function bilingual(id: string, en: string): string {
  const known = englishOf.get(id);
  if (known !== undefined && known !== en) throw new Error(`"${id}" is registered with two English texts`);
  englishOf.set(id, en);
  return id;
}

/**
 * An idempotency key, as every write that takes one accepts it: a UUID or any other 8 to 100 characters the client
 * made for this attempt (a retry sends it again).
 */
export const idempotencyKey = z
  .string()
  .min(8, bilingual("Kunci idempoten minimal 8 karakter.", "Idempotency key: at least 8 characters."))
  .max(100, bilingual("Kunci idempoten maksimal 100 karakter.", "Idempotency key: at most 100 characters."));

/** A field's name in both languages, e.g. `{ id: "Alamat", en: "Address" }`. */
export interface Label {
  id: string;
  en: string;
}

/** Required text: trimmed, at least `min` characters (1 by default), at most `max`. */
export function requiredText(label: Label, max: number, min = 1) {
  const tooShort =
    min <= 1
      ? bilingual(`${label.id} wajib diisi.`, `${label.en} is required.`)
      : bilingual(`${label.id} minimal ${min} karakter.`, `${label.en}: at least ${min} characters.`);
  return z.string().trim().min(min, tooShort).max(max, tooLong(label, max));
}

/** Optional text: trimmed, at most `max` characters. */
export const optionalText = (label: Label, max: number) => z.string().trim().max(max, tooLong(label, max));

const tooLong = (label: Label, max: number) =>
  bilingual(
    `${label.id} maksimal ${max.toLocaleString("id-ID")} karakter.`,
    `${label.en}: at most ${max.toLocaleString("en-US")} characters.`,
  );

/** The largest amount `wholeRupiah` takes unless told otherwise: 13 digits, Rp 9.999.999.999.999. */
export const WHOLE_RUPIAH_MAX = 9_999_999_999_999n;

/**
 * Whole rupiah as the API takes them: digits without separators (surrounding spaces ignored), above zero (or zero
 * too, with `allowZero`), at most `max` (inclusive; `tooLarge` replaces the message naming it). The first message
 * names no format: people type "25.000" or "25rb" into the web app, which sends digits, so only the rule is worth
 * saying. The one validator of rupiah inputs: every mutation and filter taking rupiah uses it.
 */
export function wholeRupiah(
  label: Label,
  {
    max = WHOLE_RUPIAH_MAX,
    allowZero = false,
    tooLarge,
  }: { max?: bigint; allowZero?: boolean; tooLarge?: string } = {},
) {
  const digits = max.toString().length;
  return z
    .string()
    .trim()
    .regex(allowZero ? /^(?:0|[1-9][0-9]*)$/ : /^[1-9][0-9]*$/, {
      message: allowZero
        ? bilingual(`${label.id} harus rupiah bulat.`, `${label.en} must be whole rupiah.`)
        : bilingual(`${label.id} harus rupiah bulat lebih dari nol.`, `${label.en} must be whole rupiah above zero.`),
      abort: true,
    })
    .refine(
      (v) => v.length <= digits && BigInt(v) <= max,
      tooLarge ??
        bilingual(
          `${label.id} paling banyak Rp ${max.toLocaleString("id-ID")}.`,
          `${label.en}: at most Rp ${max.toLocaleString("en-US")}.`,
        ),
    );
}

const locales = { id: z.locales.id(), en: z.locales.en() };

type Issue = StandardSchemaV1.Issue & { code?: string };

/** An issue's message in `language`: ours from the register, zod's own from its locale; anything else as it is. */
export function localiseMessage(issue: Issue, language: Language): string {
  const english = englishOf.get(issue.message);
  if (english !== undefined) return language === "en" ? english : issue.message;
  if (issue.code === undefined) return issue.message;
  // A message zod wrote itself (English by default) is the one its English locale writes for the issue.
  const zodEnglish = locales.en.localeError(issue as never);
  const asZodWrote = typeof zodEnglish === "string" ? zodEnglish : zodEnglish?.message;
  if (asZodWrote !== issue.message) return issue.message;
  const localised = locales[language].localeError(issue as never);
  return (typeof localised === "string" ? localised : localised?.message) ?? issue.message;
}

/** The error a mutation returns for invalid input: every issue, each message in the reader's language. */
export function inputValidationError(issues: readonly Issue[], language: Language): InputValidationError {
  const localised = issues.map((issue) => ({ ...issue, path: issue.path, message: localiseMessage(issue, language) }));
  const error = new InputValidationError({ issues: localised });
  const summary = localised.map((issue) => issue.message).join(" ");
  error.message = `${language === "en" ? "Check the input:" : "Periksa isian:"} ${summary}`;
  return error;
}
