// Image processing: content check, EXIF (GPS) removed, upright, the srcset widths.
import sharp from "sharp";
import { describe, expect, it } from "vitest";

import { PHOTO_MAX_BYTES, PhotoProcessingError, processPhoto, sniffPhotoFormat } from "../processing.ts";

/** A 2000×1000 JPEG carrying GPS coordinates and a camera name in its EXIF, like a phone photo. */
async function phoneJpeg(options: { orientation?: number } = {}) {
  return sharp({ create: { width: 2000, height: 1000, channels: 3, background: { r: 200, g: 120, b: 40 } } })
    .withMetadata({
      ...(options.orientation ? { orientation: options.orientation } : {}),
      exif: {
        IFD0: { Make: "PhoneMaker", Model: "Phone 12" },
        IFD3: {
          GPSLatitudeRef: "S",
          GPSLatitude: "6/1 21/1 0/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "108/1 19/1 0/1",
        },
      },
    })
    .jpeg()
    .toBuffer();
}

async function rejection(bytes: Uint8Array) {
  return processPhoto(bytes).then(
    () => null,
    (error: unknown) => (error instanceof PhotoProcessingError ? error.reason : error),
  );
}

describe("processPhoto", () => {
  it("strips EXIF (GPS included) and produces WebP at 320, 640 and 1280 px", async () => {
    // given a phone JPEG whose EXIF names where it was taken
    const input = await phoneJpeg();
    const before = await sharp(input).metadata();
    expect(before.exif?.toString("latin1")).toContain("PhoneMaker");
    // when it is processed
    const variants = await processPhoto(input);
    // then three WebP widths come out, none with EXIF, XMP or ICC data
    expect(variants.map((v) => v.width)).toEqual([320, 640, 1280]);
    for (const variant of variants) {
      const meta = await sharp(variant.bytes).metadata();
      expect(meta.format).toBe("webp");
      expect(meta.width).toBe(variant.width);
      expect(meta.height).toBe(variant.width / 2);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(Buffer.from(variant.bytes).includes("PhoneMaker")).toBe(false);
      expect(Buffer.from(variant.bytes).includes("GPS")).toBe(false);
    }
  });

  it("turns a photo upright by its EXIF orientation", async () => {
    // given a landscape JPEG marked "rotate 90°" (orientation 6), as phones save portrait photos
    const input = await phoneJpeg({ orientation: 6 });
    // when it is processed
    const [small] = await processPhoto(input);
    // then it comes out portrait: 320 wide, 640 high
    const meta = await sharp(small!.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([320, 640]);
  });

  it("never enlarges a small picture", async () => {
    const png = await sharp({ create: { width: 500, height: 500, channels: 4, background: "#0f5c4d" } })
      .png()
      .toBuffer();
    const widths = await Promise.all(
      (await processPhoto(png)).map(async (v) => (await sharp(v.bytes).metadata()).width),
    );
    expect(widths).toEqual([320, 500, 500]);
  });

  it("reads PNG and WebP by their content whatever their name", async () => {
    const base = sharp({ create: { width: 400, height: 300, channels: 3, background: "#f4c95d" } });
    const webp = await base.clone().webp().toBuffer();
    expect(sniffPhotoFormat(webp)).toBe("webp");
    expect(await processPhoto(webp)).toHaveLength(3);
    expect(sniffPhotoFormat(await base.clone().png().toBuffer())).toBe("png");
  });

  it("refuses a text file renamed to .jpg", async () => {
    const text = new TextEncoder().encode("Ini bukan foto, hanya teks biasa yang diberi nama foto.jpg\n".repeat(20));
    expect(await rejection(text)).toBe("UNSUPPORTED_TYPE");
  });

  it("refuses an SVG (a document that can carry scripts), even a valid one", async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(await rejection(svg)).toBe("UNSUPPORTED_TYPE");
  });

  it("refuses a damaged JPEG", async () => {
    const jpeg = await phoneJpeg();
    expect(await rejection(jpeg.subarray(0, 600))).toBe("UNREADABLE");
  });

  it("refuses a file over 10 MB before decoding it", async () => {
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await rejection(big)).toBe("TOO_LARGE");
  });
});
