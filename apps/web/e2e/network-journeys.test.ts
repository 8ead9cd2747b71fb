// The network of villages in Chromium at 390 px against the real API (seeded): Juntinyuat's officer publishes a good
// practice with its fields, Lipursari's officer finds it on /jaringan, adopts it and reports how it went, and the
// adoption shows on the practice's page; Lipursari asks Juntinyuat to link, Juntinyuat accepts, and the link shows on
// /jaringan. axe runs on every page visited, and every page fits the phone's width.
import { DEMO_PASSWORD, demoAccounts } from "@desa-migran/api/seed/demo-accounts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const LIPURSARI_OFFICER = "sekdes.lipursari@desamigran.id";
const TITLE = "Lumbung remitansi keluarga PMI";

describe.skipIf(!chromiumAvailable)(`network of villages in a browser${skipReason}`, { timeout: 240_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let juntinyuat: TestBrowser;
  let lipursari: TestBrowser;

  /** The page fits the phone's width: nothing scrolls sideways. */
  const fitsWidth = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  const checkPage = async (page: Page, screenshot: string) => {
    expect(await fitsWidth(page)).toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, screenshot);
  };
  /** Opens a signed-in page: the sign-in form first, then back to the page. */
  const signInTo = async (browser: TestBrowser, path: string, email: string) => {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${web.url}${path}`);
    await page.waitForURL((url) => url.pathname === "/masuk");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Kata sandi").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Masuk" }).last().click();
    await page.waitForURL((url) => url.pathname === path);
    return page;
  };

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    await api.addVillageOfficer(LIPURSARI_OFFICER, "lipursari-wonosobo", "Sekretaris Desa Lipursari");
    web = await startStack({ apiUrl: api.url });
    [juntinyuat, lipursari] = await Promise.all([launchBrowser(), launchBrowser()]);
  }, 240_000);

  afterAll(async () => {
    await juntinyuat?.close();
    await lipursari?.close();
    await web?.stop();
    await api?.stop();
  });

  it("an officer publishes a practice; another village adopts it and reports how it went; the page shows it", async () => {
    // Juntinyuat's officer writes the practice with its fields and publishes it
    const office = await signInTo(
      juntinyuat,
      "/kantor-desa/juntinyuat-indramayu/cerita/baru",
      demoAccounts.villageOfficer.email,
    );
    await office.getByRole("radio", { name: "Praktik baik" }).check();
    await office.getByLabel("Judul").fill(TITLE);
    await office.getByLabel("Isi", { exact: true }).fill("Keluarga PMI menyisihkan sebagian kiriman ke lumbung desa.");
    await office.getByLabel("Apa yang dilakukan").fill("Membuka lumbung remitansi di koperasi desa, setoran bulanan.");
    await office.getByLabel("Biaya").fill("2,5 jt");
    await office.getByLabel("Apa yang berubah").fill("Keluarga punya cadangan saat kiriman terlambat.");
    await office.getByLabel("Siapa yang dapat ditanya").fill("Bendahara koperasi desa");
    await office.getByLabel(/Terbitkan sekarang/).check();
    await checkPage(office, "network-practice-form-id-mobile");
    await office.getByRole("button", { name: "Simpan cerita" }).click();
    await office.waitForURL((url) => url.searchParams.get("tersimpan") === "terbit");

    // Lipursari's officer finds it by searching practices on /jaringan
    const page = await signInTo(lipursari, "/kantor-desa/lipursari-wonosobo/jaringan", LIPURSARI_OFFICER);
    await checkPage(page, "network-office-id-mobile");
    await page.goto(`${web.url}/jaringan`);
    await expect(page.getByRole("heading", { level: 1, name: "Jaringan desa migran" }).isVisible()).resolves.toBe(true);
    await checkPage(page, "network-list-id-mobile");
    await page.getByLabel("Cari praktik baik").fill("lumbung remitansi");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.getByRole("link", { name: TITLE }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/cerita/lumbung-remitansi-keluarga-pmi"));
    const practice = page.getByRole("article");
    // (formatRupiah puts a no-break space after "Rp")
    expect(await practice.innerText()).toMatch(/Rp\s2\.500\.000/);
    expect(await practice.innerText()).toContain("Bendahara koperasi desa");
    await expect(page.getByText("Diadopsi 0 desa").isVisible()).resolves.toBe(true);
    await checkPage(page, "network-practice-id-mobile");

    // Adopts it for Lipursari, then reports how it went
    await page.getByRole("button", { name: "Kami mengadopsinya" }).click();
    await page.getByRole("status").filter({ hasText: "desa Anda mengadopsi praktik ini" }).waitFor();
    await expect(page.getByText("Diadopsi 1 desa").isVisible()).resolves.toBe(true);
    await expect(page.getByRole("button", { name: "Kami mengadopsinya" }).count()).resolves.toBe(0);
    await page.getByRole("radio", { name: "Berhasil" }).check();
    await page.getByLabel("Ceritakan hasilnya").fill("Dua puluh keluarga ikut menabung sejak bulan pertama.");
    await page.getByRole("button", { name: "Simpan laporan" }).click();
    await page.getByRole("status").filter({ hasText: "Laporan hasil tersimpan." }).waitFor();
    await checkPage(page, "network-practice-adopted-id-mobile");

    // Anyone sees the adoption and its outcome on the practice's page
    const visitor = await juntinyuat.newPage();
    await visitor.goto(page.url().split("?")[0]!);
    const adoptions = visitor.locator("#adopsi");
    expect(await adoptions.innerText()).toContain("Lipursari");
    expect(await adoptions.innerText()).toContain("Berhasil");
    expect(await adoptions.innerText()).toContain("Dua puluh keluarga ikut menabung sejak bulan pertama.");
  });

  it("a village office asks another to link; the other accepts; the link shows on /jaringan", async () => {
    // Lipursari asks Juntinyuat
    const asking = await lipursari.newPage();
    asking.setDefaultTimeout(60_000);
    await asking.goto(`${web.url}/kantor-desa/lipursari-wonosobo/jaringan`);
    const target = await asking
      .locator("#toVillageId option")
      .filter({ hasText: /^Juntinyuat/ })
      .getAttribute("value");
    await asking.locator("#toVillageId").selectOption(target!);
    await asking.getByRole("radio", { name: "desa kembar" }).check();
    await asking.getByLabel("Apa yang ingin dikerjakan bersama").fill("Belajar pos layanan migrasi.");
    await asking.getByRole("button", { name: "Kirim permintaan" }).click();
    await asking.getByRole("status").filter({ hasText: "Permintaan terkirim" }).waitFor();
    expect(await asking.getByRole("heading", { name: "Permintaan terkirim, menunggu jawaban" }).isVisible()).toBe(true);
    await checkPage(asking, "network-request-sent-id-mobile");

    // Juntinyuat's officer accepts it
    const office = await juntinyuat.newPage();
    office.setDefaultTimeout(60_000);
    await office.goto(`${web.url}/kantor-desa/juntinyuat-indramayu/jaringan`);
    const request = office.getByRole("listitem").filter({ hasText: "Lipursari ingin bertaut" });
    await checkPage(office, "network-request-incoming-id-mobile");
    await request.getByRole("button", { name: "Terima" }).click();
    await office.getByRole("status").filter({ hasText: "Permintaan diterima" }).waitFor();
    await checkPage(office, "network-request-accepted-id-mobile");

    // The network page lists Lipursari among Juntinyuat's partners
    await office.goto(`${web.url}/jaringan`);
    const card = office.getByRole("article").filter({ has: office.getByRole("heading", { name: "Juntinyuat" }) });
    expect(await card.innerText()).toContain("Lipursari");
    await checkPage(office, "network-list-after-id-mobile");
  });

  it("the network list keeps to the province a visitor picks (a GET form: the address can be shared)", async () => {
    const page = await juntinyuat.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`${web.url}/jaringan`);
    const everyProvince = await page.locator("section.province h2").allInnerTexts();
    expect(everyProvince.length).toBeGreaterThan(1);
    await page.getByLabel("Provinsi").selectOption({ label: "Jawa Barat" });
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await page.waitForURL((url) => url.searchParams.get("provinsi") === "32");
    expect(await page.locator("section.province h2").allInnerTexts()).toEqual(["Jawa Barat"]);
    expect(await page.getByRole("heading", { name: "Juntinyuat" }).isVisible()).toBe(true);
    await checkPage(page, "network-list-province-id-mobile");
  });
});
