import type { SavingsKind } from "@desa-migran/db";

export class PokokAlreadyPaidError extends Error {
  constructor() {
    super("Simpanan pokok sudah dibayar; simpanan pokok hanya dibayar sekali.");
    this.name = "PokokAlreadyPaidError";
  }
}

export class WrongPokokAmountError extends Error {
  readonly expectedIdr: bigint;
  constructor(expectedIdr: bigint) {
    super(`Simpanan pokok koperasi ini sebesar Rp ${expectedIdr.toLocaleString("id-ID")}.`);
    this.name = "WrongPokokAmountError";
    this.expectedIdr = expectedIdr;
  }
}

export class SavingsNotWithdrawableError extends Error {
  readonly kind: SavingsKind;
  constructor(kind: SavingsKind) {
    super(`Simpanan ${kind.toLowerCase()} tidak dapat ditarik selama masih menjadi anggota.`);
    this.name = "SavingsNotWithdrawableError";
    this.kind = kind;
  }
}

export class MembershipNotActiveError extends Error {
  constructor() {
    super("Keanggotaan ini tidak aktif.");
    this.name = "MembershipNotActiveError";
  }
}
