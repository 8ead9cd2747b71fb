// Words for the API's funding enums, in the visitor's language. Unknown values (a newer API) show as they are.
import { type DateLocale, formatPercentFromBps } from "../format.ts";
import { m } from "../paraglide/messages.js";
import type { RoundStatus } from "./rounds.ts";

type Message = () => string;

const STATUS_LABELS: Record<RoundStatus, Message> = {
  DRAFT: m.funding_state_DRAFT,
  SUBMITTED: m.funding_state_SUBMITTED,
  RETURNED: m.funding_state_RETURNED,
  APPROVED: m.funding_state_APPROVED,
  OPEN: m.funding_state_OPEN,
  FUNDED: m.funding_state_FUNDED,
  CLOSED_UNDERFUNDED: m.funding_state_CLOSED_UNDERFUNDED,
  DISBURSED: m.funding_state_DISBURSED,
  REPAYING: m.funding_state_REPAYING,
  COMPLETED: m.funding_state_COMPLETED,
  DEFAULTED: m.funding_state_DEFAULTED,
};

const STATUS_EXPLANATIONS: Record<RoundStatus, Message> = {
  DRAFT: m.funding_state_DRAFT_explain,
  SUBMITTED: m.funding_state_SUBMITTED_explain,
  RETURNED: m.funding_state_RETURNED_explain,
  APPROVED: m.funding_state_APPROVED_explain,
  OPEN: m.funding_state_OPEN_explain,
  FUNDED: m.funding_state_FUNDED_explain,
  CLOSED_UNDERFUNDED: m.funding_state_CLOSED_UNDERFUNDED_explain,
  DISBURSED: m.funding_state_DISBURSED_explain,
  REPAYING: m.funding_state_REPAYING_explain,
  COMPLETED: m.funding_state_COMPLETED_explain,
  DEFAULTED: m.funding_state_DEFAULTED_explain,
};

const INSTALMENT_LABELS: Record<string, Message> = {
  PAID: m.funding_instalment_PAID,
  DUE: m.funding_instalment_DUE,
  OVERDUE: m.funding_instalment_OVERDUE,
  UPCOMING: m.funding_instalment_UPCOMING,
};

const INSTRUMENT_LABELS: Record<string, Message> = {
  LOAN: m.funding_instrument_LOAN,
  PROFIT_SHARE: m.funding_instrument_PROFIT_SHARE,
  COOPERATIVE_CAPITAL: m.funding_instrument_COOPERATIVE_CAPITAL,
};

const known = (table: Record<string, Message>, value: string) =>
  Object.hasOwn(table, value) ? table[value]!() : value;

export const roundStatusLabel = (status: string) => known(STATUS_LABELS, status);
export const roundStatusExplanation = (status: string) => known(STATUS_EXPLANATIONS, status);
export const instalmentStatusLabel = (status: string) => known(INSTALMENT_LABELS, status);
export const instrumentLabel = (instrument: string) => known(INSTRUMENT_LABELS, instrument);

/**
 * The return in words. `returnBps` means a yearly rate for a LOAN but a share of net profit for PROFIT_SHARE,
 * and cooperative capital earns the yearly SHU: one "% a year" label for all three would mislead investors.
 */
export function returnLabel(round: { instrument: string; returnBps: number }, locale: DateLocale): string {
  const rate = formatPercentFromBps(round.returnBps, locale);
  if (round.instrument === "LOAN") return m.funding_return_LOAN({ rate });
  if (round.instrument === "PROFIT_SHARE") return m.funding_return_PROFIT_SHARE({ rate });
  return m.funding_return_COOPERATIVE_CAPITAL();
}

const EVENT_LABELS: Record<string, Message> = {
  SUBMITTED: m.funding_event_SUBMITTED,
  OFFICER_APPROVED: m.funding_event_OFFICER_APPROVED,
  RETURNED: m.funding_event_RETURNED,
  APPROVED: m.funding_event_APPROVED,
  OPENED: m.funding_event_OPENED,
};

/** A step of a round's review history, in the visitor's language (an unknown step shows as the API names it). */
export const roundEventLabel = (kind: string) => known(EVENT_LABELS, kind);
