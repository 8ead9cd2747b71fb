// The village officer's journey in Chromium against the real API (seeded): the migrant registry, protection cases
// and village stories, all confidential pages; and a buyer who must not see any of it.
import { DEMO_PASSWORD } from "@desa-migran/api/seed/demo-accounts";
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible, expectAccessibleWithoutScript } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const VILLAGE = "/kantor-desa/juntinyuat-indramayu";
const PERSON = "Rokayah Binti Sarpan";
const NIK = "3212015506950003";
const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");

/** Confidential pages: never cached, never indexed. */
async function expectConfidential(page: Page, response: Response | null) {
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  expect(await page.locator('meta[name="robots"]').first().getAttribute("content")).toBe("noindex");
}

describe.skipIf(!chromiumAvailable)(`village officer journey in a browser${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let officer: TestBrowser;
  // The registration runs without JavaScript: every form must work as a plain POST.
  let officerNoScript: TestBrowser;
  let buyer: TestBrowser;

  const signIn = async (browser: TestBrowser, email: string) => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($input: SignInInput!) { signIn(input: $input) { __typename } }",
        variables: { input: { email, password: DEMO_PASSWORD } },
      }),
    });
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith("dm_session="));
    if (!cookie) throw new Error(`signIn as ${email} set no session`);
    const token = decodeURIComponent(cookie.split(";")[0]!.slice("dm_session=".length));
    await browser.context.addCookies([
      { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
  };

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    officer = await launchBrowser();
    officerNoScript = await launchBrowser({ javaScriptEnabled: false });
    buyer = await launchBrowser();
    await signIn(officer, "desa@desamigran.id");
    await signIn(officerNoScript, "desa@desamigran.id");
    await signIn(buyer, "pembeli@desamigran.id");
  }, 300_000);

  afterAll(async () => {
    await buyer?.close();
    await officerNoScript?.close();
    await officer?.close();
    await web?.stop();
    await api?.stop();
  });

  it("a signed-out visitor is sent to sign in and comes back to the registry", async () => {
    const visitor = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await visitor.newPage();
      await page.goto(`${web.url}${VILLAGE}/registri`);
      const url = new URL(page.url());
      expect(url.pathname + url.search).toBe(`/masuk?kembali=${encodeURIComponent(`${VILLAGE}/registri`)}`);
    } finally {
      await visitor.close();
    }
  });

  it("registry: lists and filters the village's migrants, registers one without JavaScript, records the stint and the departure", async () => {
    const page = await officer.newPage();
    const home = await page.goto(`${web.url}/kantor-desa`);
    await expectConfidential(page, home);
    await expect(page.getByRole("heading", { level: 1, name: "Kantor desa" }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-home-mobile");

    await page.getByRole("link", { name: "Registri pekerja migran" }).first().click();
    await page.waitForURL(`${web.url}${VILLAGE}/registri`);
    await expect(page.getByRole("heading", { level: 1, name: "Registri pekerja migran" }).isVisible()).resolves.toBe(
      true,
    );
    const everyone = await page.locator("tbody tr").count();
    expect(everyone).toBeGreaterThan(0);
    await page.getByLabel("Status", { exact: true }).selectOption("ABROAD");
    await page.getByRole("button", { name: "Terapkan" }).click();
    await page.waitForURL(/status=ABROAD/);
    const statuses = await page.locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(["Di luar negeri"]));
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-registry-mobile");
    await page.close();

    // Registration without JavaScript: a plain POST, errors next to the fields, the NIK never sent back.
    const form = await officerNoScript.newPage();
    await form.goto(`${web.url}${VILLAGE}/registri/baru`);
    await form.getByLabel("Nama lengkap (sesuai KTP)").fill(PERSON);
    await form.getByLabel("NIK (opsional)").fill(NIK);
    await form.getByLabel("Jenis kelamin").selectOption("FEMALE");
    await form.getByLabel("Tanggal lahir").fill("1995-06-15");
    await form.getByRole("button", { name: "Daftarkan" }).click();
    await form.waitForLoadState();
    expect(await text(form, "#consentGiven-error")).toContain("persetujuan");
    expect(await form.getByLabel("Nama lengkap (sesuai KTP)").inputValue()).toBe(PERSON);
    expect(await form.getByLabel("NIK (opsional)").inputValue()).toBe("");
    expect(await form.content()).not.toContain(NIK);
    await expectAccessibleWithoutScript(form, officer);
    await saveScreenshot(form, "village-office-register-error-nojs-mobile");
    await form.getByLabel("NIK (opsional)").fill(NIK);
    await form.getByLabel(/menyetujui datanya dicatat/).check();
    await form.getByRole("button", { name: "Daftarkan" }).click();
    await form.waitForURL(/\/registri\/[^/]+\?terdaftar=1$/);
    const personUrl = form.url().split("?")[0]!;
    await form.close();

    // The person page, with JavaScript: record the first stint, then the departure (enhanced forms).
    const person = await officer.newPage();
    const opened = await person.goto(personUrl);
    await expectConfidential(person, opened);
    await expect(person.getByRole("heading", { level: 1, name: PERSON }).isVisible()).resolves.toBe(true);
    expect(await person.content()).not.toContain(NIK);
    // Titles go to browser history and tab lists: the migrant's name stays out of it.
    expect(await person.title()).toContain("Juntinyuat");
    expect(await person.title()).not.toContain(PERSON);
    await expectAccessible(person);
    await person.getByLabel("Negara tujuan").selectOption("TW");
    await person.getByLabel("Bidang kerja (opsional), mis. perawat lansia").fill("Perawat lansia");
    await person.getByLabel("Agensi penempatan (opsional)").fill("PT Sinar Jaya Abadi");
    await person.getByLabel("Rencana berangkat").fill("2027-02-01");
    await person.getByLabel("Tanggal berangkat").fill("2026-11-01");
    await person.getByRole("button", { name: "Simpan catatan migrasi" }).click();
    // A prospective worker has no departure date: the API's typed error shows under the dates, what was typed stays.
    await person.locator("#dates-error").waitFor();
    expect(await text(person, "#dates-error")).toContain("Calon PMI");
    expect(await person.getByLabel("Agensi penempatan (opsional)").inputValue()).toBe("PT Sinar Jaya Abadi");
    await expectAccessible(person);
    await person.getByLabel("Tanggal berangkat").fill("");
    await person.getByRole("button", { name: "Simpan catatan migrasi" }).click();
    await person.waitForURL(/tersimpan=catat/);
    expect(await text(person, "[role=status]")).toContain("Catatan migrasi tersimpan");
    expect(await text(person, ".episodes")).toContain("Taiwan");
    expect(await text(person, ".episodes")).toContain("Calon PMI");

    await person.getByLabel("Tanggal berangkat").fill("2026-11-26");
    await person.getByRole("button", { name: "Catat keberangkatan" }).click();
    await person.waitForURL(/tersimpan=berangkat/);
    expect(await text(person, ".episodes")).toContain("Di luar negeri");
    expect(await text(person, ".episodes")).toContain("26 Nov 2026");
    await expectAccessible(person);
    await saveScreenshot(person, "village-office-person-mobile");

    // The new migrant is now in the registry.
    await person.goto(`${web.url}${VILLAGE}/registri?cari=rokayah`);
    expect(await person.locator("tbody tr").count()).toBe(1);
    expect(await text(person, "tbody tr")).toContain(PERSON);
    await expectAccessible(person);
    await saveScreenshot(person, "village-office-registry-search-mobile");

    // A NIK typed into the name search is taken out of the address, and the page says why.
    await person.getByLabel("Cari nama").fill(NIK.replace(/(\d{4})(?=\d)/g, "$1 "));
    await person.getByRole("button", { name: "Terapkan" }).click();
    await person.waitForURL(/nik-dihapus=1/);
    expect(person.url()).not.toMatch(/\d{6}/);
    expect(await text(person, "[role=alert]")).toContain("NIK tidak dicari lewat alamat");
    await expectAccessible(person);
    await saveScreenshot(person, "village-office-registry-nik-removed-mobile");
    await person.close();
  });

  it("cases: lists the officer's cases, opens one for the new migrant, adds a step and refers it", async () => {
    const page = await officer.newPage();
    const list = await page.goto(`${web.url}${VILLAGE}/kasus`);
    await expectConfidential(page, list);
    await expect(page.getByRole("heading", { level: 1, name: "Kasus perlindungan" }).isVisible()).resolves.toBe(true);
    expect(await text(page, ".cases")).toContain("Gaji tidak dibayar");
    expect(await text(page, ".cases")).toContain("Dirujuk");
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-cases-mobile");

    await page.getByRole("link", { name: "Buka kasus baru" }).click();
    await page.getByLabel("Nama warga").fill("rokayah");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.getByRole("link", { name: PERSON }).click();
    await page.waitForURL(/kasus\/baru\?orang=/);
    await expectAccessible(page);
    await page.getByLabel("Jenis kasus").selectOption("FRAUD");
    await page.getByLabel("Negara kejadian (opsional)").selectOption("TW");
    await page.getByLabel("Ringkasan kejadian").fill("Pendek");
    await page.getByRole("button", { name: "Buka kasus" }).click();
    await page.locator("#summary-error").waitFor();
    expect(await text(page, "#summary-error")).toContain("minimal 10");
    expect(await page.getByLabel("Jenis kasus").inputValue()).toBe("FRAUD");
    await page
      .getByLabel("Ringkasan kejadian")
      .fill("Agensi meminta biaya tambahan Rp 12 juta di luar ketentuan sebelum keberangkatan.");
    await page.getByRole("button", { name: "Buka kasus" }).click();
    await page.waitForURL(/\/kasus\/[^/]+\?dibuka=1$/);
    expect(await text(page, "[data-testid=case-status]")).toBe("Dilaporkan");
    await expectAccessible(page);

    await page.getByLabel("Status baru").selectOption("IN_PROGRESS");
    await page
      .getByLabel("Catatan", { exact: true })
      .first()
      .fill("Keluarga didampingi menemui agensi; bukti transfer dikumpulkan.");
    await page.getByRole("button", { name: "Simpan langkah" }).click();
    await page.waitForURL(/tersimpan=perbarui/);
    expect(await text(page, "[data-testid=case-status]")).toBe("Ditangani");
    expect(await text(page, ".history")).toContain("bukti transfer dikumpulkan");
    // The saved step is in the history; the form is empty again for the next one.
    expect(await page.getByLabel("Catatan", { exact: true }).first().inputValue()).toBe("");

    await page.getByLabel("Nama lembaga").fill("BP3MI Jawa Barat");
    await page.getByRole("button", { name: "Rujuk kasus" }).click();
    await page.locator("#refer-note-error").waitFor();
    expect(await page.getByLabel("Nama lembaga").inputValue()).toBe("BP3MI Jawa Barat");
    await page.locator("#refer-note").fill("Dirujuk untuk mediasi dengan agensi penempatan.");
    await page.getByRole("button", { name: "Rujuk kasus" }).click();
    await page.waitForURL(/tersimpan=rujuk/);
    expect(await text(page, "[data-testid=case-status]")).toBe("Dirujuk");
    expect(await text(page, ".vo-facts")).toContain("BP3MI Jawa Barat");
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-case-mobile");
    await page.close();
  });

  it("stories: writes a good practice and publishes it to the network", async () => {
    const page = await officer.newPage();
    await page.goto(`${web.url}${VILLAGE}/cerita`);
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tulis cerita" }).click();
    await page.getByLabel("Praktik baik").check();
    await page.getByLabel("Judul").fill("Pos layanan migrasi aman setiap Senin");
    await page
      .getByLabel("Isi", { exact: true })
      .fill("Petugas desa melayani calon PMI setiap Senin di balai desa.\n\nWarga dibantu memeriksa agensi resmi.");
    await page.getByLabel(/Terbitkan sekarang/).check();
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-story-new-mobile");
    await page.getByRole("button", { name: "Simpan cerita" }).click();
    await page.waitForURL(/cerita\?tersimpan=terbit$/);
    expect(await text(page, "[role=status]")).toContain("diterbitkan");
    expect(await text(page, "section[aria-labelledby=published-heading]")).toContain(
      "Pos layanan migrasi aman setiap Senin",
    );
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-stories-mobile");

    await page.goto(`${web.url}/cerita`);
    expect(await page.getByText("Pos layanan migrasi aman setiap Senin").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("a buyer cannot see the registry: 403 with an explanation and no personal data", async () => {
    const page = await buyer.newPage();
    const response = await page.goto(`${web.url}${VILLAGE}/registri`);
    expect(response?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { level: 1, name: "Halaman khusus perangkat desa" }).isVisible(),
    ).resolves.toBe(true);
    expect(await page.locator("table").count()).toBe(0);
    expect(await page.content()).not.toContain(PERSON);
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-forbidden-buyer-mobile");

    const list = await page.goto(`${web.url}/kantor-desa`);
    expect(list?.status()).toBe(403);
    await expect(
      page.getByRole("heading", { level: 1, name: "Halaman khusus perangkat desa" }).isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, "village-office-forbidden-list-buyer-mobile");
    await page.close();
  });
});
