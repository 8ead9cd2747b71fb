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
