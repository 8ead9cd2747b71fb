// Choosing e-mail messages on a phone (390 px, Chromium), with and without JavaScript, against the real API. The test
// stack serves in production mode, where the development outbox (/dev/pesan) does not exist: checked here too; its
// development behaviour is in src/routes/message-pages.server.test.ts. Axe on every page.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInToken } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const fitsThePhone = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.skipIf(!chromiumAvailable)(`choosing e-mail messages in a browser${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let scripted: TestBrowser;
  let noScript: TestBrowser;

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    scripted = await launchBrowser({ viewport: { width: 390, height: 844 } });
    noScript = await launchBrowser({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    for (const [browser, account] of [
      [scripted, "buyer"],
      [noScript, "household"],
    ] as const) {
      await browser.context.addCookies([
        {
          name: "dm_session",
          value: await signInToken(api.url, account),
          url: web.url,
          httpOnly: true,
          sameSite: "Lax",
        },
      ]);
    }
  }, 300_000);

  afterAll(async () => {
    await noScript?.close();
    await scripted?.close();
    await web?.stop();
    await api?.stop();
  });

  it("turns a category off without JavaScript, from the account page, and sees it saved", async () => {
    // given the family's account page
    const page = await noScript.newPage();
    await page.goto(`${web.url}/akun`);
    await page.getByRole("link", { name: "Atur pesan email" }).click();
    await page.waitForURL(/\/akun\/pesan$/);
    const investments = page.getByRole("checkbox", { name: "Pendanaan dan investasi" });
    expect(await investments.isChecked()).toBe(true);

    // when they untick funding news and save
    await investments.uncheck();
    await page.getByRole("button", { name: "Simpan pilihan" }).click();

    // then the page says it is saved and the box stays unticked, the others ticked
    await page.waitForURL(/\/akun\/pesan\?disimpan$/);
    expect(await page.getByText("Pilihan pesan Anda tersimpan.").isVisible()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Pendanaan dan investasi" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Pesanan dan pembayaran" }).isChecked()).toBe(true);
    await saveScreenshot(page, "messages-settings-mobile");
    await page.close();
  });

  it("saves with JavaScript too, and the choice is still there after a reload", async () => {
    const page = await scripted.newPage();
    await page.goto(`${web.url}/akun/pesan`);
    // (axe and the layout check run here: they need scripts in the page)
    expect(await fitsThePhone(page)).toBe(true);
    await expectAccessible(page);
    await page.getByRole("checkbox", { name: "Pesanan dan pembayaran" }).uncheck();
    await page.getByRole("button", { name: "Simpan pilihan" }).click();
    await page.waitForURL(/\/akun\/pesan\?disimpan$/);
    await page.reload();
    expect(await page.getByText("Pilihan pesan Anda tersimpan.").isVisible()).toBe(true);
    await expectAccessible(page);
    expect(await page.getByRole("checkbox", { name: "Pesanan dan pembayaran" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Kasus perlindungan" }).isChecked()).toBe(true);
    await page.close();
  });

  it("has no development outbox in production", async () => {
    const page = await noScript.newPage();
    const response = await page.goto(`${web.url}/dev/pesan`);
    expect(response?.status()).toBe(404);
    expect(await page.getByText("Kotak keluar").count()).toBe(0);
    await page.close();
  });
});
