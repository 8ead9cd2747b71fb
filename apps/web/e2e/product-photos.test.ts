// A seller adds a product photo from a phone (390 px, Chromium): chooses a file, uploads it, and sees it on the
// public product page, served in several widths, in a fixed 4:3 box.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInToken } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

describe.skipIf(!chromiumAvailable)(`seller's product photos in a browser${skipReason}`, { timeout: 90_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let seller: TestBrowser;
  let mediaDir: string;

  beforeAll(async () => {
    // The API runs in this process and stores photos under MEDIA_DIR (read on first use).
    mediaDir = await mkdtemp(join(tmpdir(), "dm-e2e-media-"));
    process.env.MEDIA_DIR = mediaDir;
    api = await startRealApi({ seed: true });
    // Started as `node build` directly: adapter-node's 512 KB default would refuse a phone photo.
    web = await startStack({ apiUrl: api.url, env: { BODY_SIZE_LIMIT: "11M" } });
    seller = await launchBrowser({ viewport: { width: 390, height: 844 } });
    const token = await signInToken(api.url, "entrepreneur");
    await seller.context.addCookies([
      { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
  }, 240_000);

  afterAll(async () => {
    await seller?.close();
    await web?.stop();
    await api?.stop();
    delete process.env.MEDIA_DIR;
    if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
  });

  it("uploads a photo from the file chooser and shows it on the product page", async () => {
    // given a phone photo with GPS in its EXIF
    const photo = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: "#c2410c" } })
      .composite([
        {
          input: Buffer.from(
            '<svg width="2400" height="1800"><circle cx="1200" cy="900" r="600" fill="#f4c95d"/></svg>',
          ),
        },
      ])
      .withMetadata({ exif: { IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 21/1 0/1" } } })
      .jpeg({ quality: 85 })
      .toBuffer();

    // when the seller opens a published product's photo page from the product list
    const page = await seller.newPage();
    await page.goto(`${web.url}/usahaku/produk`);
    const item = page.locator("li.product", { has: page.locator(".cm-badge", { hasText: "Terbit" }) }).first();
    const name = (await item.locator("h2").innerText()).trim();
    await item.locator("h2 a").click();
    await page.waitForURL(/\/usahaku\/produk\/[^/]+$/);
    await page.getByRole("link", { name: "Kelola foto" }).click();
    await page.waitForURL(/\/foto$/);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toContain(name);
    await expectAccessible(page);

    // and chooses the photo in the file chooser and uploads it
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.getByLabel("Pilih foto dari ponsel").click(),
    ]);
    await chooser.setFiles({ name: "IMG_20261205_101500.jpg", mimeType: "image/jpeg", buffer: photo });
    await page.getByRole("button", { name: "Unggah foto" }).click();
    await page.waitForURL(/\/foto(\?\/add)?$/);

    // then the page says so and lists it as the main photo
    expect(await page.getByRole("status").innerText()).toContain("Foto ditambahkan");
    expect(await page.getByRole("heading", { name: /1 dari 6 foto/ }).isVisible()).toBe(true);
    const thumb = page.locator(".photos img").first();
    expect(await thumb.getAttribute("src")).toMatch(/^\/media\/products\/[A-Za-z0-9_-]{22}-320\.webp$/);
    await expectAccessible(page);
    await saveScreenshot(page, "product-photos-id-mobile");

    // and the public product page shows it with srcset, in a 4:3 box, loaded
    await page.goto(`${web.url}/usahaku/produk`);
    const publicLink = page.locator("li.product", { hasText: name }).first().locator('a[href^="/produk/"]');
    await page.goto(`${web.url}${await publicLink.getAttribute("href")}`);
    const main = page.locator(".gallery li.main img");
    expect(await main.getAttribute("src")).toMatch(/^\/media\/products\/[A-Za-z0-9_-]{22}-1280\.webp$/);
    expect(await main.getAttribute("srcset")).toMatch(/-320\.webp 320w, .*-640\.webp 640w, .*-1280\.webp 1280w$/);
    expect(await main.getAttribute("sizes")).toBeTruthy();
    await main.evaluate((img: HTMLImageElement) => (img.complete ? null : new Promise((r) => (img.onload = r))));
    const shown = await main.evaluate((img: HTMLImageElement) => ({
      natural: img.naturalWidth,
      current: img.currentSrc,
      ratio: img.getBoundingClientRect().width / img.getBoundingClientRect().height,
    }));
    expect(shown.natural).toBeGreaterThan(0);
    // a 390 px phone at device scale 1 picks a small width, not the 1280 px file
    expect(shown.current).toMatch(/-(320|640)\.webp$/);
    expect(shown.ratio).toBeCloseTo(4 / 3, 1);
    // and the served file is WebP without EXIF
    const served = await fetch(new URL(shown.current).href);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect((await sharp(Buffer.from(await served.arrayBuffer())).metadata()).exif).toBeUndefined();
    await expectAccessible(page);
    await saveScreenshot(page, "product-page-photo-id-mobile");
    await page.close();
  });
});
