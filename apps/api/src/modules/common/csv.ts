// CSV files people open in a spreadsheet, one way for every download (statements, savings, member lists).

import type { Language } from "./text.ts";

/**
 * A spreadsheet cell. Text a spreadsheet would run as a formula (starting with = + - @, tab or CR) gets a leading
 * apostrophe, which spreadsheets show as text; a field with the separator, a quote or a line break is quoted.
 */
const csvField = (value: string, separator: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/**
 * Rows as a CSV file for the reader's language: a UTF-8 byte order mark (so Excel reads the text as UTF-8), `;`
 * between fields in Indonesian (Excel in an Indonesian locale splits on `;`, the comma being its decimal mark) and
 * `,` in English, CRLF line ends (RFC 4180). Money goes in as whole rupiah without grouping, so cells are numbers.
 */
export function toCsv(rows: string[][], language: Language): string {
  const separator = language === "id" ? ";" : ",";
  return `\uFEFF${rows.map((cells) => cells.map((c) => csvField(c, separator)).join(separator)).join("\r\n")}\r\n`;
}

/** A signed amount split into the In and Out columns people expect. */
export const inOut = (amount: bigint): [string, string] => [
  amount > 0n ? amount.toString() : "",
  amount < 0n ? (-amount).toString() : "",
];
