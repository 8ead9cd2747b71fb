/**
 * Display formats shared by server rendering and the browser.
 *
 * Deliberately not built on Intl for the visible text: ICU data differs between Node and
 * browsers (e.g. newer CLDR writes "Sept" in en-GB), and any difference between the server's
 * HTML and the browser's re-render shows up as a hydration mismatch.
 */

/** A money value as the API sends it: whole units in a string, never a float. */
export interface Money {
  amount: string;
  currency: string;
}

export type DateLocale = "id" | "en";

const WHOLE_NUMBER = /^-?\d+$/;

// A no-break space keeps "Rp" on the same line as its number in narrow product cards.
const RUPIAH_PREFIX = "Rp\u00a0";

/**
 * Formats whole rupiah as `Rp 1.250.000` (dots group thousands, no decimals), the same in
 * every UI language because that is how prices are written in Indonesia.
 *
 * Takes a string or bigint so amounts above 2^53 stay exact; a fractional or non-numeric
 * amount is a broken API contract and throws rather than showing a wrong price.
 */
export function formatRupiah(amount: string | bigint): string {
  const text = typeof amount === "bigint" ? amount.toString() : amount.trim();
  if (!WHOLE_NUMBER.test(text)) {
    throw new TypeError(`Expected whole rupiah as an integer string, got ${JSON.stringify(amount)}`);
  }
  const negative = text.startsWith("-");
  // BigInt normalises leading zeros and "-0".
  const digits = (negative ? -BigInt(text) : BigInt(text)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative && digits !== "0" ? "-" : ""}${RUPIAH_PREFIX}${grouped}`;
}

/** Formats a `Money` value from the API; only rupiah is sold on the marketplace. */
export function formatMoney(money: Money): string {
  if (money.currency !== "IDR") {
    throw new RangeError(`Unsupported currency ${money.currency}: only IDR is formatted`);
  }
  return formatRupiah(money.amount);
}

const MONTHS: Record<DateLocale, readonly string[]> = {
  id: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Time zone used to decide which calendar day an instant falls on: WIB, where most users are. */
export const DEFAULT_TIME_ZONE = "Asia/Jakarta";

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function calendarDay(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    // Only numeric parts are read, which are stable across ICU versions.
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
    partsFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, part.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

/** Today (or the day `at` falls on) in WIB as `YYYY-MM-DD`: for form defaults and file names. */
export function todayInJakarta(at: Date = new Date()): string {
  const { year, month, day } = calendarDay(at, DEFAULT_TIME_ZONE);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Formats a date as `28 Nov 2026` (id: `28 Agu 2026`; en: `28 Aug 2026`).
 *
 * A date-only string (`2026-11-28`) is a calendar date and is never shifted. An instant (a
 * `Date` or ISO date-time string) is shown as the day it is in `timeZone`, by default WIB,
 * so the server and a browser in another zone print the same day.
 */
export function formatDate(value: Date | string, locale: DateLocale, timeZone = DEFAULT_TIME_ZONE): string {
  const dateOnly = typeof value === "string" ? DATE_ONLY.exec(value) : null;
  let year: number;
  let month: number;
  let day: number;
  if (dateOnly) {
    [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
  } else {
    const instant = typeof value === "string" ? new Date(value) : value;
    if (Number.isNaN(instant.getTime())) throw new RangeError(`Invalid date: ${String(value)}`);
    ({ year, month, day } = calendarDay(instant, timeZone));
  }
  const name = MONTHS[locale][month - 1];
  if (name === undefined || day < 1 || day > 31) throw new RangeError(`Invalid date: ${String(value)}`);
  return `${day} ${name} ${year}`;
}

const GROUP_SEPARATOR: Record<DateLocale, string> = { id: ".", en: "," };
const DECIMAL_SEPARATOR: Record<DateLocale, string> = { id: ",", en: "." };

/** Groups an integer's thousands the way each language writes them: `11.840` (id), `11,840` (en). */
export function formatNumber(value: number, locale: DateLocale): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Expected a whole number, got ${value}`);
  const digits = Math.abs(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR[locale]);
  return value < 0 ? `-${digits}` : digits;
}

/**
 * Formats basis points (10000 = 100%) as a percentage with at most one decimal: `31,3%` (id),
 * `31.3%` (en). Rounds half up on the integer, never through a float.
 */
export function formatPercentFromBps(bps: number, locale: DateLocale): string {
  if (!Number.isSafeInteger(bps)) throw new RangeError(`Expected whole basis points, got ${bps}`);
  const negative = bps < 0;
  const tenths = Math.floor((Math.abs(bps) + 5) / 10); // basis points -> tenths of a percent
  const whole = Math.floor(tenths / 10);
  const fraction = tenths % 10;
  const text = fraction === 0 ? String(whole) : `${whole}${DECIMAL_SEPARATOR[locale]}${fraction}`;
  return `${negative && tenths !== 0 ? "-" : ""}${text}%`;
}

const MONTH_ONLY = /^(\d{4})-(\d{2})$/;

/** Formats a calendar month `2026-03` as `Mar 2026` (id: `Agu 2026` for August). */
export function formatMonth(month: string, locale: DateLocale): string {
  const match = MONTH_ONLY.exec(month);
  const name = match ? MONTHS[locale][Number(match[2]) - 1] : undefined;
  if (!match || name === undefined) throw new RangeError(`Invalid month: ${month}`);
  return `${name} ${match[1]}`;
}

const COMPACT_UNITS: Record<DateLocale, readonly [bigint, string][]> = {
  id: [
    [1_000_000_000_000n, "T"],
    [1_000_000_000n, "M"],
    [1_000_000n, "jt"],
    [1_000n, "rb"],
  ],
  en: [
    [1_000_000_000_000n, "tn"],
    [1_000_000_000n, "bn"],
    [1_000_000n, "m"],
    [1_000n, "k"],
  ],
};

/**
 * Short rupiah for chart axes: `Rp 1,5 jt` / `Rp 1.5m`, one decimal at most, exact bigint maths.
 * Use formatRupiah wherever the exact figure matters.
 */
export function formatCompactRupiah(amount: string | bigint, locale: DateLocale): string {
  const text = typeof amount === "bigint" ? amount.toString() : amount.trim();
  if (!WHOLE_NUMBER.test(text)) throw new TypeError(`Expected whole rupiah, got ${JSON.stringify(amount)}`);
  const value = BigInt(text);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  for (const [size, unit] of COMPACT_UNITS[locale]) {
    if (abs < size) continue;
    const tenths = (abs * 10n + size / 2n) / size;
    const whole = tenths / 10n;
    const fraction = tenths % 10n;
    const number = `${whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR[locale])}${fraction === 0n ? "" : `${DECIMAL_SEPARATOR[locale]}${fraction}`}`;
    const separator = locale === "id" ? "\u00a0" : "";
    return `${negative ? "-" : ""}${RUPIAH_PREFIX}${number}${separator}${unit}`;
  }
  return `${negative && abs !== 0n ? "-" : ""}${RUPIAH_PREFIX}${abs}`;
}
