// The photo module's domain error: why an upload, removal or reordering was refused.
import { BilingualError } from "../common/errors.ts";
import { PHOTO_MAX_BYTES, type PhotoRejection } from "./processing.ts";

export const MAX_PHOTOS = 6;

export type PhotoErrorReason = PhotoRejection | "TOO_MANY" | "NOT_FOUND" | "ORDER_MISMATCH" | "CHANGED";

const MESSAGES: Record<PhotoErrorReason, [string, string]> = {
  TOO_LARGE: [
    `Foto terlalu besar (maks. ${PHOTO_MAX_BYTES / 1024 / 1024} MB).`,
    `The photo is too large (max ${PHOTO_MAX_BYTES / 1024 / 1024} MB).`,
  ],
  UNSUPPORTED_TYPE: [
    "Berkas ini bukan foto JPEG, PNG, WebP atau HEIC yang bisa dibaca.",
    "This file is not a JPEG, PNG, WebP or HEIC photo that can be read.",
  ],
  UNREADABLE: ["Foto ini rusak atau tidak dapat dibaca.", "This photo is damaged or cannot be read."],
  TOO_MANY: [`Maksimal ${MAX_PHOTOS} foto per produk.`, `At most ${MAX_PHOTOS} photos per product.`],
  NOT_FOUND: ["Foto itu tidak ada pada produk ini.", "That photo is not on this product."],
  ORDER_MISMATCH: [
    "Urutan harus memuat setiap foto produk tepat satu kali.",
    "The order must list each of the product's photos exactly once.",
  ],
  CHANGED: [
    "Foto produk baru saja diubah di tempat lain; coba lagi.",
    "The product's photos just changed elsewhere; try again.",
  ],
};

/** An upload, removal or reordering that was refused; nothing was changed. */
export class ProductPhotoError extends BilingualError {
  readonly reason: PhotoErrorReason;
  readonly maximum = MAX_PHOTOS;
  constructor(reason: PhotoErrorReason) {
    super(...MESSAGES[reason]);
    this.reason = reason;
  }
}
