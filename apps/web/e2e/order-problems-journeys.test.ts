// A problem with an order, from a phone (390 px, Chromium) against the real API: the buyer reports a damaged item
// with a photo on /pesanan/<id>, the cooperative's chair refunds part of it from /koperasi/<slug>/masalah-pesanan,
// and the buyer reads the refund on the order. Axe on every page.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiCall, signInToken } from "../testing/commerce-session.ts";
import { paidOrder } from "../testing/order-problem-fixtures.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

type Any = any;

describe.skipIf(!chromiumAvailable)(`an order problem in a browser${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let buyer: TestBrowser;
  let chair: TestBrowser;
  let mediaDir: string;
  let orderId: string;
  let slug: string;

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), "dm-e2e-problems-"));
    process.env.MEDIA_DIR = mediaDir;
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url, env: { BODY_SIZE_LIMIT: "11M" } });
    const buyerToken = await signInToken(api.url, "buyer");
    const chairToken = await signInToken(api.url, "cooperativeOfficer");
    buyer = await launchBrowser({ viewport: { width: 390, height: 844 } });
    chair = await launchBrowser({ viewport: { width: 390, height: 844 } });
    for (const [browser, value] of [
      [buyer, buyerToken],
      [chair, chairToken],
    ] as const) {
      await browser.context.addCookies([{ name: "dm_session", value, url: web.url, httpOnly: true, sameSite: "Lax" }]);
    }
    const offices = await apiCall<Any>(
      api.url,
      "{ viewer { cooperativeOffices { cooperative { slug } } } }",
      {},
      chairToken,
    );
    slug = offices.viewer.cooperativeOffices[0].cooperative.slug;

    // given a paid transfer order of the buyer (two bags) from a business of the chair's cooperative
    orderId = (await paidOrder(api.url, buyerToken, 2)).id;
  }, 240_000);

  afterAll(async () => {
    await chair?.close();
    await buyer?.close();
    await web?.stop();
    await api?.stop();
    delete process.env.MEDIA_DIR;
    if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
  });

  it("the buyer reports a damaged item with a photo, the chair refunds part, the buyer sees the refund", async () => {
    // when the buyer opens the order and reports the problem with a photo
    const page = await buyer.newPage();
    await page.goto(`${web.url}/pesanan/${encodeURIComponent(orderId)}`);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Laporkan masalah" }) });
    expect(await section.getByText("Koperasi penjual akan memeriksa").count()).toBe(1);
    await expectAccessible(page);
    await section.getByLabel("Barang rusak").check();
    await section.getByLabel("Ceritakan masalahnya").fill("Dua bungkus keripik remuk dan sobek saat tiba.");
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c96" } })
      .jpeg()
      .toBuffer();
    await section.getByLabel("Foto bukti (tidak wajib)").setInputFiles({
      name: "keripik-remuk.jpg",
      mimeType: "image/jpeg",
      buffer: photo,
    });
    await section.getByRole("button", { name: "Kirim laporan" }).click();
    await page.getByText("Laporan terkirim").waitFor();
    // then the report shows as being handled, and no second report can be sent
    expect(await page.getByText("Sedang ditangani").count()).toBe(1);
    expect(await page.getByRole("button", { name: "Kirim laporan" }).count()).toBe(0);
    await expectAccessible(page);
    await saveScreenshot(page, "order-problem-reported-id-mobile");

    // when the chair opens the cooperative's queue from its menu
    const queue = await chair.newPage();
    await queue.goto(`${web.url}/koperasi/${slug}`);
    await queue.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Masalah pesanan" }).first().click();
    await queue.waitForURL(/\/masalah-pesanan$/);
    const item = queue.locator("li.item", { hasText: "Dua bungkus keripik remuk" });
    expect(await item.count()).toBe(1);
    // the photo is there, for the officer
    const photoHref = await item.getByRole("link", { name: "Lihat foto" }).getAttribute("href");
    const served = await queue.request.get(`${web.url}${photoHref}`);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/webp");
    await expectAccessible(queue);
    await saveScreenshot(queue, "order-problem-queue-id-mobile");

    // a refund above what was paid is refused on the amount, with what can be refunded
    await item.getByLabel("Jumlah (rupiah)").fill("999999999");
    await item.getByLabel("Keterangan untuk pembeli").fill("Pengganti dua bungkus yang remuk.");
    await item.getByRole("button", { name: "Kembalikan dana" }).click();
    await queue.getByText(/Paling banyak Rp/).waitFor();
    await expectAccessible(queue);

    // the chair refunds Rp 10.000
    const again = queue.locator("li.item", { hasText: "Dua bungkus keripik remuk" });
    await again.getByLabel("Jumlah (rupiah)").fill("10.000");
    await again.getByLabel("Keterangan untuk pembeli").fill("Pengganti dua bungkus yang remuk.");
    await again.getByRole("button", { name: "Kembalikan dana" }).click();
    await queue.getByText("Dana dikembalikan; pembeli melihatnya").waitFor();
    await expectAccessible(queue);

    // then the buyer sees the refund and its note on the order
    await page.goto(`${web.url}/pesanan/${encodeURIComponent(orderId)}`);
    expect(await page.getByText(/Dana dikembalikan: Rp\s?10\.000/).count()).toBe(1);
    expect(await page.getByText("Pengganti dua bungkus yang remuk.").count()).toBe(1);
    await expectAccessible(page);
    await saveScreenshot(page, "order-problem-refunded-id-mobile");
    await page.close();
    await queue.close();
  });
});
