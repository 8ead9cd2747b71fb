/**
 * Uploaded product photos are stored in three widths; the product keeps the largest one's URL
 * (`/media/products/<id>-1280.webp`), and the others are found from it for `srcset`. Any other
 * image URL (a drawn placeholder, a URL typed by hand) has one size only.
 */
const UPLOADED = /^(\/media\/products\/[A-Za-z0-9_-]{22})-1280\.webp$/;
export const PHOTO_WIDTHS = [320, 640, 1280] as const;
export const MAX_PHOTOS = 6;
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/** `srcset` for an uploaded photo, or undefined (the attribute is then left out). */
export function photoSrcset(url: string | null | undefined): string | undefined {
  const base = url ? UPLOADED.exec(url)?.[1] : undefined;
  return base ? PHOTO_WIDTHS.map((w) => `${base}-${w}.webp ${w}w`).join(", ") : undefined;
}

/** The smallest stored width, for thumbnails in the seller's photo list. */
export function photoThumbnail(url: string): string {
  const base = UPLOADED.exec(url)?.[1];
  return base ? `${base}-320.webp` : url;
}

/** Whether the URL names an uploaded photo (as opposed to a drawn placeholder or a typed URL). */
export function isUploadedPhoto(url: string): boolean {
  return UPLOADED.test(url);
}

/** Sizes of a product card's image: a grid of cards (see product-grid). */
export const CARD_SIZES = "(min-width: 64rem) 18rem, (min-width: 40rem) 45vw, 100vw";
