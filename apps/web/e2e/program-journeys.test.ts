// The program journey in Chromium at 390 px against the real API (seeded): a returnee finds a training from the
// header, signs in from its page, applies (consent refused when unticked, then given), the partner accepts, records
// attendance and completes on /mitra/program, and anyone verifies the certificate by its code on /sertifikat.
// axe runs on every page visited.
import { DEMO_PASSWORD, demoAccounts } from "@desa-migran/api/seed/demo-accounts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const SLUG = "kelas-daring-bahasa-inggris-kerja";
const TITLE = "Kelas daring percakapan bahasa Inggris untuk kerja dan usaha";

describe.skipIf(!chromiumAvailable)(`program journey in a browser${skipReason}`, { timeout: 240_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let returnee: TestBrowser;
  let partner: TestBrowser;

  const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;
  /** The page fits the phone's width: nothing scrolls sideways. */
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    [returnee, partner] = await Promise.all([launchBrowser(), launchBrowser()]);
  }, 240_000);

  afterAll(async () => {
    await returnee?.close();
    await partner?.close();
    await web?.stop();
    await api?.stop();
  });

  it("a returnee applies with consent, the partner accepts and completes, the certificate verifies by its code", async () => {
    // The returnee finds the trainings from the header
    const page = await returnee.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${web.url}/`);
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pelatihan" }).click();
    await page.waitForURL((url) => url.pathname === "/program");
    await expect(page.getByRole("heading", { level: 1, name: "Pelatihan dan program" }).isVisible()).resolves.toBe(
      true,
    );
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, "program-list-id-mobile");

    // The program's page: details, outcomes, and (signed out) a sign-in link back to it
    await page.getByRole("link", { name: TITLE }).click();
    await page.waitForURL((url) => url.pathname === `/program/${SLUG}`);
    await expect(page.getByRole("heading", { name: "Hasil program" }).isVisible()).resolves.toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Masuk untuk mendaftar" }).click();
    await page.waitForURL((url) => url.pathname === "/masuk");
    expect(path(page)).toBe(`/masuk?kembali=${encodeURIComponent(`/program/${SLUG}`)}`);
    await expectAccessible(page);
    await page.getByLabel("Email").fill(demoAccounts.entrepreneur.email);
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).last().click();
    await page.waitForURL((url) => url.pathname === `/program/${SLUG}`);

    // Sent without the consent box ticked: refused next to it, in Bahasa Indonesia
    await expect(page.getByRole("radio", { name: "Saya sendiri" }).isChecked()).resolves.toBe(true);
    await page.getByRole("button", { name: "Kirim pendaftaran" }).click();
    await page.locator("#consent-error").waitFor();
    expect(await page.locator("#consent-error").innerText()).toMatch(/persetujuan/i);
    await expectAccessible(page);

    // Ticked: the application is sent
    await page.getByLabel("Saya sudah membaca dan menyetujui teks di atas").check();
    await page.getByRole("button", { name: "Kirim pendaftaran" }).click();
    await page.getByRole("status").filter({ hasText: "Pendaftaran terkirim" }).waitFor();
    expect(await page.getByRole("status").filter({ hasText: "Pendaftaran terkirim" }).innerText()).toContain(
      "Menunggu keputusan",
    );
    await expectAccessible(page);
    await saveScreenshot(page, "program-applied-id-mobile");

    // The partner signs in and opens the program from /mitra/program
    const desk = await partner.newPage();
    desk.setDefaultTimeout(60_000);
    await desk.goto(`${web.url}/mitra/program`);
    await desk.waitForURL((url) => url.pathname === "/masuk");
    await desk.getByLabel("Email").fill(demoAccounts.partner.email);
    await desk.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await desk.getByRole("button", { name: "Masuk" }).last().click();
    await desk.waitForURL((url) => url.pathname === "/mitra/program");
    await expect(desk.getByRole("heading", { level: 1, name: "Program organisasi" }).isVisible()).resolves.toBe(true);
    expect(await fitsWidth(desk)).toBe(true);
    await expectAccessible(desk);
    await desk.getByRole("link", { name: TITLE }).click();
    await desk.waitForURL((url) => url.pathname === `/mitra/program/${SLUG}`);
    expect(await fitsWidth(desk)).toBe(true);
    await expectAccessible(desk);

    // Accepts the returnee, records today's attendance and marks them completed
    const row = desk.getByRole("listitem").filter({ has: desk.getByRole("heading", { name: "Siti Aminah" }) });
    await row.getByRole("button", { name: "Terima" }).click();
    await desk.getByRole("status").filter({ hasText: "Keputusan disimpan: Diterima." }).waitFor();
    await row.getByRole("button", { name: "Catat kehadiran" }).click();
    await desk.getByRole("status").filter({ hasText: "Kehadiran dicatat." }).waitFor();
    await expect(row.getByText("1 hari hadir dari 1 tercatat").isVisible()).resolves.toBe(true);
    await row.getByRole("button", { name: "Tandai selesai dan terbitkan sertifikat" }).click();
    const issued = desk.getByRole("status").filter({ hasText: "sertifikat" });
    await issued.waitFor();
    const code = /([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(await issued.innerText())?.[1];
    expect(code).toBeTruthy();
    await expectAccessible(desk);
    await saveScreenshot(desk, "partner-program-completed-id-mobile");

    // The certificate link on the row opens the printable certificate
    await row.getByRole("link", { name: `Sertifikat ${code}` }).click();
    await desk.waitForURL((url) => url.pathname === `/sertifikat/${code}`);
    await expect(desk.getByText("Sertifikat ini asli").isVisible()).resolves.toBe(true);

    // Anyone checks the code on /sertifikat, typed in lower case without the dash
    const check = await returnee.newPage();
    await check.goto(`${web.url}/sertifikat`);
    await expectAccessible(check);
    await check.getByLabel("Kode sertifikat").fill(code!.replace("-", "").toLowerCase());
    await check.getByRole("button", { name: "Periksa" }).click();
    await check.waitForURL((url) => url.pathname === `/sertifikat/${code}`);
    const certificate = check.getByRole("article");
    expect(await certificate.innerText()).toContain("Siti Aminah");
    expect(await certificate.innerText()).toContain(TITLE);
    expect(await certificate.innerText()).toContain(code);
    expect(await fitsWidth(check)).toBe(true);
    await expectAccessible(check);
    await saveScreenshot(check, "certificate-id-mobile");

    // An unknown code: a clear "not found" with status 404, and the form to try again
    const missing = await check.goto(`${web.url}/sertifikat/AAAAA-AAAAA`);
    expect(missing?.status()).toBe(404);
    await expect(
      check.getByRole("heading", { level: 1, name: "Sertifikat tidak ditemukan" }).isVisible(),
    ).resolves.toBe(true);
    await expect(check.getByLabel("Kode sertifikat").isVisible()).resolves.toBe(true);
    await expectAccessible(check);
  });
});
