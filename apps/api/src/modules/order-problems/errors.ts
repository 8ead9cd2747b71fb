// Domain errors of order problems; mutations.ts registers them as GraphQL error types.
import type { OrderStatus } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";
import { formatRupiah } from "./words.ts";

/** The order already has a report waiting: one open report per order. */
export class ProblemAlreadyOpenError extends fixedMessage(
  "Pesanan ini sudah punya laporan masalah yang sedang ditangani. Tunggu sampai laporan itu selesai.",
  "This order already has a problem report being handled. Wait until that report is resolved.",
) {}

/** Reports are taken until REPORT_WINDOW_DAYS after delivery. */
export class ProblemWindowClosedError extends BilingualError {
  readonly deliveredAt: Date;
  readonly windowDays: number;
  constructor(deliveredAt: Date, windowDays: number) {
    super(
      `Laporan masalah hanya bisa dikirim sampai ${windowDays} hari setelah pesanan diterima. ` +
        "Hubungi penjual atau koperasi secara langsung.",
      `Problems can be reported until ${windowDays} days after the order was delivered. ` +
        "Contact the seller or the cooperative directly.",
    );
    this.deliveredAt = deliveredAt;
    this.windowDays = windowDays;
  }
}

/** The order is not (yet) one a problem can be reported on: unpaid, cancelled, or cash on delivery not shipped. */
export class ProblemNotReportableError extends BilingualError {
  readonly orderStatus: OrderStatus;
  constructor(orderStatus: OrderStatus) {
    super(
      "Masalah hanya bisa dilaporkan untuk pesanan yang sudah dibayar (atau, bila bayar di tempat, sudah dikirim).",
      "A problem can be reported only on an order that is paid (or, for cash on delivery, shipped).",
    );
    this.orderStatus = orderStatus;
  }
}

/** The report was already resolved (refunded or closed); its outcome does not change. */
export class ProblemAlreadyResolvedError extends BilingualError {
  readonly status: string;
  constructor(status: string) {
    super(
      "Laporan ini sudah diselesaikan; keputusannya tidak dapat diubah.",
      "This report has already been resolved; its outcome cannot change.",
    );
    this.status = status;
  }
}

/** A refund may not exceed what the buyer paid for the order less the refunds already made; nothing moved. */
export class RefundExceedsPaidError extends BilingualError {
  readonly refundableIdr: bigint;
  constructor(refundableIdr: bigint) {
    super(
      `Pengembalian dana melebihi yang dibayar pembeli untuk pesanan ini. Paling banyak ${formatRupiah(refundableIdr)}.`,
      `The refund is more than the buyer paid for this order. At most ${formatRupiah(refundableIdr, "en")}.`,
    );
    this.refundableIdr = refundableIdr;
  }
}

/** A business outside any cooperative sells by cash on delivery: no money passed through the platform to refund. */
export class RefundNeedsCooperativeError extends fixedMessage(
  "Usaha ini belum tergabung dalam koperasi dan hanya menjual bayar di tempat: pengembalian dana tidak lewat " +
    "platform. Tutup laporan dengan keterangan.",
  "This business has not joined a cooperative and sells by cash on delivery only: refunds do not go through " +
    "the platform. Close the report with a note.",
) {}

/** The officer sells in this order: another officer must resolve it. */
export class OwnOrderProblemError extends fixedMessage(
  "Anda penjual pesanan ini: pengurus lain yang harus menyelesaikan laporannya.",
  "You are the seller of this order: another officer has to resolve its report.",
) {}

/** Only the cooperative's treasurer or chair resolves reports. */
export class ResolverRoleError extends fixedMessage(
  "Hanya bendahara atau ketua koperasi yang dapat menyelesaikan laporan masalah.",
  "Only the cooperative's treasurer or chair can resolve problem reports.",
) {}

/** The seller's money already paid out does not cover the part of the refund not held by the cooperative. */
export class SellerFundsShortError extends fixedMessage(
  "Saldo usaha penjual tidak cukup untuk pengembalian dana ini; tidak ada uang yang berpindah. Bicarakan dengan " +
    "penjual atau kembalikan sebagian.",
  "The seller's business balance does not cover this refund; no money moved. Talk to the seller or refund a part.",
) {}

export type ProblemPhotoRejection = "TOO_LARGE" | "UNSUPPORTED_TYPE" | "UNREADABLE";
const PHOTO_MESSAGES: Record<ProblemPhotoRejection, [string, string]> = {
  TOO_LARGE: ["Foto terlalu besar (maks. 10 MB).", "The photo is too large (max 10 MB)."],
  UNSUPPORTED_TYPE: ["Foto harus JPEG, PNG atau WebP.", "The photo must be JPEG, PNG or WebP."],
  UNREADABLE: ["Foto rusak atau tidak dapat dibaca.", "The photo is damaged or unreadable."],
};

/** The photo was refused; nothing was stored or reported. */
export class ProblemPhotoError extends BilingualError {
  readonly reason: ProblemPhotoRejection;
  constructor(reason: ProblemPhotoRejection) {
    super(...PHOTO_MESSAGES[reason]);
    this.reason = reason;
  }
}
