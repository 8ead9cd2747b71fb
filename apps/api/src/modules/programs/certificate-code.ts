import { randomInt } from "node:crypto";

/** Crockford base32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
export const CERTIFICATE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CERTIFICATE_CODE_LENGTH = 10;

/**
 * A certificate's verification code: 10 random Crockford characters (50 bits from the OS CSPRNG), so guessing
 * a valid one is hopeless, yet it is short enough to type from a printed page ("7KQ2M-X9D4R").
 */
export function generateCertificateCode(): string {
  let code = "";
  for (let i = 0; i < CERTIFICATE_CODE_LENGTH; i++)
    code += CERTIFICATE_ALPHABET[randomInt(CERTIFICATE_ALPHABET.length)];
  return code;
}

/** The code as stored, from what someone typed: case, spaces and dashes ignored, look-alikes mapped (O→0, I/L→1). */
export function normalizeCertificateCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}

/** The code as printed: two groups of five. */
export const formatCertificateCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;
