import type { DateLocale } from "./format.ts";

// The corridors Indonesian workers send money from, named in both UI languages. A fixed table
// rather than Intl.DisplayNames: ICU data differs between Node and browsers (hydration).
const NAMES: Record<string, { id: string; en: string }> = {
  MY: { id: "Malaysia", en: "Malaysia" },
  TW: { id: "Taiwan", en: "Taiwan" },
  HK: { id: "Hong Kong", en: "Hong Kong" },
  SA: { id: "Arab Saudi", en: "Saudi Arabia" },
  KR: { id: "Korea Selatan", en: "South Korea" },
  SG: { id: "Singapura", en: "Singapore" },
  JP: { id: "Jepang", en: "Japan" },
  AE: { id: "Uni Emirat Arab", en: "United Arab Emirates" },
  QA: { id: "Qatar", en: "Qatar" },
  KW: { id: "Kuwait", en: "Kuwait" },
  BN: { id: "Brunei Darussalam", en: "Brunei" },
  OM: { id: "Oman", en: "Oman" },
  TR: { id: "Turki", en: "Turkey" },
  PL: { id: "Polandia", en: "Poland" },
  // The API groups corridors too small to show on their own (fewer than 3 households) under ZZ.
  ZZ: { id: "Negara lain", en: "Other countries" },
};

/** The country's name, or its ISO code when not in the table. */
export function countryName(code: string, locale: DateLocale): string {
  return NAMES[code.toUpperCase()]?.[locale] ?? code;
}
