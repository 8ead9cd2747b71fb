// Domain errors of payments; mutations.ts registers them as GraphQL error types.
import type { PaymentStatus } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";
import type { QrisFormatError, QrisProblem } from "./qris.ts";

/** A cooperative's static QRIS text that cannot be used; nothing was saved. */
export class InvalidQrisPayloadError extends BilingualError {
  readonly problem: QrisProblem;
  constructor(cause: QrisFormatError) {
    super(cause.message, cause.messageEn);
    this.problem = cause.problem;
  }
}

/** Bank transfer goes through a cooperative's treasurer: a business outside any cooperative takes cash on delivery. */
export class TransferNeedsCooperativeError extends BilingualError {
  readonly businessName: string;
  constructor(businessName: string) {
    super(
      `${businessName} belum tergabung dalam koperasi, jadi belum bisa menerima transfer. Pilih bayar di tempat (COD) ` +
        "atau keluarkan produknya dari keranjang.",
      `${businessName} has not joined a cooperative yet, so it cannot take transfers. Choose cash on delivery ` +
        "or remove its products from the cart.",
    );
    this.businessName = businessName;
  }
}

/** The payment's status does not allow this step; nothing was changed. */
export class PaymentStatusError extends BilingualError {
  readonly status: PaymentStatus;
  constructor(status: PaymentStatus) {
    super(
      `Pembayaran ini berstatus ${status}; langkah itu tidak dapat dilakukan.`,
      `This payment is ${status}; that step is not possible.`,
    );
    this.status = status;
  }
}

/** A treasurer who also sells in the payment may not confirm it: nobody confirms money paid to themselves. */
export class OwnBusinessPaymentError extends fixedMessage(
  "Anda penjual dalam pembayaran ini: bendahara lain yang harus mengonfirmasinya.",
  "You are a seller in this payment: another treasurer has to confirm it.",
) {}

export type ProofRejection = "TOO_LARGE" | "UNSUPPORTED_TYPE" | "UNREADABLE";

const PROOF_MESSAGES: Record<ProofRejection, [string, string]> = {
  TOO_LARGE: ["Bukti transfer terlalu besar (maks. 10 MB).", "The proof of transfer is too large (max 10 MB)."],
  UNSUPPORTED_TYPE: [
    "Bukti transfer harus foto JPEG, PNG atau WebP, atau berkas PDF.",
    "The proof of transfer must be a JPEG, PNG or WebP photo, or a PDF file.",
  ],
  UNREADABLE: ["Berkas bukti transfer rusak atau tidak dapat dibaca.", "The proof file is damaged or unreadable."],
};

/** A proof of transfer that was refused; nothing was stored. */
export class PaymentProofError extends BilingualError {
  readonly reason: ProofRejection;
  constructor(reason: ProofRejection) {
    super(...PROOF_MESSAGES[reason]);
    this.reason = reason;
  }
}

/** The cooperative already lists this account at this bank. */
export class BankAccountTakenError extends fixedMessage(
  "Rekening ini sudah terdaftar untuk koperasi.",
  "This account is already listed for the cooperative.",
) {}
