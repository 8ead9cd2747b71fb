// Display words for the API's cooperative enums, in the current UI language.
import { m } from "../paraglide/messages.js";

export type MeetingStatus = "SCHEDULED" | "OPEN" | "CLOSED";
export type MotionStatus = "OPEN" | "CARRIED" | "REJECTED" | "NO_QUORUM";
export type VoteChoice = "YES" | "NO" | "ABSTAIN";
export type SavingsKind = "POKOK" | "WAJIB" | "SUKARELA";

export const meetingStatusLabel = (status: MeetingStatus): string =>
  ({ SCHEDULED: m.coop_meeting_scheduled, OPEN: m.coop_meeting_open, CLOSED: m.coop_meeting_closed })[status]();

export const motionStatusLabel = (status: MotionStatus): string =>
  ({
    OPEN: m.coop_motion_open,
    CARRIED: m.coop_motion_carried,
    REJECTED: m.coop_motion_rejected,
    NO_QUORUM: m.coop_motion_no_quorum,
  })[status]();

export const voteLabel = (choice: VoteChoice): string =>
  ({ YES: m.coop_vote_yes, NO: m.coop_vote_no, ABSTAIN: m.coop_vote_abstain })[choice]();

export const savingsKindLabel = (kind: SavingsKind): string =>
  ({ POKOK: m.coop_savings_pokok, WAJIB: m.coop_savings_wajib, SUKARELA: m.coop_savings_sukarela })[kind]();

export const membershipStatusLabel = (status: "ACTIVE" | "LEFT"): string =>
  (status === "ACTIVE" ? m.coop_member_active : m.coop_member_left)();

export type MeetingKind = "ANNUAL" | "EXTRAORDINARY";
export type MotionKind = "GENERAL" | "ADOPT_ANNUAL_REPORT" | "APPROVE_FUNDING_ROUND";

/** Short name of a meeting's kind: RAT (annual) or RALB (extraordinary). */
export const meetingKindShort = (kind: MeetingKind): string =>
  (kind === "ANNUAL" ? m.coop_kind_rat : m.coop_kind_ralb)();

export const motionKindLabel = (kind: MotionKind): string | null =>
  kind === "ADOPT_ANNUAL_REPORT"
    ? m.coop_motion_kind_adopt()
    : kind === "APPROVE_FUNDING_ROUND"
      ? m.coop_motion_kind_round()
      : null;

/** A meeting's date and time as people in the village read it: `13 Feb 2027, 09.00 WIB`. */
export function formatWib(value: string | Date, locale: "id" | "en"): string {
  const instant = typeof value === "string" ? new Date(value) : value;
  const time = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    timeZone: "Asia/Jakarta",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  const day = new Intl.DateTimeFormat("en-US", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(instant);
  const part = (type: string) => Number(day.find((p) => p.type === type)?.value);
  const months =
    locale === "id"
      ? ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
      : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${part("day")} ${months[part("month") - 1]} ${part("year")}, ${time.replace(":", locale === "id" ? "." : ":")} WIB`;
}
