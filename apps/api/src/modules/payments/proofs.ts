// Proofs of transfer: a photo (JPEG, PNG, WebP) or a PDF, judged by content. Photos are re-encoded as WebP (upright,
// every metadata block such as GPS dropped, at most 1600 px wide); PDFs are kept as sent. Stored under `proofs/`,
// which the public /media/ route never serves: proofs are read through /payment-proofs/<payment id> only.
import { randomBytes } from "node:crypto";

import sharp from "sharp";

import { sniffPhotoFormat } from "../photos/processing.ts";
import { PaymentProofError } from "./errors.ts";

export const PROOF_MAX_BYTES = 10 * 1024 * 1024;
const PROOF_WIDTH = 1600;

export interface ProcessedProof {
  bytes: Uint8Array;
  contentType: "image/webp" | "application/pdf";
  extension: "webp" | "pdf";
}

const isPdf = (bytes: Uint8Array) => bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === "%PDF-";

/** Checks a proof by its bytes (never its name or claimed type) and prepares it for storage. */
export async function processProof(bytes: Uint8Array): Promise<ProcessedProof> {
  if (bytes.byteLength > PROOF_MAX_BYTES) throw new PaymentProofError("TOO_LARGE");
  if (isPdf(bytes)) return { bytes, contentType: "application/pdf", extension: "pdf" };
  const format = sniffPhotoFormat(bytes);
  if (format !== "jpeg" && format !== "png" && format !== "webp") throw new PaymentProofError("UNSUPPORTED_TYPE");
  try {
    const webp = await sharp(bytes, { limitInputPixels: 60_000_000, failOn: "error", pages: 1 })
      .rotate()
      .resize({ width: PROOF_WIDTH, withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer();
    return { bytes: webp, contentType: "image/webp", extension: "webp" };
  } catch {
    throw new PaymentProofError("UNREADABLE");
  }
}

/** A new storage key for a proof: random, never reused. */
export const newProofKey = (extension: ProcessedProof["extension"]) =>
  `proofs/${randomBytes(16).toString("base64url")}.${extension}`;

/** Proofs are private: the public media route must not serve this folder. */
export const isPrivateMediaKey = (key: string) => key.startsWith("proofs/");
