// Certificate codes as people type them: 10 Crockford base32 characters, printed XXXXX-XXXXX.

/** The code as printed, from what was typed (case, spaces and dashes ignored); null when it cannot be one. */
export function normalizeCertificateCode(typed: string): string | null {
  const plain = typed.toUpperCase().replace(/[\s-]/g, "");
  if (!/^[0-9A-Z]{10}$/.test(plain)) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}

/**
 * The certificate page for a typed code. Text that cannot be a code still gets a page (its "not found"
 * answer), so only an empty or overlong entry stays on the form.
 */
export function certificatePath(typed: string): string | null {
  const text = typed.trim();
  if (text === "" || text.length > 40) return null;
  return `/sertifikat/${encodeURIComponent(normalizeCertificateCode(text) ?? text)}`;
}
