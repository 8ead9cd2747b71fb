// Turns an uploaded picture into the WebP files the marketplace serves: checked by its content (magic bytes, then
// the decoder), turned upright (EXIF orientation), stripped of every metadata block (EXIF with GPS, XMP, ICC
// comments) and resized to a few widths for srcset.
import sharp from "sharp";

/** Widths stored for each photo; the largest is the URL kept on the product, the others are derived from it. */
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
/** The largest accepted upload (a phone photo is 2-6 MB). */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** Refuses decompression bombs: a 10 MB file may still claim billions of pixels. */
const MAX_INPUT_PIXELS = 60_000_000;

export type PhotoFormat = "jpeg" | "png" | "webp" | "heic" | "avif";
export type PhotoRejection = "TOO_LARGE" | "UNSUPPORTED_TYPE" | "UNREADABLE";

export class PhotoProcessingError extends Error {
  readonly reason: PhotoRejection;
  constructor(reason: PhotoRejection, detail: string) {
    super(detail);
    this.name = "PhotoProcessingError";
    this.reason = reason;
  }
}

const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"]);

/** The format the bytes are, by their signature; the file name and the browser's MIME type are not trusted. */
export function sniffPhotoFormat(bytes: Uint8Array): PhotoFormat | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (bytes.length >= 12 && ascii(4, 8) === "ftyp") {
    const brand = ascii(8, 12);
    if (brand === "avif" || brand === "avis") return "avif";
    if (HEIF_BRANDS.has(brand)) return "heic";
  }
  return null;
}

export interface PhotoVariant {
  width: number;
  bytes: Uint8Array;
}

/** Checks and converts one upload; throws PhotoProcessingError with the reason it is refused. */
export async function processPhoto(bytes: Uint8Array): Promise<PhotoVariant[]> {
  if (bytes.byteLength > PHOTO_MAX_BYTES) throw new PhotoProcessingError("TOO_LARGE", "larger than 10 MB");
  const format = sniffPhotoFormat(bytes);
  if (!format) throw new PhotoProcessingError("UNSUPPORTED_TYPE", "not a JPEG, PNG, WebP or HEIC picture");
  // The first frame of an animation only; a truncated or corrupt file is an error, not a half-grey picture.
  const input = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 });
  try {
    const meta = await input.metadata();
    if (!meta.width || !meta.height) throw new Error("no dimensions");
  } catch (error) {
    // Prebuilt sharp reads AVIF but not HEVC-coded HEIC (patents): such a photo is refused, not misread.
    const reason = format === "heic" ? "UNSUPPORTED_TYPE" : "UNREADABLE";
    throw new PhotoProcessingError(reason, `cannot decode ${format}: ${(error as Error).message}`);
  }
  // rotate() with no angle applies the EXIF orientation; sharp writes no metadata unless asked (withMetadata).
  const upright = input.rotate();
  try {
    return await Promise.all(
      PHOTO_WIDTHS.map(async (width) => ({
        width,
        bytes: await upright
          .clone()
          .resize({ width, withoutEnlargement: true })
          .webp({ quality: 80, effort: 4 })
          .toBuffer(),
      })),
    );
  } catch (error) {
    throw new PhotoProcessingError("UNREADABLE", `cannot convert ${format}: ${(error as Error).message}`);
  }
}
