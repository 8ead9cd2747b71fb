import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { findFreePort, startStack, type WebStack } from "./stack.ts";
import { startStubApi, type StubApi } from "./stub-api.ts";

const homeData = {
  data: {
    featuredProducts: {
      edges: [
        {
          node: {
            id: "UHJvZHVjdDox",
            name: "Keripik Tempe Sagu",
            slug: "keripik-tempe-sagu",
            priceIdr: { amount: "1250000", currency: "IDR" },
            unit: "karton",
            imageUrl: null,
            business: { name: "Dapur Bu Sri", village: { name: "Sukamaju" } },
          },
        },
        {
          node: {
            id: "UHJvZHVjdDoy",
            name: "Kopi Robusta Lereng Ijen",
            slug: "kopi-robusta-lereng-ijen",
            priceIdr: { amount: "85000", currency: "IDR" },
            unit: "kg",
            imageUrl: null,
            business: { name: "Kopi Purna Migran", village: { name: "Tamansari" } },
          },
        },
      ],
    },
    villages: {
      edges: [
        {
          node: {
            id: "VmlsbGFnZTox",
            name: "Sukamaju",
            code: "3509012001",
            regency: { name: "Kabupaten Jember", province: { name: "Jawa Timur" } },
          },
        },
      ],
    },
  },
};

const emptyData = { data: { featuredProducts: { edges: [] }, villages: { edges: [] } } };

async function htmlLang(page: Page) {
  return page.locator("html").getAttribute("lang");
}

describe.skipIf(!chromiumAvailable)(`home page in a browser${skipReason}`, { timeout: 30_000 }, () => {
  let api: StubApi;
  let web: WebStack;
  let browser: TestBrowser;

  beforeAll(async () => {
    api = await startStubApi(homeData);
    web = await startStack({ apiUrl: api.url });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await api?.stop();
  });

  it("shows featured products and villages in Bahasa Indonesia by default", async () => {
    api.respondWith(homeData);
    const page = await browser.newPage();
    const response = await page.goto(web.url);

    expect(response?.status()).toBe(200);
    expect(await htmlLang(page)).toBe("id");
    await expect(page.getByRole("heading", { name: "Produk pilihan" }).isVisible()).resolves.toBe(true);
    const card = page.getByRole("article").filter({ hasText: "Keripik Tempe Sagu" });
    expect(await card.innerText()).toContain("oleh Dapur Bu Sri · Sukamaju");
    expect((await card.innerText()).replaceAll("\u00a0", " ")).toContain("Rp 1.250.000");
    expect(await page.getByRole("link", { name: /Sukamaju/ }).getAttribute("href")).toBe("/desa/3509012001");
    await expectAccessible(page);
    await saveScreenshot(page, "home-id-mobile");
    await page.close();
  });

  it("switches to English without JavaScript and remembers the choice", async () => {
    api.respondWith(homeData);
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

  it("sends only the session cookie to the API", async () => {
    await browser.context.addCookies([
      { name: "session", value: "token-123", url: web.url },
      { name: "tracking", value: "do-not-forward", url: web.url },
    ]);
    const page = await browser.newPage();
    const before = api.requests.length;
    await page.goto(web.url);

    const sent = api.requests.slice(before).map((request) => request.headers.cookie);
    expect(sent).toEqual(["session=token-123"]);
    await browser.context.clearCookies();
    await page.close();
  });

  it("explains the empty catalogue", async () => {
    api.respondWith(emptyData);
    const page = await browser.newPage();
    await page.goto(web.url);

    await expect(page.getByText("Belum ada produk pilihan").isVisible()).resolves.toBe(true);
    await expect(page.getByText("Belum ada desa yang bergabung.").isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await page.close();
  });

  it("says what to do when the API is down", async () => {
    const page = await browser.newPage();
    const closedPort = await findFreePort();
    const down = await startStack({ apiUrl: `http://127.0.0.1:${closedPort}/graphql`, build: false });
    try {
      const response = await page.goto(down.url);
      expect(response?.status()).toBe(503);
      await expect(page.getByRole("heading", { name: "Layanan sedang tidak tersedia" }).isVisible()).resolves.toBe(true);
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
