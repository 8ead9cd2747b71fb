import type { SavingsKind } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";
import { rupiah } from "../common/text.ts";

const kindId = (kind: SavingsKind) => `simpanan ${kind.toLowerCase()}`;
const kindEn = (kind: SavingsKind) =>
  `simpanan ${kind.toLowerCase()} (${kind === "POKOK" ? "membership deposit" : kind === "WAJIB" ? "mandatory savings" : "voluntary savings"})`;

export class PokokAlreadyPaidError extends fixedMessage(
  "Simpanan pokok sudah dibayar; simpanan pokok hanya dibayar sekali.",
  "Simpanan pokok (the membership deposit) is already paid; it is paid only once.",
) {}

export class WrongPokokAmountError extends BilingualError {
  readonly expectedIdr: bigint;
  constructor(expectedIdr: bigint) {
    super(
      `Simpanan pokok koperasi ini sebesar ${rupiah(expectedIdr)}.`,
      `This cooperative's simpanan pokok (membership deposit) is ${rupiah(expectedIdr)}.`,
    );
    this.expectedIdr = expectedIdr;
  }
}

/** Pokok and wajib are the member's equity: not withdrawable while a member. */
export class SavingsNotWithdrawableError extends BilingualError {
  readonly kind: SavingsKind;
  constructor(kind: SavingsKind) {
    super(
      `${kindId(kind)[0]!.toUpperCase()}${kindId(kind).slice(1)} tidak dapat ditarik selama masih menjadi anggota. Simpanan ini dikembalikan saat keanggotaan berakhir, jika anggaran dasar mengizinkan.`,
      `${kindEn(kind)[0]!.toUpperCase()}${kindEn(kind).slice(1)} cannot be withdrawn while a member. It is returned when the membership ends, if the by-laws allow.`,
    );
    this.kind = kind;
  }
}

/** The cooperative's by-laws keep pokok and wajib when a member leaves (equityRefundOnLeaving is off). */
export class EquityNotRefundableError extends BilingualError {
  readonly kind: SavingsKind;
  constructor(kind: SavingsKind) {
    super(
      `Menurut anggaran dasar koperasi ini, ${kindId(kind)} tidak dikembalikan kepada anggota yang keluar.`,
      `Under this cooperative's by-laws, ${kindEn(kind)} is not returned to a member who leaves.`,
    );
    this.kind = kind;
  }
}

/** A leaving member's pokok or wajib is returned in full, in one withdrawal: never part of it. */
export class PartialEquityRefundError extends BilingualError {
  readonly kind: SavingsKind;
  readonly balanceIdr: bigint;
  constructor(kind: SavingsKind, balanceIdr: bigint) {
    super(
      balanceIdr === 0n
        ? `Tidak ada ${kindId(kind)} yang bisa dikembalikan: saldonya Rp 0.`
        : `${kindId(kind)[0]!.toUpperCase()}${kindId(kind).slice(1)} dikembalikan seluruhnya sekaligus: ${rupiah(balanceIdr)}, tidak boleh sebagian.`,
      balanceIdr === 0n
        ? `There is no ${kindEn(kind)} to return: the balance is Rp 0.`
        : `${kindEn(kind)[0]!.toUpperCase()}${kindEn(kind).slice(1)} is returned in full, all at once: ${rupiah(balanceIdr)}, never in part.`,
    );
    this.kind = kind;
    this.balanceIdr = balanceIdr;
  }
}

export class MembershipNotActiveError extends fixedMessage(
  "Keanggotaan ini sudah berakhir; setoran tidak bisa dicatat lagi.",
  "This membership has ended; no more deposits can be recorded.",
) {}
