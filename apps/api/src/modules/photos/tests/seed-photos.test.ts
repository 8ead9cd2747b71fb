// The demo's product pictures: drawn per category and stored through the upload path.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { productPictureSvg, seedProductPhotos } from "../../../../seed/photos.ts";
import { createTestApi } from "../../../../test/harness.ts";
import type { TestApi } from "../../orders/tests/fixtures.ts";
import { localDiskStorage } from "../storage.ts";

describe("demo product photos", () => {
  let api: TestApi;
  let mediaDir: string;
  beforeAll(async () => {
    mediaDir = await mkdtemp(path.join(tmpdir(), "dm-seed-media-"));
    api = await createTestApi({ seed: true });
  });
  afterAll(async () => {
    await api?.cleanup();
    await rm(mediaDir, { recursive: true, force: true });
  });

  it("draws a different picture per category", async () => {
    const chips = productPictureSvg("keripik", "keripik-a");
    expect(chips).not.toBe(productPictureSvg("kopi-teh", "kopi-a"));
    expect(chips).not.toBe(productPictureSvg("keripik", "keripik-b"));
    expect(productPictureSvg("keripik", "keripik-a")).toBe(chips);
    expect((await sharp(Buffer.from(chips)).metadata()).width).toBe(960);
  });

  it("gives every demo product a stored photo instead of its placeholder, once", async () => {
    const storage = localDiskStorage(mediaDir);
    const count = await api.prisma.product.count();
    expect(await seedProductPhotos(api.prisma, storage)).toBe(count);
    const products = await api.prisma.product.findMany({ select: { imageUrls: true } });
    for (const { imageUrls } of products) {
      expect(imageUrls).toHaveLength(1);
      expect(imageUrls[0]).toMatch(/^\/media\/products\/[A-Za-z0-9_-]{22}-1280\.webp$/);
    }
    expect(await readdir(path.join(mediaDir, "products"))).toHaveLength(count * 3);
    // a second run finds nothing left to draw
    expect(await seedProductPhotos(api.prisma, storage)).toBe(0);
  });
});
