import type { FundingRoundStatus } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";
import { rupiah } from "../common/text.ts";

export class RoundNotOpenError extends BilingualError {
  readonly status: FundingRoundStatus;
  constructor(status: FundingRoundStatus) {
    super("Putaran pendanaan ini tidak sedang dibuka.", "This funding round is not open.");
    this.status = status;
  }
}

export class TicketOutOfRangeError extends BilingualError {
  readonly minIdr: bigint;
  readonly maxIdr: bigint;
  constructor(minIdr: bigint, maxIdr: bigint) {
    super(
      `Jumlah investasi per keluarga harus antara ${rupiah(minIdr)} dan ${rupiah(maxIdr)} (total di putaran ini).`,
      `A family's investment must be between ${rupiah(minIdr, "en")} and ${rupiah(maxIdr, "en")} (in total in this round).`,
    );
    this.minIdr = minIdr;
    this.maxIdr = maxIdr;
  }
}

export class RoundOversubscribedError extends BilingualError {
  readonly remainingIdr: bigint;
  constructor(remainingIdr: bigint) {
    super(
      `Target hampir tercapai: sisa yang bisa didanai ${rupiah(remainingIdr)}.`,
      `The target is almost reached: ${rupiah(remainingIdr, "en")} is left to fund.`,
    );
    this.remainingIdr = remainingIdr;
  }
}

/**
 * A round not offered to the public is cooperative capital raised among members: only a household in which someone
 * is an active member of the round's cooperative may pledge. (A type of its own rather than the meetings'
 * NotCooperativeMemberError, whose schema description is about voting.)
 */
export class MembersOnlyRoundError extends BilingualError {
  readonly cooperativeName: string;
  constructor(cooperativeName: string) {
    super(
      `Putaran ini khusus anggota ${cooperativeName}: belum ada anggota keluarga ini yang menjadi anggota aktif koperasi.`,
      `This round is for members of ${cooperativeName} only: nobody in this family is an active member of the cooperative yet.`,
    );
    this.cooperativeName = cooperativeName;
  }
}

export class IncomeNotDeclaredError extends fixedMessage(
  "Untuk putaran publik, keluarga harus mencatat penghasilan tahunan terlebih dahulu (batas investasi OJK).",
  "For a public round, the family must first record its yearly income (the OJK investment limit).",
) {}

export class InvestmentCapExceededError extends BilingualError {
  readonly limitIdr: bigint;
  readonly usedIdr: bigint;
  constructor(limitIdr: bigint, usedIdr: bigint) {
    super(
      `Batas investasi tahunan menurut OJK (POJK 57/2020) adalah ${rupiah(limitIdr)}; sudah terpakai ${rupiah(usedIdr)} tahun ini.`,
      `The yearly investment limit under OJK rules (POJK 57/2020) is ${rupiah(limitIdr, "en")}; ${rupiah(usedIdr, "en")} is already used this year.`,
    );
    this.limitIdr = limitIdr;
    this.usedIdr = usedIdr;
  }
}

const ROUND_ACTIONS = {
  close: ["tutup", "close"],
  disburse: ["cairkan", "disburse"],
  repay: ["bayar angsuran", "pay an instalment"],
  default: ["nyatakan gagal bayar", "declare a default"],
} as const;

export class InvalidRoundStateError extends BilingualError {
  readonly status: FundingRoundStatus;
  constructor(status: FundingRoundStatus, action: keyof typeof ROUND_ACTIONS) {
    const [id, en] = ROUND_ACTIONS[action];
    super(
      `Tindakan "${id}" tidak bisa dilakukan pada putaran berstatus ${status}.`,
      `The step "${en}" is not possible on a round that is ${status}.`,
    );
    this.status = status;
  }
}

/**
 * The family did not accept the current risk statement (none given, or an older version than the one in force):
 * nothing was pledged; it must read the current statement and confirm again.
 */
export class DisclosureNotAcceptedError extends BilingualError {
  readonly currentVersion: string;
  readonly acceptedVersion: string | null;
  constructor(currentVersion: string, acceptedVersion: string | null) {
    super(
      acceptedVersion
        ? "Pernyataan risiko sudah diperbarui sejak Anda membacanya. Bacalah pernyataan yang baru lalu setujui lagi; belum ada uang yang berpindah."
        : "Bacalah pernyataan risiko dan setujui terlebih dahulu; belum ada uang yang berpindah.",
      acceptedVersion
        ? "The risk statement has changed since you read it. Read the new statement and confirm again; no money has moved."
        : "Read the risk statement and confirm it first; no money has moved.",
    );
    this.currentVersion = currentVersion;
    this.acceptedVersion = acceptedVersion;
  }
}
