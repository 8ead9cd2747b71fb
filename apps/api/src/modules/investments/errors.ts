import type { FundingRoundStatus } from "@desa-migran/db";

import { BilingualError } from "../common/errors.ts";
import { rupiah } from "../common/text.ts";

export class RoundNotOpenError extends Error {
  readonly status: FundingRoundStatus;
  constructor(status: FundingRoundStatus) {
    super("Putaran pendanaan ini tidak sedang dibuka.");
    this.name = "RoundNotOpenError";
    this.status = status;
  }
}

export class TicketOutOfRangeError extends Error {
  readonly minIdr: bigint;
  readonly maxIdr: bigint;
  constructor(minIdr: bigint, maxIdr: bigint) {
    super(`Jumlah investasi per keluarga harus antara ${rupiah(minIdr)} dan ${rupiah(maxIdr)} (total di putaran ini).`);
    this.name = "TicketOutOfRangeError";
    this.minIdr = minIdr;
    this.maxIdr = maxIdr;
  }
}

export class RoundOversubscribedError extends Error {
  readonly remainingIdr: bigint;
  constructor(remainingIdr: bigint) {
    super(`Target hampir tercapai: sisa yang bisa didanai ${rupiah(remainingIdr)}.`);
    this.name = "RoundOversubscribedError";
    this.remainingIdr = remainingIdr;
  }
}

/**
 * A round not offered to the public is cooperative capital raised among members: only a household in which someone
 * is an active member of the round's cooperative may pledge. (A type of its own rather than the meetings'
 * NotCooperativeMemberError, whose schema description is about voting.)
 */
export class MembersOnlyRoundError extends Error {
  readonly cooperativeName: string;
  constructor(cooperativeName: string) {
    super(
      `Putaran ini khusus anggota ${cooperativeName}: belum ada anggota keluarga ini yang menjadi anggota aktif koperasi.`,
    );
    this.name = "MembersOnlyRoundError";
    this.cooperativeName = cooperativeName;
  }
}

export class IncomeNotDeclaredError extends Error {
  constructor() {
    super("Untuk putaran publik, keluarga harus mencatat penghasilan tahunan terlebih dahulu (batas investasi OJK).");
    this.name = "IncomeNotDeclaredError";
  }
}

export class InvestmentCapExceededError extends Error {
  readonly limitIdr: bigint;
  readonly usedIdr: bigint;
  constructor(limitIdr: bigint, usedIdr: bigint) {
    super(
      `Batas investasi tahunan menurut OJK (POJK 57/2020) adalah ${rupiah(limitIdr)}; sudah terpakai ${rupiah(usedIdr)} tahun ini.`,
    );
    this.name = "InvestmentCapExceededError";
    this.limitIdr = limitIdr;
    this.usedIdr = usedIdr;
  }
}

export class InvalidRoundStateError extends Error {
  readonly status: FundingRoundStatus;
  constructor(status: FundingRoundStatus, action: string) {
    super(`Tindakan "${action}" tidak bisa dilakukan pada putaran berstatus ${status}.`);
    this.name = "InvalidRoundStateError";
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
