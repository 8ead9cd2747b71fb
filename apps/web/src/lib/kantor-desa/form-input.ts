// Turning what an officer typed into the API's input types. The API validates the content; these only
// convert shapes the GraphQL layer would otherwise reject as a whole request (a malformed DateTime).

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A `<input type="date">` value (YYYY-MM-DD) as the API's DateTime (midnight UTC, how the registry
 * stores calendar dates); "" is null; anything else is `undefined` so the caller can say so by the field.
 */
export function dateInput(value: string): string | null | undefined {
  const text = value.trim();
  if (!text) return null;
  const match = DATE.exec(text);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // Rejects 2026-02-30 and the like, which Date would roll over into March.
  if (date.toISOString().slice(0, 10) !== text) return undefined;
  return date.toISOString();
}

/** Today as YYYY-MM-DD in WIB, the default for "when" fields. */
export function todayInJakarta(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
}

/** Optional text: trimmed, "" becomes null (the API then leaves the field empty). */
export const optionalText = (value: string): string | null => value.trim() || null;

/** A 16-digit NIK, spaces, dots and dashes ignored; what the API expects. Anything else is sent as typed for the API to refuse. */
export const nikInput = (value: string): string | null => {
  const text = value.replace(/[\s.-]/g, "");
  return text || null;
};
