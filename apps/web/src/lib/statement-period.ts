// The period a statement page or its CSV shows, read from `?dari=YYYY-MM-DD&sampai=YYYY-MM-DD` (both optional,
// both days included) and turned into instants in the account's local time (WIB, WITA or WIT: no daylight saving).

const OFFSETS: Record<string, string> = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface StatementPeriod {
  /** The days as typed, to fill the form again. */
  dari: string;
  sampai: string;
  /** What the API is asked for: from the start of `dari`, until the start of the day after `sampai`. */
  from: string | null;
  until: string | null;
  /** Why the period was not applied, as a message key; null when it was (or none was asked for). */
  problem: "invalid" | "reversed" | null;
}

function startOfDay(day: string, zone: string): Date | null {
  if (!DAY.test(day)) return null;
  const at = new Date(`${day}T00:00:00${OFFSETS[zone] ?? OFFSETS.WIB}`);
  // "2026-02-30" parses to March in some engines and to NaN in others: accept only days that exist.
  return Number.isNaN(at.getTime()) || !new Date(`${day}T00:00:00Z`).toISOString().startsWith(day) ? null : at;
}

export function readStatementPeriod(params: URLSearchParams, zone: string): StatementPeriod {
  const dari = params.get("dari")?.trim() ?? "";
  const sampai = params.get("sampai")?.trim() ?? "";
  const none = { dari, sampai, from: null, until: null };
  const from = dari ? startOfDay(dari, zone) : null;
  const last = sampai ? startOfDay(sampai, zone) : null;
  if ((dari && !from) || (sampai && !last)) return { ...none, problem: "invalid" };
  const until = last ? new Date(last.getTime() + 86_400_000) : null;
  if (from && until && from >= until) return { ...none, problem: "reversed" };
  return { dari, sampai, from: from?.toISOString() ?? null, until: until?.toISOString() ?? null, problem: null };
}

/** The same period as a query string for the CSV link ("" when the whole history is shown). */
export function periodQuery(period: StatementPeriod): string {
  if (period.problem || (!period.dari && !period.sampai)) return "";
  const q = new URLSearchParams();
  if (period.dari) q.set("dari", period.dari);
  if (period.sampai) q.set("sampai", period.sampai);
  return `?${q}`;
}
