import type { MeetingStatus } from "@desa-migran/db";

/** A meeting moves SCHEDULED → OPEN → CLOSED, once each way. */
export class InvalidMeetingTransitionError extends Error {
  readonly from: MeetingStatus;
  readonly to: MeetingStatus;
  constructor(from: MeetingStatus, to: MeetingStatus) {
    super(`Rapat berstatus ${from} tidak bisa diubah menjadi ${to}.`);
    this.name = "InvalidMeetingTransitionError";
    this.from = from;
    this.to = to;
  }
}

/** Votes are taken only while the meeting is open. */
export class MeetingNotOpenError extends Error {
  readonly status: MeetingStatus;
  constructor(status: MeetingStatus) {
    super(
      status === "CLOSED"
        ? "Rapat sudah ditutup; suara tidak bisa diberikan lagi."
        : "Rapat belum dibuka; suara belum bisa diberikan.",
    );
    this.name = "MeetingNotOpenError";
    this.status = status;
  }
}

/** Only active members vote, each for themself (no proxies). */
export class NotCooperativeMemberError extends Error {
  constructor() {
    super("Hanya anggota aktif koperasi ini yang dapat memberikan suara, dan hanya atas nama sendiri.");
    this.name = "NotCooperativeMemberError";
  }
}

/** One member, one vote: the member already voted on this motion. */
export class AlreadyVotedError extends Error {
  constructor() {
    super("Anda sudah memberikan suara untuk usulan ini; satu anggota satu suara.");
    this.name = "AlreadyVotedError";
  }
}
