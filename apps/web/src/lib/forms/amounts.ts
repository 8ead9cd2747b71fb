import { CURRENCY_DECIMALS } from "@desa-migran/money";

import type { DateLocale } from "../format.ts";

export { CURRENCY_DECIMALS };

/** The sending currencies offered in the remittance form, with the usual corridor country. */
export const REMITTANCE_CURRENCIES: readonly { currency: string; country: string }[] = [
  { currency: "MYR", country: "MY" },
  { currency: "TWD", country: "TW" },
  { currency: "HKD", country: "HK" },
  { currency: "SAR", country: "SA" },
  { currency: "KRW", country: "KR" },
  { currency: "SGD", country: "SG" },
  { currency: "JPY", country: "JP" },
  { currency: "AED", country: "AE" },
  { currency: "QAR", country: "QA" },
  { currency: "KWD", country: "KW" },
  { currency: "BND", country: "BN" },
  { currency: "USD", country: "US" },
];

/**
 * Splits a typed number into whole and fraction digits, exactly (no floats). Accepts the way
 * people write numbers in Indonesia (`1.500,00`, `1.500`) and in English (`1,500.00`, `1500.5`):
 * with both separators the last one is the decimal mark; a lone comma is decimal; a lone dot is
 * grouping when every group after it has three digits (`1.500`, `2.500.000`), otherwise decimal.
 * Returns null for anything else (letters, signs, two decimal marks).
 */
export function parseDecimal(text: string): { whole: string; fraction: string } | null {
  const compact = text.replace(/[\s\u00a0']/g, "");
  if (!/^[\d.,]+$/.test(compact) || !/\d/.test(compact)) return null;
  const lastDot = compact.lastIndexOf(".");
  const lastComma = compact.lastIndexOf(",");
  let decimalMark: "." | "," | null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? "." : ",";
  else if (lastComma >= 0)
    decimalMark = compact.indexOf(",") === lastComma && !/^\d{1,3}(,\d{3}){2,}$/.test(compact) ? "," : null;
  else if (lastDot >= 0) decimalMark = /^\d{1,3}(\.\d{3})+$/.test(compact) ? null : ".";
  else decimalMark = null;

  const groupMark = decimalMark === "." ? "," : ".";
  const [wholePart = "", fraction = "", ...rest] = decimalMark ? compact.split(decimalMark) : [compact];
  if (rest.length > 0) return null;
  const groups = wholePart.split(decimalMark ? groupMark : /[.,]/);
  // Grouped digits must be in threes after the first group: "1.50.000" is a typo, not a number.
  if (groups.length > 1 && groups.some((g, i) => (i === 0 ? !/^\d{1,3}$/.test(g) : !/^\d{3}$/.test(g)))) return null;
  const whole = groups.join("");
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return null;
  return { whole: whole.replace(/^0+(?=\d)/, ""), fraction };
}

/**
 * An amount typed in a currency's major units (`1.500,00` MYR) as minor units (`"150000"`),
 * exactly. Null when it is not a positive number or has more decimals than the currency.
 */
export function toMinorUnits(text: string, currency: string): string | null {
  const decimals = CURRENCY_DECIMALS[currency];
  const parsed = parseDecimal(text);
  if (decimals === undefined || !parsed) return null;
  const fraction = parsed.fraction.replace(/0+$/, "");
  if (fraction.length > decimals) return null;
  const minor = BigInt(parsed.whole + fraction.padEnd(decimals, "0"));
  return minor > 0n ? minor.toString() : null;
}

/** Words people put after an amount, as powers of ten: "25rb", "25 ribu", "25k", "1,5 jt", "2 juta", "1 miliar". */
const MULTIPLIERS: Readonly<Record<string, number>> = { rb: 3, ribu: 3, k: 3, jt: 6, juta: 6, miliar: 9, milyar: 9 };

/** The most digits a rupiah amount may have: the API's limit (Rp 9,9 trillion), above anything anyone pays. */
export const MAX_RUPIAH_DIGITS = 13;

/**
 * Whole rupiah as people type them → the API's digits: `25.000`, `25000`, `Rp 25.000`, `Rp10.000,00`, `25rb`,
 * `25 ribu`, `1,5 jt`, `1.5 juta`, `2 miliar`. Exact (no floats); null for an amount that is not whole rupiah
 * (`500.000,50`, `1,2345 rb`), negative, over MAX_RUPIAH_DIGITS or not a number. Zero only with `allowZero`,
 * where an empty field means zero too.
 */
export function toWholeRupiah(text: string, options: { allowZero?: boolean } = {}): string | null {
  if (text.trim() === "") return options.allowZero ? "0" : null;
  const match = /^\s*(?:rp\.?)?\s*(.*?)\s*([a-z]+)?\.?\s*$/i.exec(text);
  const [, number = "", word] = match ?? [];
  const exponent = word === undefined ? 0 : MULTIPLIERS[word.toLowerCase()];
  // Rupiah have no cents, so "25,000" is English grouping here, not 25 with a decimal comma.
  const grouped = exponent === 0 && /^\d{1,3}(,\d{3})+$/.test(number) ? number.replaceAll(",", "") : number;
  const parsed = exponent === undefined ? null : parseDecimal(grouped);
  if (!parsed || exponent === undefined) return null;
  const fraction = parsed.fraction.replace(/0+$/, "");
  if (fraction.length > exponent) return null;
  const value = BigInt(parsed.whole + fraction.padEnd(exponent, "0"));
  if (value === 0n && !options.allowZero) return null;
  const digits = value.toString();
  return digits.length > MAX_RUPIAH_DIGITS ? null : digits;
}

/**
 * Rupiah for a form whose errors the API names: what `toWholeRupiah` reads, as digits; text it cannot read goes to
 * the API as typed, so the API's answer names that field among every other invalid one.
 */
export const parseRupiah = (value: string): string => toWholeRupiah(value) ?? value.trim();

/** A rate typed as `3.780,5` or `3780.5` → the API's `"3780.5"` (dot decimal, at most 6 places). */
export function toRate(text: string): string | null {
  const parsed = parseDecimal(text);
  if (!parsed) return null;
  const fraction = parsed.fraction.replace(/0+$/, "");
  if (fraction.length > 6 || parsed.whole.length > 9) return null;
  if (/^0*$/.test(parsed.whole + fraction)) return null;
  return fraction ? `${parsed.whole}.${fraction}` : parsed.whole;
}

const GROUP: Record<DateLocale, string> = { id: ".", en: "," };
const DECIMAL: Record<DateLocale, string> = { id: ",", en: "." };

/** Minor units as the amount people read: `MYR 1.500,00` (id), `MYR 1,500.00` (en). */
export function formatForeignMoney(money: { amount: string; currency: string }, locale: DateLocale): string {
  const decimals = CURRENCY_DECIMALS[money.currency] ?? 2;
  const negative = money.amount.startsWith("-");
  const digits = (negative ? money.amount.slice(1) : money.amount).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[locale]);
  const fraction = decimals > 0 ? `${DECIMAL[locale]}${digits.slice(-decimals)}` : "";
  return `${money.currency}\u00a0${negative ? "-" : ""}${whole}${fraction}`;
}

/** A rate as people read it: `3.780,5` (id), `3,780.5` (en). */
export function formatRate(rate: string, locale: DateLocale): string {
  const [whole = "0", fraction] = rate.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP[locale]);
  return fraction ? `${grouped}${DECIMAL[locale]}${fraction}` : grouped;
}
