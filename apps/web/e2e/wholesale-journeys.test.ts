// Wholesale between villages in Chromium at 390 px against the real API (seeded): anyone sees a product's
// inter-cooperative tiers; Juntinyuat's cooperative officer orders Lipursari's coffee wholesale for the cooperative,
// sees the tier price applied as the quantity changes, places the order (the same payment as any order follows), and
// finds it among the cooperative's inter-village purchases. A seller sets tiers: a bad list is refused, naming the
// tier and the rule; a good one shows on the product page. axe runs on every page visited, and every page fits the
// phone's width.
import { DEMO_PASSWORD, demoAccounts } from "@desa-migran/api/seed/demo-accounts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const PRODUCT = "/produk/kopi-arabika-sindoro-biji-sangrai-200-g";
const COOPERATIVE = "/koperasi/kdmp-juntinyuat";

describe.skipIf(!chromiumAvailable)(
  `wholesale between villages in a browser${skipReason}`,
  { timeout: 240_000 },
  () => {
    let api: RealApi;
    let web: WebStack;
    let browser: TestBrowser;

    /** The page fits the phone's width: nothing scrolls sideways. */
    const fitsWidth = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
    const checkPage = async (page: Page, screenshot: string) => {
      expect(await fitsWidth(page)).toBe(true);
      await expectAccessible(page);
      await saveScreenshot(page, screenshot);
    };

    beforeAll(async () => {
      api = await startRealApi({ seed: true });
      web = await startStack({ apiUrl: api.url });
      browser = await launchBrowser();
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await web?.stop();
      await api?.stop();
    });

    it("a cooperative officer orders another village's product wholesale and finds it among the purchases", async () => {
      // The product page shows the tiers to anyone, with the way to order wholesale
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      await page.goto(`${web.url}${PRODUCT}`);
      const tiers = page.locator("section.wholesale");
      expect(await tiers.innerText()).toMatch(/mulai 25 pak[\s\S]*Rp\s66\.000/);
      await checkPage(page, "wholesale-product-id-mobile");
      await page.getByRole("link", { name: "Pesan grosir untuk koperasi" }).click();

      // Signing in as Juntinyuat's officer leads back to the wholesale order form
      await page.waitForURL((url) => url.pathname === "/masuk");
      await page.getByLabel("Email").fill(demoAccounts.cooperativeOfficer.email);
      await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Masuk" }).last().click();
      await page.waitForURL((url) => url.pathname === `${PRODUCT}/grosir`);
      await expect(page.getByLabel("Koperasi pembeli").inputValue()).resolves.not.toBe("");
      expect(await page.getByLabel("Koperasi pembeli").innerText()).toContain("Koperasi Desa Merah Putih Juntinyuat");

      // The price follows the quantity: below the minimum, the first tier, the second
      const quantity = page.getByLabel("Jumlah (pak)");
      const preview = page.locator(".preview");
      await quantity.fill("5");
      await expect.poll(() => preview.innerText()).toContain("Di bawah jumlah minimal grosir (10 pak)");
      await quantity.fill("12");
      await expect.poll(() => preview.innerText()).toMatch(/12 pak × Rp\s69\.000 = Rp\s828\.000/);
      await quantity.fill("30");
      await expect.poll(() => preview.innerText()).toMatch(/30 pak × Rp\s66\.000 = Rp\s1\.980\.000/);
      await page.getByLabel("Nomor telepon penerima").fill("0812 3456 7891");
      await page.getByLabel("Alamat pengiriman atau gudang koperasi").fill("Toko koperasi, Balai Desa Juntinyuat");
      await checkPage(page, "wholesale-order-form-id-mobile");

      // Placing it ends where any checkout ends: the order and its payment to the seller's cooperative
      await page.getByRole("button", { name: "Pesan untuk koperasi" }).click();
      // (a refusal would show as an alert on the form instead)
      await Promise.race([
        page.waitForURL((url) => url.pathname === "/keranjang/checkout/selesai"),
        page
          .locator(".cm-alert, .cm-error")
          .first()
          .waitFor()
          .then(async () => expect.fail(await page.locator(".cm-alert, .cm-error").first().innerText())),
      ]);
      await page.waitForURL((url) => url.pathname === "/keranjang/checkout/selesai");
      const done = await page.locator("main").innerText();
      expect(done).toMatch(/Rp\s1\.980\.000/);
      const number = /DM-\d{4}-\d{6}/.exec(done)?.[0];
      expect(number).toBeDefined();
      await checkPage(page, "wholesale-order-placed-id-mobile");

      // The order's own page says whom it was bought for
      await page.getByRole("link", { name: `Pesanan ${number}` }).click();
      await page.waitForURL((url) => url.pathname.startsWith("/pesanan/"));
      expect(await page.locator("main").innerText()).toContain(
        "Pesanan grosir antar-koperasi untuk Koperasi Desa Merah Putih Juntinyuat, desa Juntinyuat",
      );
      await checkPage(page, "wholesale-order-page-id-mobile");

      // The cooperative lists it among its inter-village purchases, beside the demo's earlier one
      await page.goto(`${web.url}${COOPERATIVE}/grosir`);
      const listed = await page.locator("main").innerText();
      expect(listed).toContain(number!);
      expect(listed).toContain("30 × Kopi Arabika Sindoro Biji Sangrai 200 g");
      expect(listed).toContain("24 × Kopi Robusta Wonosobo Bubuk 250 g");
      expect(await page.getByRole("heading", { name: "Pembelian" }).count()).toBe(1);
      await checkPage(page, "wholesale-trade-id-mobile");
    });

    it("a seller sets wholesale tiers: a bad list is refused with the tier and rule named, a good one shows", async () => {
      const seller = await launchBrowser();
      try {
        const page = await seller.newPage();
        page.setDefaultTimeout(60_000);
        await page.goto(`${web.url}/usahaku/produk`);
        await page.waitForURL((url) => url.pathname === "/masuk");
        await page.getByLabel("Email").fill(demoAccounts.entrepreneur.email);
        await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
        await page.getByRole("button", { name: "Masuk" }).last().click();
        await page.waitForURL((url) => url.pathname === "/usahaku/produk");
        await page.getByRole("link", { name: "Keripik Singkong Balado 250 g" }).first().click();
        await page.getByRole("link", { name: "Harga grosir" }).click();
        await page.waitForURL((url) => url.pathname.endsWith("/grosir"));
        // The seeded tiers are in the form
        await expect(page.locator("#min-0").inputValue()).resolves.toBe("20");
        await checkPage(page, "wholesale-tiers-form-id-mobile");

        // A fourth tier below the third's minimum is refused, naming it, and nothing changes
        await page.locator("#min-3").fill("80");
        await page.locator("#price-3").fill("14rb");
        await page.getByRole("button", { name: "Simpan harga grosir" }).click();
        await page
          .getByRole("alert")
          .filter({ hasText: "Tingkat 4: jumlah minimal harus lebih dari tingkat sebelumnya (100)." })
          .waitFor();
        await checkPage(page, "wholesale-tiers-refused-id-mobile");

        // Above it, it is saved, and the product page shows it
        await page.locator("#min-3").fill("200");
        await page.getByRole("button", { name: "Simpan harga grosir" }).click();
        await page.getByRole("status").filter({ hasText: "Harga grosir disimpan." }).waitFor();
        await page.goto(`${web.url}/produk/keripik-singkong-balado-250-g`);
        expect(await page.locator("section.wholesale").innerText()).toMatch(/mulai 200 pak\s*Rp\s14\.000/);
      } finally {
        await seller.close();
      }
    });
  },
);
