// Remittance corridors: the destination country's currency, its ISO 4217 minor-unit digits, and a plausible
// late-2026 rate in rupiah per one major unit (varied a little month to month by the seed).

export interface Corridor {
  country: string;
  currency: string;
  decimals: number;
  /** Rupiah per major unit. */
  baseRate: number;
  /** Foreign amounts are rounded to this many major units, like real transfers. */
  roundTo: number;
}

export const corridors: Record<string, Corridor> = {
  MY: { country: "MY", currency: "MYR", decimals: 2, baseRate: 3780, roundTo: 10 },
  TW: { country: "TW", currency: "TWD", decimals: 2, baseRate: 515, roundTo: 100 },
  HK: { country: "HK", currency: "HKD", decimals: 2, baseRate: 2095, roundTo: 50 },
  SA: { country: "SA", currency: "SAR", decimals: 2, baseRate: 4350, roundTo: 10 },
  KR: { country: "KR", currency: "KRW", decimals: 0, baseRate: 11.75, roundTo: 10_000 },
  SG: { country: "SG", currency: "SGD", decimals: 2, baseRate: 12650, roundTo: 10 },
  JP: { country: "JP", currency: "JPY", decimals: 0, baseRate: 107.5, roundTo: 1_000 },
};
