// Phone numbers as villagers write them ("0812-3456-7890", "62812…", "+62 812 …") stored one way: E.164.
// libphonenumber-js knows Indonesia's numbering plan, so a landline with its area code passes and a too-short mobile
// number does not; numbers abroad (a worker in Taiwan or Hong Kong) pass when written with their country code.
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { z } from "zod";

import { bilingual } from "./validation.ts";

/** The number in E.164 ("+6281234567890"), or null when it is not a valid number (Indonesia unless "+cc"). */
export function toE164(input: string): string | null {
  const cleaned = input.trim().replace(/^00/, "+");
  // "62812…" without the plus is how numbers are often copied out of WhatsApp.
  const withPlus = /^62[1-9]/.test(cleaned) ? `+${cleaned}` : cleaned;
  const parsed = parsePhoneNumberFromString(withPlus, "ID");
  return parsed?.isValid() ? parsed.number : null;
}

/** Input validation that accepts the usual Indonesian ways of writing a number and yields E.164. */
export const phoneNumber = () =>
  z
    .string()
    .max(30, bilingual("Nomor telepon terlalu panjang.", "The phone number is too long."))
    .transform((value, context) => {
      const e164 = toE164(value);
      if (e164 === null) {
        context.addIssue({
          code: "custom",
          message: bilingual(
            "Nomor telepon tidak valid: tulis misalnya 0812-3456-7890 atau +62 812 3456 7890.",
            "Invalid phone number: write e.g. 0812-3456-7890 or +62 812 3456 7890.",
          ),
        });
        return z.NEVER;
      }
      return e164;
    });

/**
 * Like `phoneNumber()`, but an empty value is allowed and yields "" (a contact phone being removed). Not a
 * `z.union`: a union's refusal reads "Invalid input", this one gives the example.
 */
export const optionalPhoneNumber = () =>
  z
    .string()
    .max(30, "Nomor telepon terlalu panjang.")
    .transform((value, context) => {
      if (value.trim() === "") return "";
      const e164 = toE164(value);
      if (e164 === null) {
        context.addIssue({
          code: "custom",
          message: "Nomor telepon tidak valid: tulis misalnya 0812-3456-7890 atau +62 812 3456 7890.",
        });
        return z.NEVER;
      }
      return e164;
    });
