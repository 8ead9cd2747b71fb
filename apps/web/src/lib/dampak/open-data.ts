// The impact figures as open data: one column list read by the CSV and JSON files and by the data dictionary page,
// so a column cannot be in a file without being described, nor described without being in the file.
import { m } from "#lib/paraglide/messages.js";

import type { AreaImpact, ImpactQuarter } from "./impact.ts";

export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

type Value = string | number | null;

export interface Column {
  name: string;
  type: "string" | "integer";
  /** The column's meaning in the given language. */
  describe: (locale: "id" | "en") => string;
  value: (area: AreaImpact, quarter: ImpactQuarter) => Value;
}

const col = (
  name: string,
  type: Column["type"],
  message: (inputs: Record<string, never>, options: { locale: "id" | "en" }) => string,
  value: Column["value"],
): Column => ({ name, type, describe: (locale) => message({}, { locale }), value });

export const IMPACT_COLUMNS: readonly Column[] = [
  col("area_level", "string", m.impact_col_area_level, (area) => area.level),
  col("area_code", "string", m.impact_col_area_code, (area) => area.code),
  col("area_name", "string", m.impact_col_area_name, (area) => area.name || "Indonesia"),
  col("quarter", "string", m.impact_col_quarter, (_a, q) => q.quarter),
  col("remitted_idr", "integer", m.impact_col_remitted_idr, (_a, q) => q.remitted?.amount ?? null),
  col("productive_share_bps", "integer", m.impact_col_productive_share_bps, (_a, q) => q.productiveShareBps ?? null),
  col("remitting_households", "integer", m.impact_col_remitting_households, (_a, q) => q.remittingHouseholds ?? null),
  col("businesses_started", "integer", m.impact_col_businesses_started, (_a, q) => q.businessesStarted),
  col(
    "businesses_still_active",
    "integer",
    m.impact_col_businesses_still_active,
    (_a, q) => q.businessesStillActive ?? null,
  ),
  col("jobs", "integer", m.impact_col_jobs, (_a, q) => q.jobs),
  col("raised_idr", "integer", m.impact_col_raised_idr, (_a, q) => q.raised?.amount ?? null),
  col("repaid_idr", "integer", m.impact_col_repaid_idr, (_a, q) => q.repaid.amount),
  col("repayment_rate_bps", "integer", m.impact_col_repayment_rate_bps, (_a, q) => q.repaymentRateBps ?? null),
  col("arrears_rate_bps", "integer", m.impact_col_arrears_rate_bps, (_a, q) => q.arrearsRateBps ?? null),
  col("cases_opened", "integer", m.impact_col_cases_opened, (_a, q) => q.casesOpened ?? null),
  col("cases_resolved", "integer", m.impact_col_cases_resolved, (_a, q) => q.casesResolved ?? null),
  col(
    "median_days_to_resolution",
    "integer",
    m.impact_col_median_days_to_resolution,
    (_a, q) => q.medianDaysToResolution ?? null,
  ),
  col("trainings_completed", "integer", m.impact_col_trainings_completed, (_a, q) => q.trainingsCompleted ?? null),
];

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; null is an empty field. */
const csvField = (value: Value) => {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function impactCsv(area: AreaImpact): string {
  const lines = [
    IMPACT_COLUMNS.map((c) => c.name).join(","),
    ...area.quarters.map((q) => IMPACT_COLUMNS.map((c) => csvField(c.value(area, q))).join(",")),
  ];
  return `${lines.join("\r\n")}\r\n`;
}

/** Whole rupiah beyond 2^53 stay exact: integer columns go out as JSON numbers only when they are safe. */
const jsonValue = (column: Column, value: Value): Value =>
  column.type === "integer" && typeof value === "string" && Number.isSafeInteger(Number(value)) ? Number(value) : value;

export function impactJson(area: AreaImpact, dictionaryUrl: string) {
  return {
    title: "Desa Migran impact figures",
    area: { level: area.level, code: area.code, name: area.name || "Indonesia" },
    licence: LICENCE,
    source: "Desa Migran",
    dictionary: dictionaryUrl,
    columns: IMPACT_COLUMNS.map((c) => ({
      name: c.name,
      type: c.type,
      description: { id: c.describe("id"), en: c.describe("en") },
    })),
    rows: area.quarters.map((q) =>
      Object.fromEntries(IMPACT_COLUMNS.map((c) => [c.name, jsonValue(c, c.value(area, q))])),
    ),
  };
}

/** The download's file name: what and where, e.g. dampak-desa-migran-3212.csv. */
export const downloadName = (area: AreaImpact) => `dampak-desa-migran-${area.code || "indonesia"}`;
