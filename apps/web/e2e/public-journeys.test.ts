import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");

describe.skipIf(!chromiumAvailable)(`public journeys in a browser${skipReason}`, { timeout: 45_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let browser: TestBrowser;
  // The journeys must work without JavaScript: links and GET forms only.
  let noScript: TestBrowser;

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    browser = await launchBrowser();
    noScript = await launchBrowser({ javaScriptEnabled: false });
  }, 240_000);

  afterAll(async () => {
    await noScript?.close();
    await browser?.close();
    await web?.stop();
    await api?.stop();
  });

  it("catalogue: searches, filters and pages without JavaScript", async () => {
    const page = await noScript.newPage();
    await page.goto(`${web.url}/katalog`);
    expect(await text(page, ".count")).toMatch(/^\d+ produk$/);
    expect(await page.getByRole("article").count()).toBe(12);

    // Given a search with a category and an order, submitted as a GET form
    await page.getByLabel("Cari produk").fill("keripik");
    // The other filters fold away until opened (a <details>, no script needed).
    await page.getByText("Filter lainnya dan urutan").click();
    await page.getByLabel("Urutkan").selectOption("PRICE_ASC");
    await page.getByLabel("Hanya yang ada stoknya").check();
    await page.getByRole("button", { name: "Terapkan" }).last().click();
    await page.waitForLoadState();

    // Then the address carries the filters and the results match them
    const url = new URL(page.url());
    expect(url.pathname).toBe("/katalog");
    expect(url.searchParams.get("q")).toBe("keripik");
    expect(url.searchParams.get("urut")).toBe("PRICE_ASC");
    expect(await text(page, ".count")).toMatch(/produk untuk “keripik”/);
    const prices = (await page.locator(".price strong").allInnerTexts()).map((p) => Number(p.replace(/\D/g, "")));
    expect(prices.length).toBeGreaterThan(0);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
    expect(await page.getByLabel("Cari produk").inputValue()).toBe("keripik");

    // And the next page is a plain link with a cursor
    const next = page.getByRole("link", { name: /Berikutnya/ });
    if ((await next.count()) > 0) {
      await next.click();
      await page.waitForLoadState();
      expect(new URL(page.url()).searchParams.get("after")).toBeTruthy();
      await expect(page.getByRole("link", { name: /Sebelumnya/ }).isVisible()).resolves.toBe(true);
    }
    await page.close();
  });

  it("catalogue: looks finished, is accessible and explains an empty result", async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}/katalog`);
    await expectAccessible(page);
    await saveScreenshot(page, "catalogue-id-mobile");

    await page.goto(`${web.url}/katalog?q=${encodeURIComponent("<b>tidak ada</b>")}`);
    await expect(page.getByRole("heading", { name: "Tidak ada produk yang cocok" }).isVisible()).resolves.toBe(true);
    // The search text is shown as text, never as markup.
    expect(await page.locator(".count b").count()).toBe(0);
    expect(await text(page, ".count")).toContain("“<b>tidak ada</b>”");
    await expectAccessible(page);
    await saveScreenshot(page, "catalogue-empty-mobile");
    await page.close();
  });

  it("catalogue: a typo still finds the product, its words marked, and contradictory prices are explained", async () => {
    const page = await noScript.newPage();
    // Given the spelling people type ("kripik") for a product named "Keripik ..."
    await page.goto(`${web.url}/katalog?q=${encodeURIComponent("kripik pedas")}`);

    // Then the product is found, its matched words marked (as text), best match first by default
    const card = page.getByRole("article").filter({ hasText: "Keripik Singkong Pedas Daun Jeruk" });
    await expect(card.isVisible()).resolves.toBe(true);
    expect(await card.locator("h3 mark").allInnerTexts()).toEqual(["Keripik", "Pedas"]);
    expect(await page.getByLabel("Urutkan").inputValue()).toBe("RELEVANCE");

    // When the minimum price is above the maximum, Then the page says why instead of showing nothing
    await page.goto(`${web.url}/katalog?min=50000&max=10000`);
    expect(await text(page, "[role=alert]")).toMatch(/Harga terendah .* lebih tinggi dari harga tertinggi/);
    await page.close();
  });

  it("catalogue: wide screen layout", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${web.url}/katalog?provinsi=32`);
    expect(await page.getByRole("article").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await saveScreenshot(page, "catalogue-id-desktop");
    await page.close();
  });

  it("product: price, stock, seller and village, from a catalogue card", async () => {
    const page = await noScript.newPage();
    await page.goto(`${web.url}/katalog?q=dodol`);
    await page.getByRole("link", { name: "Dodol Mangga 250 g" }).click();
    await page.waitForLoadState();

    expect(new URL(page.url()).pathname).toBe("/produk/dodol-mangga-250-g");
    await expect(page.getByRole("heading", { level: 1, name: "Dodol Mangga 250 g" }).isVisible()).resolves.toBe(true);
    expect(await text(page, ".price")).toMatch(/Rp [1-9]\d{0,2}(\.\d{3})+\s+per pak/);
    expect(await text(page, ".stock")).toMatch(/Stok tersedia: \d+ pak|Tinggal \d+ pak|Stok habis/);
    const image = page.locator(".gallery img").first();
    expect(await image.getAttribute("width")).toBe("800");
    expect(await image.getAttribute("height")).toBe("600");
    // Adding to the cart is a plain POST form to the cart page's action.
    const addToCart = page.getByRole("button", { name: "Tambah ke keranjang" });
    expect(await addToCart.count()).toBe(1);
    expect(await page.locator("form.add-to-cart").getAttribute("action")).toBe("/keranjang?/tambah");
    await page.getByRole("link", { name: "Kenali usahanya" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/usaha/mangga-gincu-pak-daskan");
    await page.close();

    const withScript = await browser.newPage();
    await withScript.goto(`${web.url}/produk/dodol-mangga-250-g`);
    // The placeholder image route answers, so no broken images.
    expect(
      await withScript
        .locator(".gallery img")
        .first()
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
    ).toBe(true);
    await expectAccessible(withScript);
    await saveScreenshot(withScript, "product-id-mobile");
    await withScript.close();
  });

  it("product: a missing product is a helpful 404", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${web.url}/produk/tidak-ada`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Katalog produk" }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await page.close();
  });

  it("business: the returnee's story, village and products", async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}/usaha/mangga-gincu-pak-daskan`);

    await expect(page.getByRole("heading", { level: 1, name: "Mangga Gincu Pak Daskan" }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole("heading", { name: "Cerita Daskan" }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole("article").count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/desa/3212140001"]').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await saveScreenshot(page, "business-id-mobile");
    await page.close();
  });

  it("village: place, figures as SVG charts, cooperatives and businesses (from the home page)", async () => {
    const page = await noScript.newPage();
    await page.goto(web.url);
    await page
      .getByRole("link", { name: /Juntinyuat/ })
      .first()
      .click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/desa/3212140001");
    await expect(page.getByRole("heading", { level: 1, name: "Juntinyuat" }).isVisible()).resolves.toBe(true);
    expect(await text(page, ".admin")).toBe("Kec. Juntinyuat, Indramayu, Jawa Barat");
    // Charts are server-rendered images with a spoken summary.
    const charts = page.locator('svg[role="img"]');
    expect(await charts.count()).toBeGreaterThan(1);
    const labels = await charts.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute("aria-label") ?? ""));
    // Remittances per month by corridor, the largest a real country (the demo village has three or more families
    // on each of its main corridors, so they are not all folded into "Negara lain"), and the shares in percent.
    expect(labels.join("\n")).toMatch(/terbesar dari (Taiwan|Hong Kong|Arab Saudi|Malaysia)/);
    expect(labels.some((label) => /%/.test(label))).toBe(true);
    expect(await text(page, ".tiles")).toMatch(/Rp \d/);
    await expect(page.getByRole("heading", { name: "Koperasi", exact: true }).isVisible()).resolves.toBe(true);
    expect(
      await page
        .getByRole("link", { name: /^Buku besar publik / })
        .first()
        .getAttribute("href"),
    ).toMatch(/^\/koperasi\/[a-z0-9-]+\/buku-besar$/);
    await page.getByRole("link", { name: "Mangga Gincu Pak Daskan" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/usaha/mangga-gincu-pak-daskan");
    await page.close();

    const withScript = await browser.newPage();
    await withScript.goto(`${web.url}/desa/3212140001`);
    await expectAccessible(withScript);
    await saveScreenshot(withScript, "village-id-mobile");
    await withScript.setViewportSize({ width: 1280, height: 900 });
    await saveScreenshot(withScript, "village-id-desktop");
    await withScript.close();
  });

  it("village: English figures and labels", async () => {
    await browser.context.addCookies([{ name: "locale", value: "en", url: web.url }]);
    const page = await browser.newPage();
    try {
      await page.goto(`${web.url}/desa/3212140001`);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      await expect(page.getByRole("heading", { name: "The village in figures" }).isVisible()).resolves.toBe(true);
      expect(await text(page, ".admin")).toBe("Juntinyuat district, Indramayu, Jawa Barat");
      await expectAccessible(page);
      await saveScreenshot(page, "village-en-mobile");
    } finally {
      await page.close();
      await browser.context.clearCookies();
    }
  });

  it("villages: lists and searches without JavaScript", async () => {
    const page = await noScript.newPage();
    await page.goto(`${web.url}/desa`);
    expect(await page.locator('a[href^="/desa/"]').count()).toBeGreaterThanOrEqual(7);
    await page.getByLabel("Cari desa, kecamatan atau kabupaten").fill("Indramayu");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).searchParams.get("q")).toBe("Indramayu");
    const names = await page.locator(".village-card .name").allInnerTexts();
    expect(names.sort()).toEqual(["Juntinyuat", "Krasak"]);
    await page.close();

    const withScript = await browser.newPage();
    await withScript.goto(`${web.url}/desa`);
    await expectAccessible(withScript);
    await saveScreenshot(withScript, "villages-id-mobile");
    await withScript.goto(`${web.url}/desa?q=tidak-ada-desa`);
    await expect(withScript.getByText("Tidak ada desa yang cocok dengan pencarian ini.").isVisible()).resolves.toBe(
      true,
    );
    await expectAccessible(withScript);
    await withScript.close();
  });

  it("stories: from the list to a story, its village and back to another story, without JavaScript", async () => {
    const page = await noScript.newPage();
    await page.goto(`${web.url}/cerita`);
    // Cards show an excerpt and link to the whole story; drafts are never listed.
    expect(await page.getByRole("link", { name: "Belajar beternak trigona dari kebun kopi" }).count()).toBe(0);
    const card = page.getByRole("article", { name: "Dari Taichung ke dapur keripik" });
    expect(await text(page, `article:has(a[href="/cerita/dari-taichung-ke-dapur-keripik"]) .meta`)).toMatch(
      /^oleh .+ · Juntinyuat · 5 Okt 2026$/,
    );
    expect((await card.locator(".excerpt").innerText()).length).toBeGreaterThan(20);
    await page.getByRole("link", { name: "Dari Taichung ke dapur keripik" }).click();
    await page.waitForLoadState();

    expect(new URL(page.url()).pathname).toBe("/cerita/dari-taichung-ke-dapur-keripik");
    await expect(
      page.getByRole("heading", { level: 1, name: "Dari Taichung ke dapur keripik" }).isVisible(),
    ).resolves.toBe(true);
    expect(await text(page, ".meta")).toMatch(/^oleh .+ · Juntinyuat · Terbit 5 Okt 2026$/);
    expect(await page.locator(".body p").count()).toBeGreaterThan(1);
    expect(
      await page.getByRole("link", { name: "Kenali usahanya: Keripik Singkong Mbak Siti" }).getAttribute("href"),
    ).toBe("/usaha/keripik-singkong-mbak-siti");

    // The village page lists its stories, linking back to each one
    await page.getByRole("link", { name: "Tentang Desa Juntinyuat" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/desa/3212140001");
    const stories = page.getByRole("region", { name: "Cerita dari desa ini" });
    expect(await stories.getByRole("heading", { level: 3 }).allInnerTexts()).toEqual([
      "Dari Taichung ke dapur keripik",
      "Mencatat CPMI sebelum berangkat: pos layanan migrasi di balai desa",
    ]);
    await stories
      .getByRole("link", { name: "Mencatat CPMI sebelum berangkat: pos layanan migrasi di balai desa" })
      .click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/cerita/pos-layanan-migrasi-balai-desa-juntinyuat");
    // And the story page offers the village's other story
    await page
      .getByRole("region", { name: "Cerita dari desa ini" })
      .getByRole("link", { name: "Dari Taichung ke dapur keripik" })
      .click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe("/cerita/dari-taichung-ke-dapur-keripik");
    await page.close();

    const withScript = await browser.newPage();
    await withScript.goto(`${web.url}/cerita/dari-taichung-ke-dapur-keripik`);
    await expectAccessible(withScript);
    await saveScreenshot(withScript, "story-id-mobile");
    await withScript.setViewportSize({ width: 1280, height: 900 });
    await saveScreenshot(withScript, "story-id-desktop");

    // A draft is not public: it is a 404 that points to the other stories.
    const draft = await withScript.goto(`${web.url}/cerita/panen-madu-trigona-draf`);
    expect(draft?.status()).toBe(404);
    await expect(withScript.getByRole("link", { name: "Cerita dari desa" }).last().isVisible()).resolves.toBe(true);
    await expectAccessible(withScript);
    await saveScreenshot(withScript, "story-not-found-id");
    await withScript.close();
  });

  it("nav: every header link leads to a real page", async () => {
    const page = await browser.newPage();
    for (const path of ["/", "/katalog", "/desa", "/pendanaan", "/cerita"]) {
      const response = await page.goto(`${web.url}${path}`);
      expect(response?.status(), path).toBe(200);
      await expectAccessible(page);
    }
    await saveScreenshot(page, "stories-id-mobile");
    await page.goto(`${web.url}/pendanaan`);
    await saveScreenshot(page, "funding-id-mobile");
    // A wrong address still gets a helpful 404 with ways back in.
    const response = await page.goto(`${web.url}/pendanaan/tidak-ada/sama-sekali`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("link", { name: "Daftar desa mitra" }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
