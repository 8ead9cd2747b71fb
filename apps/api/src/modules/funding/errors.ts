import type { FundingRoundStatus } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";
import { rupiah } from "../common/text.ts";

/** A round moves DRAFT → SUBMITTED → APPROVED → OPEN → ... ; anything else asked of it is refused. */
export class InvalidRoundTransitionError extends BilingualError {
  readonly from: FundingRoundStatus;
  readonly to: FundingRoundStatus;
  constructor(from: FundingRoundStatus, to: FundingRoundStatus) {
    super(
      `Putaran pendanaan berstatus ${from} tidak bisa diubah menjadi ${to}. ` +
        "Putaran dibuka hanya setelah disetujui koperasi.",
      `A funding round that is ${from} cannot become ${to}. A round opens only after the cooperative approves it.`,
    );
    this.from = from;
    this.to = to;
  }
}

/** The terms are fixed once submitted: the cooperative reviews, and investors pledge against, what it saw. */
export class RoundNotEditableError extends BilingualError {
  readonly status: FundingRoundStatus;
  constructor(status: FundingRoundStatus) {
    super(
      `Putaran berstatus ${status} tidak bisa diubah; hanya draf atau putaran yang dikembalikan koperasi yang bisa disunting.`,
      `A round that is ${status} cannot be edited; only a draft or a round returned by the cooperative can.`,
    );
    this.status = status;
  }
}

/** Amounts or dates of a round do not fit together (min ≤ max ≤ target, closes after it opens). */
export class InvalidRoundTermsError extends BilingualError {
  readonly field: string;
  constructor(field: string, messageId: string, messageEn: string) {
    super(messageId, messageEn);
    this.field = field;
  }
}

/** POJK 57/2020: an issuer may raise at most Rp 10 billion a year. */
export class IssuerCapExceededError extends BilingualError {
  readonly capIdr: bigint;
  readonly usedIdr: bigint;
  readonly requestedIdr: bigint;
  readonly year: number;
  constructor(capIdr: bigint, usedIdr: bigint, requestedIdr: bigint, year: number) {
    super(
      `Batas penghimpunan dana penerbit (POJK 57/2020) ${rupiah(capIdr)} per tahun terlampaui: ` +
        `tahun ${year} sudah ${rupiah(usedIdr)}, diminta ${rupiah(requestedIdr)}.`,
      `The issuer's fundraising cap (POJK 57/2020) of ${rupiah(capIdr, "en")} a year would be passed: ` +
        `${rupiah(usedIdr, "en")} already raised in ${year}, ${rupiah(requestedIdr, "en")} asked for.`,
    );
    this.capIdr = capIdr;
    this.usedIdr = usedIdr;
    this.requestedIdr = requestedIdr;
    this.year = year;
  }
}

/** A round is administered by the business's own village cooperative. */
export class CooperativeMismatchError extends fixedMessage(
  "Putaran harus dikelola oleh koperasi tempat usaha ini bernaung.",
  "The round must be administered by the cooperative this business belongs to.",
) {}

/** Only a business verified as a returnee's raises money through the cooperative. */
export class BusinessNotVerifiedError extends fixedMessage(
  "Usaha ini belum terverifikasi sebagai usaha purna PMI oleh perangkat desa atau pengurus koperasi; putaran belum bisa disetujui.",
  "This business is not yet verified as a returnee's by a village or cooperative officer; the round cannot be approved yet.",
) {}

/** The reviewing officer must confirm every item of the checklist before approving. */
export class ChecklistIncompleteError extends BilingualError {
  readonly missing: string[];
  constructor(missing: string[]) {
    super(
      "Semua butir daftar periksa harus dicentang sebelum menyetujui; jika ada yang belum terpenuhi, kembalikan putaran dengan catatan.",
      "Every checklist item must be ticked before approving; if one is not met, return the round with comments.",
    );
    this.missing = missing;
  }
}

/** The round's terms pass what the cooperative's by-law allows it to administer. */
export class RoundOutsideCooperativeLimitsError extends BilingualError {
  readonly maxTargetIdr: bigint;
  readonly maxReturnBps: number;
  constructor(maxTargetIdr: bigint, maxReturnBps: number) {
    super(
      `Syarat putaran melebihi batas anggaran dasar koperasi: target paling banyak ${rupiah(maxTargetIdr)} ` +
        `dan imbal hasil paling tinggi ${(maxReturnBps / 100).toLocaleString("id-ID")}%.`,
      `The round's terms exceed the cooperative's by-law limits: a target of at most ${rupiah(maxTargetIdr, "en")} ` +
        `and a return of at most ${(maxReturnBps / 100).toLocaleString("en-US")}%.`,
    );
    this.maxTargetIdr = maxTargetIdr;
    this.maxReturnBps = maxReturnBps;
  }
}

/** A members-only round is the members' decision: a carried motion of a members' meeting must name it. */
export class MeetingApprovalRequiredError extends fixedMessage(
  "Putaran khusus anggota harus disetujui rapat anggota (RAT atau RALB) lewat usulan yang menyebut putaran ini dan diterima.",
  "A members-only round needs a carried motion of a members' meeting (RAT or RALB) that names this round.",
) {}

/** Four eyes: the second approval must come from another officer. */
export class OfficerAlreadyApprovedError extends fixedMessage(
  "Anda sudah menyetujui pengajuan ini; persetujuan kedua harus dari pengurus lain.",
  "You have already approved this submission; the second approval must come from another officer.",
) {}
