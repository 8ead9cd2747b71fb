// The safe-migration desk in Chromium against the real API (seeded): the village officer opens a prospective
// migrant, sees the unlicensed agency flagged, ticks checklist items (with and without JavaScript); the platform
// admin imports the licensed agencies from CSV (a wrong file imports nothing and names its rows).
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInTokenFor } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible, expectAccessibleWithoutScript } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const DESK = "/kantor-desa/juntinyuat-indramayu/migrasi";
const UNLICENSED = "Dedi Kurniawan";
const LICENSED = "Siti Maesaroh";
const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const fitsPhone = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe.skipIf(!chromiumAvailable)(`migration desk journey in a browser${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let officer: TestBrowser;
  let officerNoScript: TestBrowser;
  let admin: TestBrowser;

  const signIn = async (browser: TestBrowser, email: string) => {
    const token = await signInTokenFor(api.url, email);
    await browser.context.addCookies([
      { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
  };

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    officer = await launchBrowser();
    officerNoScript = await launchBrowser({ javaScriptEnabled: false });
    admin = await launchBrowser({ javaScriptEnabled: false });
    await signIn(officer, "desa@desamigran.id");
    await signIn(officerNoScript, "desa@desamigran.id");
    await signIn(admin, "admin@desamigran.id");
  }, 300_000);

  afterAll(async () => {
    await admin?.close();
    await officerNoScript?.close();
    await officer?.close();
    await web?.stop();
    await api?.stop();
  });

  it("the desk lists prospective migrants with their progress and flags, and filters the unlicensed agencies", async () => {
    const page = await officer.newPage();
    const response = await page.goto(`${web.url}${DESK}`);
    expect(response?.headers()["cache-control"]).toBe("private, no-store");
    await expect(page.getByRole("heading", { level: 1, name: "Meja migrasi aman" }).isVisible()).resolves.toBe(true);
    const dedi = page.locator("li", { has: page.getByRole("link", { name: UNLICENSED }) });
    await expect(dedi.getByText("Agen tidak terdaftar").isVisible()).resolves.toBe(true);
    const siti = page.locator("li", { has: page.getByRole("link", { name: LICENSED }) });
    await expect(siti.getByText("Agen berizin").isVisible()).resolves.toBe(true);
    await expect(siti.getByText(/^Paspor habis/).isVisible()).resolves.toBe(true);
    expect(await fitsPhone(page)).toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, "migration-desk-mobile");

    await page.getByLabel("Tanda").selectOption("agen");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await page.waitForURL(/tanda=agen/);
    await expect(page.getByRole("link", { name: UNLICENSED }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole("link", { name: LICENSED }).count()).resolves.toBe(0);
    await page.close();
  });

  it("the officer opens the unlicensed one, sees the agency flagged and ticks checklist items without JavaScript", async () => {
    const list = await officerNoScript.newPage();
    await list.goto(`${web.url}${DESK}`);
    await list.getByRole("link", { name: UNLICENSED }).click();
    await list.waitForURL(/\/migrasi\/[^/?]+$/);
    const page = list;
    await expect(
      page.getByRole("heading", { level: 1, name: `Meja migrasi: ${UNLICENSED}` }).isVisible(),
    ).resolves.toBe(true);
    const flag = page.locator('[data-agency-check="NOT_LISTED"]');
    expect(await flag.innerText()).toContain("tidak ada dalam daftar P3MI berizin");

    // Done without a date: refused next to the field, nothing recorded.
    const passport = page.locator("#langkah-PASSPORT");
    await passport.getByLabel("Status").selectOption("SELESAI");
    await passport.getByRole("button", { name: /^Simpan/ }).click();
    await page.waitForLoadState();
    expect(await page.locator("#langkah-PASSPORT-done-error").innerText()).toBe("Isi tanggal selesainya langkah ini.");
    await expectAccessibleWithoutScript(page, officer);

    await page.locator("#langkah-PASSPORT").getByLabel("Status").selectOption("SELESAI");
    await page.locator("#langkah-PASSPORT").getByLabel("Tanggal selesai").fill(today());
    await page
      .locator("#langkah-PASSPORT")
      .getByRole("button", { name: /^Simpan/ })
      .click();
    await page.waitForURL(/tersimpan=langkah/);
    await expect(page.getByText("Langkah tersimpan.").isVisible()).resolves.toBe(true);
    expect(await page.locator("#langkah-PASSPORT").getAttribute("data-state")).toBe("SELESAI");
    expect(await page.locator("#history-heading + ol li").first().innerText()).toContain("Paspor: Selesai");
    expect(await fitsPhone(page)).toBe(true);
    await expectAccessibleWithoutScript(page, officer);
    await saveScreenshot(page, "migration-desk-stint-nojs-mobile");
    await page.close();
  });

  it("with JavaScript, a step is ticked in place and the person's registry page shows the flag", async () => {
    const page = await officer.newPage();
    await page.goto(`${web.url}${DESK}`);
    await page.getByRole("link", { name: UNLICENSED }).click();
    await page.waitForURL(/\/migrasi\/[^/?]+$/);
    const visa = page.locator("#langkah-WORK_VISA");
    await visa.getByLabel("Status").selectOption("SEDANG");
    await visa.getByRole("button", { name: /^Simpan/ }).click();
    await page.waitForURL(/tersimpan=langkah/);
    await expect(page.locator("#langkah-WORK_VISA").getAttribute("data-state")).resolves.toBe("SEDANG");
    await expectAccessible(page);

    await page.getByRole("link", { name: "Lihat data di registri" }).click();
    await page.waitForURL(/\/registri\/[^/?]+$/);
    await expect(page.getByText("Agen tidak terdaftar").first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("the platform admin imports agencies from CSV: a wrong file imports nothing and names its rows", async () => {
    const page = await admin.newPage();
    await page.goto(`${web.url}/admin/agen-penempatan`);
    await expect(page.getByRole("heading", { level: 1, name: "Daftar P3MI berizin" }).isVisible()).resolves.toBe(true);
    const before = await page.locator(".agencies > li").count();
    expect(before).toBe(12);

    const dir = tmpdir();
    const wrong = path.join(dir, `p3mi-salah-${process.pid}.csv`);
    await writeFile(
      wrong,
      "nomor_izin;nama;kota;berlaku_mulai;berlaku_sampai\nE2E-1;PT Uji Peramban;Jakarta;2024-01-01;2030-01-01\nE2E-2;PT Uji Salah;Jakarta;kemarin;2030-01-01\n",
    );
    await page.getByLabel("Berkas CSV").setInputFiles(wrong);
    await page.getByRole("button", { name: "Impor" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("alert").innerText()).toContain("Baris 3: berlaku_mulai harus tanggal TTTT-BB-HH.");
    await expectAccessibleWithoutScript(page, officer);

    const right = path.join(dir, `p3mi-benar-${process.pid}.csv`);
    await writeFile(
      right,
      "nomor_izin;nama;kota;berlaku_mulai;berlaku_sampai\nE2E-1;PT Uji Peramban;Jakarta;2024-01-01;2030-01-01\n",
    );
    await page.getByLabel("Berkas CSV").setInputFiles(right);
    await page.getByRole("button", { name: "Impor" }).click();
    await page.waitForURL(/diimpor=1-0/);
    await expect(page.getByText("Impor berhasil: 1 agen ditambahkan, 0 diperbarui.").isVisible()).resolves.toBe(true);
    expect(await page.locator(".agencies > li").count()).toBe(before + 1);
    expect(await fitsPhone(page)).toBe(true);
    await saveScreenshot(page, "placement-agencies-admin-mobile");
    await page.close();
  });
});
