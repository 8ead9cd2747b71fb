import { describe, expect, it } from "vitest";

import { isUploadedPhoto, photoSrcset, photoThumbnail } from "./product-photo.ts";

const URL_1280 = "/media/products/AbCdEfGhIjKlMnOpQrSt_--1280.webp";

describe("product photo URLs", () => {
  it("derives the srcset of an uploaded photo from its 1280 px URL", () => {
    expect(photoSrcset(URL_1280)).toBe(
      "/media/products/AbCdEfGhIjKlMnOpQrSt_--320.webp 320w, /media/products/AbCdEfGhIjKlMnOpQrSt_--640.webp 640w, " +
        "/media/products/AbCdEfGhIjKlMnOpQrSt_--1280.webp 1280w",
    );
    expect(photoThumbnail(URL_1280)).toBe("/media/products/AbCdEfGhIjKlMnOpQrSt_--320.webp");
    expect(isUploadedPhoto(URL_1280)).toBe(true);
  });

  it("leaves placeholders and typed URLs with one size", () => {
    for (const url of ["/images/products/keripik.svg", "https://example.id/a-1280.webp", null, undefined]) {
      expect(photoSrcset(url)).toBeUndefined();
    }
    expect(photoThumbnail("/images/products/keripik.svg")).toBe("/images/products/keripik.svg");
  });
});
