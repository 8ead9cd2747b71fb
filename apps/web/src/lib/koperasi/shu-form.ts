// Reading the SHU year and surplus typed by an officer, for the preview (a GET form) and the run.
import { parseRupiah } from "../forms/amounts.ts";
import { m } from "../paraglide/messages.js";

export type ShuAsk =
  | { valid: true; fiscalYear: number; surplusIdr: string; typedYear: string; typedSurplus: string }
  | {
      valid: false;
      asked: boolean;
      typedYear: string;
      typedSurplus: string;
      errors: { fiscalYear?: string; surplus?: string };
    };

/**
 * `tahun` (fiscal year, 2000-2100) and `shu` (whole rupiah, `12.500.000` or `Rp 12.500.000`).
 * Checked here because the preview is a query: the API's refusal of a bad argument would arrive
 * as an untyped, masked error, while the officer needs to know which field to fix.
 */
export function readShuAsk(params: URLSearchParams): ShuAsk {
  const typedYear = (params.get("tahun") ?? "").trim();
  const typedSurplus = (params.get("shu") ?? "").trim();
  if (!typedYear && !typedSurplus) return { valid: false, asked: false, typedYear, typedSurplus, errors: {} };
  const errors: { fiscalYear?: string; surplus?: string } = {};
  const year = /^\d{4}$/.test(typedYear) ? Number(typedYear) : NaN;
  if (!(year >= 2000 && year <= 2100)) errors.fiscalYear = m.coop_shu_year_invalid();
  const surplusIdr = parseRupiah(typedSurplus);
  if (!/^[1-9][0-9]{0,13}$/.test(surplusIdr)) errors.surplus = m.coop_shu_surplus_invalid();
  if (errors.fiscalYear || errors.surplus) return { valid: false, asked: true, typedYear, typedSurplus, errors };
  return { valid: true, fiscalYear: year, surplusIdr, typedYear, typedSurplus };
}
