// A product's photos are entries of Product.imageUrls: an uploaded one is `/media/products/<id>-1280.webp`, and
// its smaller widths (`-320`, `-640`) are found from that name. The drawn placeholder the seed sets
// (`/images/products/<slug>.svg`) gives way to the first upload; URLs typed by hand stay and count.
import { randomBytes } from "node:crypto";

import type { PrismaClient } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { MAX_PHOTOS, ProductPhotoError } from "./errors.ts";
import { PHOTO_WIDTHS, PhotoProcessingError, processPhoto } from "./processing.ts";
import type { MediaStorage } from "./storage.ts";

const LARGEST = PHOTO_WIDTHS[PHOTO_WIDTHS.length - 1]!;
const UPLOADED = new RegExp(`^/media/products/([A-Za-z0-9_-]{22})-${LARGEST}\\.webp$`);
const PLACEHOLDER = /^\/images\/products\/[a-z0-9-]+\.svg$/;

/** The storage keys of an uploaded photo's files, or [] for any other URL. */
export function photoKeys(url: string): string[] {
  const id = UPLOADED.exec(url)?.[1];
  return id ? PHOTO_WIDTHS.map((width) => `products/${id}-${width}.webp`) : [];
}

async function imageUrlsOf(prisma: PrismaClient, productId: string): Promise<string[]> {
  const product = await prisma.product.findUnique({ where: { id: productId }, select: { imageUrls: true } });
  if (!product) throw new NotFoundError("Product");
  return product.imageUrls;
}

/** Writes the new list only if no one changed the old one meanwhile (two uploads at once cannot make 7). */
async function replaceImageUrls(prisma: PrismaClient, productId: string, before: string[], after: string[]) {
  const { count } = await prisma.product.updateMany({
    where: { id: productId, imageUrls: { equals: before } },
    data: { imageUrls: after },
  });
  return count === 1;
}

export async function addProductPhoto(
  prisma: PrismaClient,
  storage: MediaStorage,
  productId: string,
  bytes: Uint8Array,
) {
  const before = await imageUrlsOf(prisma, productId);
  if (before.filter((url) => !PLACEHOLDER.test(url)).length >= MAX_PHOTOS) throw new ProductPhotoError("TOO_MANY");
  let variants;
  try {
    variants = await processPhoto(bytes);
  } catch (error) {
    if (error instanceof PhotoProcessingError) throw new ProductPhotoError(error.reason);
    throw error;
  }
  const id = randomBytes(16).toString("base64url");
  const url = `/media/products/${id}-${LARGEST}.webp`;
  const keys = photoKeys(url);
  await Promise.all(variants.map((v, i) => storage.put(keys[i]!, v.bytes, "image/webp")));
  // A concurrent change re-reads and retries; the files are kept only if the URL is saved.
  let current = before;
  for (let attempt = 0; attempt < 3; attempt++) {
    const kept = current.filter((u) => !PLACEHOLDER.test(u));
    if (kept.length >= MAX_PHOTOS) break;
    if (await replaceImageUrls(prisma, productId, current, [...kept, url])) {
      return prisma.product.findUniqueOrThrow({ where: { id: productId } });
    }
    current = await imageUrlsOf(prisma, productId);
  }
  await Promise.all(keys.map((key) => storage.delete(key)));
  const kept = current.filter((u) => !PLACEHOLDER.test(u));
  throw new ProductPhotoError(kept.length >= MAX_PHOTOS ? "TOO_MANY" : "CHANGED");
}

export async function removeProductPhoto(prisma: PrismaClient, storage: MediaStorage, productId: string, url: string) {
  const before = await imageUrlsOf(prisma, productId);
  if (!before.includes(url)) throw new ProductPhotoError("NOT_FOUND");
  if (
    !(await replaceImageUrls(
      prisma,
      productId,
      before,
      before.filter((u) => u !== url),
    ))
  ) {
    throw new ProductPhotoError("CHANGED");
  }
  // No order copies an image URL (order lines keep name and price only), so the files can go now, unless another
  // product names the same URL (imageUrls can be typed by hand: removing a copied URL must not delete the original).
  const keys = photoKeys(url);
  if (keys.length && (await prisma.product.count({ where: { imageUrls: { has: url } } })) === 0) {
    await Promise.all(keys.map((key) => storage.delete(key)));
  }
  return prisma.product.findUniqueOrThrow({ where: { id: productId } });
}

export async function reorderProductPhotos(prisma: PrismaClient, productId: string, urls: string[]) {
  const before = await imageUrlsOf(prisma, productId);
  const same =
    urls.length === before.length && new Set(urls).size === urls.length && urls.every((u) => before.includes(u));
  if (!same) throw new ProductPhotoError("ORDER_MISMATCH");
  if (!(await replaceImageUrls(prisma, productId, before, urls))) throw new ProductPhotoError("CHANGED");
  return prisma.product.findUniqueOrThrow({ where: { id: productId } });
}
