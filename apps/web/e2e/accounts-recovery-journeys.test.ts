// Accounts that can be recovered and a guest cart, on a 390 px phone in Chromium against the real API, axe on every
// page: a guest adds a product, signs in from the cart and finds the product in the cart they came from; a person
// who forgot their password asks for a link, opens it from the e-mail the API's outbox worker delivered to a real
// SMTP server, sets a new password and signs in with it. One browser runs the enhanced forms, the other has no
// JavaScript.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiCall } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

describe.skipIf(!chromiumAvailable)(`recoverable accounts and a guest cart${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let browser: TestBrowser;
  let noScript: TestBrowser;
  let product: { slug: string; name: string };

  beforeAll(async () => {
    api = await startRealApi({ seed: true, smtp: true });
    web = await startStack({ apiUrl: api.url });
    browser = await launchBrowser({ viewport: { width: 390, height: 844 } });
    noScript = await launchBrowser({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const found = await apiCall<{ products: { edges: { node: { slug: string; name: string } }[] } }>(
      api.url,
      "{ products(first: 1, filter: { inStock: true }) { edges { node { slug name } } } }",
    );
    product = found.products.edges[0]!.node;
  }, 300_000);

  afterAll(async () => {
    await noScript?.close();
    await browser?.close();
    await web?.stop();
    await api?.stop();
  });

  /** The page fits the phone: nothing scrolls sideways. */
  const fitsPhone = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  for (const [label, which, scripts] of [
    ["with JavaScript", () => browser, true],
    ["without JavaScript", () => noScript, false],
  ] as const) {
    it(`a guest adds to the cart, signs in, and finds the item in the cart (${label})`, async () => {
      const page = await which().newPage();
      // given a guest on a product page
      await page.goto(`${web.url}/produk/${product.slug}`);
      await page.getByRole("button", { name: "Tambah ke keranjang" }).click();
      // then the guest's cart shows it, with a way to sign in to order
      await page.waitForURL(/\/keranjang\?ditambah=1$/);
      expect(await page.getByRole("status").first().innerText()).toContain("Produk masuk ke keranjang.");
      expect(await page.getByRole("link", { name: product.name }).count()).toBe(1);
      expect(await page.getByText("Anda belum masuk. Keranjang ini disimpan di peramban ini.").count()).toBe(1);
      // axe and the width check run scripts in the page: only where JavaScript runs
      if (scripts) {
        await expectAccessible(page);
        await fitsPhone(page);
      }
      await saveScreenshot(page, `guest-cart-id-mobile-${which() === browser ? "js" : "nojs"}`);

      // when the guest signs in from the cart
      await page.getByRole("link", { name: "Masuk untuk memesan" }).click();
      await page.waitForURL(/\/masuk\?kembali=%2Fkeranjang$/);
      expect(await page.getByText("berbelanja produk desa").count()).toBe(1);
      if (scripts) await expectAccessible(page);
      await page.getByLabel("Email").fill("pembeli@desamigran.id");
      await page.getByLabel("Kata sandi").fill("desa-migran-demo");
      await page.getByRole("button", { name: "Masuk" }).last().click();

      // then they are back on the cart, signed in, and the product is in their account's cart
      await page.waitForURL((url) => url.pathname === "/keranjang");
      expect(await page.getByRole("link", { name: product.name }).count()).toBe(1);
      expect(await page.getByRole("link", { name: "Lanjut ke pembayaran" }).count()).toBe(1);
      expect(await page.getByText("Anda belum masuk").count()).toBe(0);
      if (scripts) await expectAccessible(page);
      await page.close();
    });
  }

  it("a person resets a forgotten password from the e-mail link and signs in with the new one", async () => {
    await browser.context.clearCookies();
    const page = await browser.newPage();
    // given someone on the sign-in page who forgot their password
    await page.goto(`${web.url}/masuk`);
    await page.getByRole("link", { name: "Lupa kata sandi?" }).click();
    await page.waitForURL(/\/lupa-sandi$/);
    await expectAccessible(page);
    await fitsPhone(page);
    await page.getByLabel("Email").fill("keluarga@desamigran.id");
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    expect(await page.getByRole("status").innerText()).toContain(
      "Jika keluarga@desamigran.id terdaftar, tautan untuk mengatur ulang kata sandi sudah dikirim ke sana.",
    );
    await expectAccessible(page);

    // when the e-mail arrives over SMTP (sent by the API's own worker) and they open its link
    const mail = await api.smtp!.waitForMail("keluarga@desamigran.id", "Atur ulang kata sandi Desa Migran Anda");
    expect(mail.text).toContain("buka tautan ini dalam 1 jam untuk memilih kata sandi baru");
    const link = /https?:\/\/\S+\/atur-ulang-sandi\?token=[\w-]+/.exec(mail.text)![0];
    // (the link names the API's WEB_ORIGIN; this test's web server listens on a port of its own)
    await page.goto(`${web.url}${new URL(link).pathname}${new URL(link).search}`);
    expect(await page.getByRole("heading", { name: "Atur ulang kata sandi" }).count()).toBe(1);
    await expectAccessible(page);
    await fitsPhone(page);
    await saveScreenshot(page, "reset-password-id-mobile");
    await page.getByLabel("Kata sandi baru").fill("kata-sandi-baru-keluarga");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();

    // then the sign-in page says so, the old password no longer works and the new one does
    await page.waitForURL(/\/masuk\?alasan=sandi$/);
    expect(await page.getByRole("status").innerText()).toContain("Kata sandi sudah diganti");
    await expectAccessible(page);
    await page.getByLabel("Email").fill("keluarga@desamigran.id");
    await page.getByLabel("Kata sandi").fill("desa-migran-demo");
    await page.getByRole("button", { name: "Masuk" }).last().click();
    await page.locator("#field-password-error").waitFor();
    expect(await page.locator("#field-password-error").innerText()).toContain("Email atau kata sandi salah");
    await page.getByLabel("Kata sandi").fill("kata-sandi-baru-keluarga");
    await page.getByRole("button", { name: "Masuk" }).last().click();
    await page.waitForURL((url) => url.pathname === "/akun");
    // and a note that the password was changed arrives by e-mail too
    const note = await api.smtp!.waitForMail("keluarga@desamigran.id", "Kata sandi Desa Migran Anda telah diganti");
    expect(note.text).toContain("semua perangkat telah dikeluarkan");

    // and the same link, opened again, is refused clearly
    await page.goto(`${web.url}${new URL(link).pathname}${new URL(link).search}`);
    await page.getByLabel("Kata sandi baru").fill("kata-sandi-penyusup-1");
    await page.getByRole("button", { name: "Simpan kata sandi baru" }).click();
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").innerText()).toContain("Tautan ini sudah dipakai");
    expect(await page.getByRole("link", { name: "Minta tautan baru" }).count()).toBe(1);
    await expectAccessible(page);
    await page.close();
  });

  it("a fourth reset request for one address waits, and the page says for how long", async () => {
    const page = await noScript.newPage();
    // given three requests for one address (whether or not it has an account: the page never says)
    for (let i = 0; i < 3; i++) {
      await page.goto(`${web.url}/lupa-sandi`);
      await page.getByLabel("Email").fill("banjir@contoh.id");
      await page.getByRole("button", { name: "Kirim tautan" }).click();
      expect(await page.getByRole("status").innerText()).toContain("Jika banjir@contoh.id terdaftar");
    }
    // when a fourth comes within the hour
    await page.goto(`${web.url}/lupa-sandi`);
    await page.getByLabel("Email").fill("banjir@contoh.id");
    await page.getByRole("button", { name: "Kirim tautan" }).click();
    // then it is refused, the wait (RateLimitedError.retryAfterSeconds) said in whole minutes
    expect(await page.getByText("Terlalu banyak permintaan. Coba lagi dalam 60 menit.").count()).toBe(1);
    expect(await page.getByRole("status").count()).toBe(0);
    await page.close();
  });
});
