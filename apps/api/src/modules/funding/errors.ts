import type { FundingRoundStatus } from "@desa-migran/db";

/** A round moves DRAFT → OPEN → ... ; anything else asked of it is refused. */
export class InvalidRoundTransitionError extends Error {
  readonly from: FundingRoundStatus;
  readonly to: FundingRoundStatus;
  constructor(from: FundingRoundStatus, to: FundingRoundStatus) {
    super(`Putaran pendanaan berstatus ${from} tidak bisa diubah menjadi ${to}.`);
    this.name = "InvalidRoundTransitionError";
    this.from = from;
    this.to = to;
  }
}

/** The terms of a round are fixed once it opens: investors pledge against them. */
export class RoundNotEditableError extends Error {
  readonly status: FundingRoundStatus;
  constructor(status: FundingRoundStatus) {
    super(`Putaran berstatus ${status} tidak bisa diubah; hanya draf yang bisa disunting.`);
    this.name = "RoundNotEditableError";
    this.status = status;
  }
}

/** Amounts or dates of a round do not fit together (min ≤ max ≤ target, closes after it opens). */
export class InvalidRoundTermsError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = "InvalidRoundTermsError";
    this.field = field;
  }
}

/** POJK 57/2020: an issuer may raise at most Rp 10 billion a year. */
export class IssuerCapExceededError extends Error {
  readonly capIdr: bigint;
  readonly usedIdr: bigint;
  readonly requestedIdr: bigint;
  readonly year: number;
  constructor(capIdr: bigint, usedIdr: bigint, requestedIdr: bigint, year: number) {
    super(
      `Batas penghimpunan dana penerbit (POJK 57/2020) Rp ${capIdr.toLocaleString("id-ID")} per tahun terlampaui: ` +
        `tahun ${year} sudah Rp ${usedIdr.toLocaleString("id-ID")}, diminta Rp ${requestedIdr.toLocaleString("id-ID")}.`,
    );
    this.name = "IssuerCapExceededError";
    this.capIdr = capIdr;
    this.usedIdr = usedIdr;
    this.requestedIdr = requestedIdr;
    this.year = year;
  }
}

/** A round is administered by the business's own village cooperative. */
export class CooperativeMismatchError extends Error {
  constructor() {
    super("Putaran harus dikelola oleh koperasi tempat usaha ini bernaung.");
    this.name = "CooperativeMismatchError";
  }
}
