// Repayment schedules: generating a loan's instalments and reading where a round stands against them.
import { splitProRata } from "../ledger/split.ts";

/** Indonesia's western time (WIB, UTC+7, no daylight saving): dates and years are the villages' own. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** An unpaid instalment falling due within this many days is DUE; later ones are UPCOMING. */
export const DUE_WINDOW_DAYS = 30;

/** The calendar day (in WIB) of an instant, as a UTC-midnight Date like Postgres `date` columns come back. */
export function wibDay(instant: Date): Date {
  const local = new Date(instant.getTime() + WIB_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** The calendar year (in WIB) of an instant, and the instants where it starts and ends. */
export function wibYear(instant: Date) {
  const year = new Date(instant.getTime() + WIB_OFFSET_MS).getUTCFullYear();
  return {
    year,
    start: new Date(Date.UTC(year, 0, 1) - WIB_OFFSET_MS),
    end: new Date(Date.UTC(year + 1, 0, 1) - WIB_OFFSET_MS),
  };
}

/** `months` calendar months after a day, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}

export interface ScheduleRow {
  sequence: number;
  dueOn: Date;
  principalIdr: bigint;
  returnIdr: bigint;
}

/**
 * A loan's instalments: one a month for `tenorMonths`, the first one month after the round closes (WIB date).
 * The principal is split into equal parts with the largest-remainder rule (the leftover rupiah go one each to
 * the first instalments), so the parts sum exactly to the target. The return is the yearly rate pro rata over
 * the tenor, `target × returnBps / 10 000 × tenorMonths / 12`, rounded half up to the rupiah, and split the same
 * way, so the instalments' returns sum exactly to it.
 */
export function generateLoanSchedule(input: {
  targetIdr: bigint;
  returnBps: number;
  tenorMonths: number;
  closesAt: Date;
}): ScheduleRow[] {
  const { targetIdr, returnBps, tenorMonths } = input;
  if (tenorMonths < 1) throw new RangeError("tenorMonths must be at least 1");
  const numerator = targetIdr * BigInt(returnBps) * BigInt(tenorMonths);
  const denominator = 10_000n * 12n;
  const totalReturn = (numerator * 2n + denominator) / (denominator * 2n);
  const equal = Array.from({ length: tenorMonths }, () => 1n);
  const principal = splitProRata(targetIdr, equal);
  const returns = splitProRata(totalReturn, equal);
  const start = wibDay(input.closesAt);
  return principal.map((p, i) => ({
    sequence: i + 1,
    dueOn: addMonths(start, i + 1),
    principalIdr: p,
    returnIdr: returns[i]!,
  }));
}

export type InstalmentStatus = "PAID" | "DUE" | "OVERDUE" | "UPCOMING";

export interface InstalmentState {
  dueOn: Date;
  principalIdr: bigint;
  returnIdr: bigint;
  paidIdr: bigint;
}

/**
 * PAID once payments cover principal and return; otherwise OVERDUE after its due day (WIB) has passed, DUE when
 * it falls due today or within DUE_WINDOW_DAYS, UPCOMING after that.
 */
export function instalmentStatus(row: InstalmentState, now: Date): InstalmentStatus {
  if (row.paidIdr >= row.principalIdr + row.returnIdr) return "PAID";
  const today = wibDay(now).getTime();
  const due = row.dueOn.getTime();
  if (due < today) return "OVERDUE";
  if (due <= today + DUE_WINDOW_DAYS * DAY_MS) return "DUE";
  return "UPCOMING";
}

export interface RepaymentRecordShape {
  dueToDateIdr: bigint;
  paidOnDueIdr: bigint;
  paidTotalIdr: bigint;
  arrearsIdr: bigint;
  /** Share of what has fallen due that was paid, in basis points; null while nothing has fallen due. */
  rateBps: number | null;
  overdueCount: number;
}

/**
 * Where a round stands against its schedule: what has fallen due (instalments whose due day has passed), how
 * much of that was paid (each instalment counted up to its amount), the arrears (the unpaid rest) and the rate.
 */
export function repaymentRecord(rows: readonly InstalmentState[], now: Date): RepaymentRecordShape {
  const today = wibDay(now).getTime();
  let dueToDateIdr = 0n;
  let paidOnDueIdr = 0n;
  let paidTotalIdr = 0n;
  let overdueCount = 0;
  for (const row of rows) {
    const amount = row.principalIdr + row.returnIdr;
    paidTotalIdr += row.paidIdr;
    if (row.dueOn.getTime() >= today) continue;
    dueToDateIdr += amount;
    paidOnDueIdr += row.paidIdr < amount ? row.paidIdr : amount;
    if (row.paidIdr < amount) overdueCount += 1;
  }
  return {
    dueToDateIdr,
    paidOnDueIdr,
    paidTotalIdr,
    arrearsIdr: dueToDateIdr - paidOnDueIdr,
    rateBps: dueToDateIdr === 0n ? null : Number((paidOnDueIdr * 10_000n) / dueToDateIdr),
    overdueCount,
  };
}
