// Words for a program's kind, an application's status, its dates and places, and its published outcome counts.
import { type DateLocale, formatDate, formatNumber } from "../format.ts";
import { m } from "../paraglide/messages.js";

export type ProgramKind = "TRAINING" | "MENTORING" | "FINANCING" | "RESEARCH";
export type EnrolmentStatus = "APPLIED" | "ENROLLED" | "REJECTED" | "COMPLETED" | "WITHDRAWN";

const KINDS: Record<ProgramKind, () => string> = {
  TRAINING: m.program_kind_TRAINING,
  MENTORING: m.program_kind_MENTORING,
  FINANCING: m.program_kind_FINANCING,
  RESEARCH: m.program_kind_RESEARCH,
};
export const PROGRAM_KINDS = Object.keys(KINDS) as ProgramKind[];

const STATUSES: Record<EnrolmentStatus, () => string> = {
  APPLIED: m.program_status_APPLIED,
  ENROLLED: m.program_status_ENROLLED,
  REJECTED: m.program_status_REJECTED,
  COMPLETED: m.program_status_COMPLETED,
  WITHDRAWN: m.program_status_WITHDRAWN,
};

export const programKindLabel = (kind: ProgramKind): string => KINDS[kind]();
export const enrolmentStatusLabel = (status: EnrolmentStatus): string => STATUSES[status]();

/** "1 Jan 2027 – 30 Jan 2027", or "Mulai 1 Jan 2027" for a program without a last day. */
export function programDates(program: { startsOn: string; endsOn?: string | null }, locale: DateLocale): string {
  const start = formatDate(program.startsOn, locale);
  return program.endsOn
    ? m.program_dates({ start, end: formatDate(program.endsOn, locale) })
    : m.program_from({ start });
}

/** Places left in words: a number of a capacity, "full", or "no limit" (placesLeft is null without a capacity). */
export function placesText(program: { capacity?: number | null; placesLeft?: number | null }, locale: DateLocale) {
  if (program.capacity == null || program.placesLeft == null) return m.program_places_unlimited();
  if (program.placesLeft <= 0) return m.program_places_full();
  return m.program_places_left({
    count: formatNumber(program.placesLeft, locale),
    capacity: formatNumber(program.capacity, locale),
  });
}

/**
 * A published outcome count: the API answers null below 3 so no small group can be singled out; it reads
 * "< 3", never 0, which would be a claim the data does not make.
 */
export function outcomeCount(count: number | null | undefined, locale: DateLocale): string {
  return count == null ? m.program_outcome_suppressed() : formatNumber(count, locale);
}

/** A date-time from the API as the `YYYY-MM-DD` a date input holds (the day in UTC, as the API stores days). */
export const dateInputValue = (value: string | null | undefined): string => (value ? value.slice(0, 10) : "");

export interface ProgramOutcomes {
  applicants?: number | null;
  accepted?: number | null;
  completed?: number | null;
  startedBusiness?: number | null;
}

/** The outcome counts with their labels, in the order every page shows them. */
export function outcomeRows(outcomes: ProgramOutcomes, locale: DateLocale): { label: string; value: string }[] {
  return [
    { label: m.program_outcome_applicants(), value: outcomeCount(outcomes.applicants, locale) },
    { label: m.program_outcome_accepted(), value: outcomeCount(outcomes.accepted, locale) },
    { label: m.program_outcome_completed(), value: outcomeCount(outcomes.completed, locale) },
    { label: m.program_outcome_started_business(), value: outcomeCount(outcomes.startedBusiness, locale) },
  ];
}
