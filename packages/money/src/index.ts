/**
 * ISO 4217 minor-unit digits of the currencies remittances arrive in (the corridor currencies we accept). One
 * table for the API (which refuses any other currency and converts with it) and the web app (which reads typed
 * amounts with it).
 */
export const CURRENCY_DECIMALS: Readonly<Record<string, number>> = {
  IDR: 0,
  MYR: 2,
  TWD: 2,
  HKD: 2,
  SAR: 2,
  KRW: 0,
  SGD: 2,
  JPY: 0,
  USD: 2,
  AED: 2,
  QAR: 2,
  KWD: 3,
  BND: 2,
  EUR: 2,
};
