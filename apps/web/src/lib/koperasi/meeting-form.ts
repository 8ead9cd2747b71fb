// Parsing the "call a meeting" form, which must work without JavaScript: the agenda is a textarea
// with one motion per line (no add-row buttons), the date a datetime-local field in WIB.

/**
 * The agenda typed as lines: `Title` or `Title: details`. Blank lines are skipped; the API
 * checks the count (1 to 30) and lengths, so its messages reach the user unchanged.
 */
export function parseMotions(text: string): { title: string; description: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const colon = line.indexOf(":");
      return colon > 0
        ? { title: line.slice(0, colon).trim(), description: line.slice(colon + 1).trim() }
        : { title: line, description: "" };
    });
}

/**
 * A `datetime-local` value (`2027-02-13T09:00`) read as Western Indonesian Time (UTC+7, no daylight
 * saving), where cooperative meetings are held, as an ISO instant; null when it is not one.
 */
export function parseScheduledAt(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const instant = new Date(Date.UTC(y, mo - 1, d, h - 7, mi));
  // Date.UTC rolls 31 Feb over to March: refuse instead of silently moving the meeting.
  const back = new Date(instant.getTime() + 7 * 3_600_000);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59)
    return null;
  return instant.toISOString();
}
