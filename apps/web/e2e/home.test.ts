import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findFreePort } from "../testing/free-port.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

async function htmlLang(page: Page) {
  return page.locator("html").getAttribute("lang");
}

describe.skipIf(!chromiumAvailable)(`home page in a browser${skipReason}`, { timeout: 30_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let browser: TestBrowser;

  beforeAll(async () => {
    // The real API over HTTP, on a fresh database with the demo seed.
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await api?.stop();
  });

  it("shows featured products and villages in Bahasa Indonesia by default", async () => {
    const page = await browser.newPage();
    const response = await page.goto(web.url);

    expect(response?.status()).toBe(200);
    expect(await htmlLang(page)).toBe("id");
    await expect(page.getByRole("heading", { name: "Produk pilihan" }).isVisible()).resolves.toBe(true);
    // Seeded products show with their business, village and a price in rupiah.
    const cards = page.getByRole("article");
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    const first = (await cards.first().innerText()).replaceAll("\u00a0", " ");
    expect(first).toMatch(/oleh .+ · .+/);
    expect(first).toMatch(/Rp [1-9][0-9]{0,2}(\.[0-9]{3})+/);
    const villageLink = page.locator('a[href^="/desa/"]').first();
    expect(await villageLink.getAttribute("href")).toMatch(/^\/desa\/[0-9]{10}$/);
    await expectAccessible(page);
    await saveScreenshot(page, "home-id-mobile");
    await page.close();
  });

  it("switches to English without JavaScript and remembers the choice", async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(web.url);
      await page.getByRole("button", { name: /^EN/ }).click();
      await page.waitForLoadState();

      expect(page.url()).toBe(`${web.url}/`);
      expect(await htmlLang(page)).toBe("en");
      await expect(page.getByRole("heading", { name: "Featured products" }).isVisible()).resolves.toBe(true);
      expect(await page.getByRole("button", { name: /^EN/ }).getAttribute("aria-pressed")).toBe("true");

      await page.goto(web.url);
      expect(await htmlLang(page)).toBe("en");
      await saveScreenshot(page, "home-en-mobile");
    } finally {
      await noScript.close();
    }
  });

  it("is accessible in English too", async () => {
    // axe-core runs as page script, so this check uses the JavaScript-enabled browser.
    await browser.context.addCookies([{ name: "locale", value: "en", url: web.url }]);
    const page = await browser.newPage();
    await page.goto(web.url);

    expect(await htmlLang(page)).toBe("en");
    await expectAccessible(page);
    await browser.context.clearCookies();
    await page.close();
  });

  it("explains the empty catalogue", async () => {
    // A migrated database with no demo data behind a second real API.
    const emptyApi = await startRealApi({ seed: false });
    const emptyWeb = await startStack({ apiUrl: emptyApi.url, build: false });
    const page = await browser.newPage();
    try {
      await page.goto(emptyWeb.url);
      await expect(page.getByText("Belum ada produk pilihan").isVisible()).resolves.toBe(true);
      await expect(page.getByText("Belum ada desa yang bergabung.").isVisible()).resolves.toBe(true);
      await expectAccessible(page);
    } finally {
      await page.close();
      await emptyWeb.stop();
      await emptyApi.stop();
    }
  });

  it("says what to do when the API is down", async () => {
    const page = await browser.newPage();
    const closedPort = await findFreePort();
    const down = await startStack({ apiUrl: `http://127.0.0.1:${closedPort}/graphql`, build: false });
    try {
      const response = await page.goto(down.url);
      expect(response?.status()).toBe(503);
      await expect(page.getByRole("heading", { name: "Layanan sedang tidak tersedia" }).isVisible()).resolves.toBe(
        true,
      );
      await expect(page.getByRole("link", { name: "Muat ulang" }).isVisible()).resolves.toBe(true);
      await expectAccessible(page);
      await saveScreenshot(page, "error-503-mobile");
    } finally {
      await page.close();
      await down.stop();
    }
  });

  it("shows a helpful 404 page", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${web.url}/tidak-ada`);

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Halaman tidak ditemukan" }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: "Kembali ke beranda" }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await page.close();
  });
});
