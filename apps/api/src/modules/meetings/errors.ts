import type { MeetingStatus } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** A meeting moves SCHEDULED → OPEN → CLOSED, once each way. */
export class InvalidMeetingTransitionError extends BilingualError {
  readonly from: MeetingStatus;
  readonly to: MeetingStatus;
  constructor(from: MeetingStatus, to: MeetingStatus) {
    super(`Rapat berstatus ${from} tidak bisa diubah menjadi ${to}.`, `A meeting that is ${from} cannot become ${to}.`);
    this.from = from;
    this.to = to;
  }
}

/** Votes (and the attendance list) are taken only while the meeting is open. */
export class MeetingNotOpenError extends BilingualError {
  readonly status: MeetingStatus;
  constructor(status: MeetingStatus, what: "vote" | "attendance" = "vote") {
    const [id, en] =
      what === "attendance"
        ? status === "CLOSED"
          ? [
              "Rapat sudah ditutup; daftar hadir tidak bisa diubah lagi.",
              "The meeting is closed; attendance can no longer change.",
            ]
          : [
              "Kehadiran dicatat setelah rapat dibuka. Buka rapat dulu.",
              "Attendance is recorded once the meeting is open. Open the meeting first.",
            ]
        : status === "CLOSED"
          ? [
              "Rapat sudah ditutup; suara tidak bisa diberikan lagi.",
              "The meeting is closed; votes can no longer be cast.",
            ]
          : [
              "Rapat belum dibuka; suara belum bisa diberikan.",
              "The meeting is not open yet; votes cannot be cast yet.",
            ];
    super(id, en);
    this.status = status;
  }
}

/** Only active members vote, each for themself (no proxies). */
export class NotCooperativeMemberError extends fixedMessage(
  "Hanya anggota aktif koperasi ini yang dapat memberikan suara, dan hanya atas nama sendiri.",
  "Only active members of this cooperative can vote, and only for themselves.",
) {}

/** One member, one vote: the member already voted on this motion. */
export class AlreadyVotedError extends fixedMessage(
  "Anda sudah memberikan suara untuk usulan ini; satu anggota satu suara.",
  "You have already voted on this motion; one member, one vote.",
) {}

const jakarta = (at: Date, locale: "id-ID" | "en-GB") =>
  `${at.toLocaleString(locale, { timeZone: "Asia/Jakarta", dateStyle: "medium", timeStyle: "short" })} WIB`;

/** A meeting opens at its scheduled time, not before: members were told when to come. */
export class MeetingNotYetDueError extends BilingualError {
  readonly opensAt: Date;
  constructor(opensAt: Date) {
    super(
      `Rapat belum waktunya dibuka. Rapat bisa dibuka mulai ${jakarta(opensAt, "id-ID")}, sesuai jadwal yang diumumkan ke anggota.`,
      `The meeting is not due yet. It can be opened from ${jakarta(opensAt, "en-GB")}, the time members were told.`,
    );
    this.opensAt = opensAt;
  }
}

/** Only members recorded as present vote (no proxies, no votes from outside the meeting). */
export class NotPresentError extends fixedMessage(
  "Anda belum tercatat hadir di rapat ini. Hanya anggota yang hadir yang boleh memberikan suara: minta pengurus mencatat kehadiran Anda dulu.",
  "You are not recorded as present at this meeting. Only members present may vote: ask an officer to record you as present first.",
) {}

/** One RAT per cooperative and fiscal year; other decisions go to an extraordinary meeting (RALB). */
export class AnnualMeetingExistsError extends BilingualError {
  readonly fiscalYear: number;
  constructor(fiscalYear: number) {
    super(
      `RAT untuk tahun buku ${fiscalYear} sudah ada. Satu tahun buku hanya punya satu RAT; untuk keputusan lain, panggil Rapat Anggota Luar Biasa (RALB).`,
      `There is already an annual meeting (RAT) for fiscal year ${fiscalYear}. A fiscal year has one RAT; for other decisions call an extraordinary meeting (RALB).`,
    );
    this.fiscalYear = fiscalYear;
  }
}

/** An APPROVE_FUNDING_ROUND motion names a round this cooperative administers, already sent to it. */
export class MotionFundingRoundError extends fixedMessage(
  "Putaran pendanaan di usulan ini tidak dikelola koperasi ini, atau belum diajukan ke koperasi.",
  "The funding round in this motion is not administered by this cooperative, or has not been sent to it yet.",
) {}

/** Attendance lists members: every name must be an active member of the meeting's cooperative. */
export class NotActiveMemberError extends fixedMessage(
  "Yang dicatat hadir harus anggota aktif koperasi ini. Periksa lagi daftar anggota yang dipilih.",
  "Only active members of this cooperative can be recorded as present. Check the members you chose.",
) {}

/** A member who already voted stays on the attendance list: their vote was cast in the meeting. */
export class AttendeeHasVotedError extends fixedMessage(
  "Anggota ini sudah memberikan suara, jadi kehadirannya tidak bisa dihapus.",
  "This member has already voted, so their attendance cannot be removed.",
) {}
