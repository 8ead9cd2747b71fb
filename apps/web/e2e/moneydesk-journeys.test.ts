// The money desk in Chromium on a 390px phone against the real API (seeded): a family pledges in two steps (amount,
// then the risk statement, the terms and its own cap use, confirmed), also without JavaScript, and a cooperative
// officer records a sukarela withdrawal and lands on its printable receipt (kwitansi). axe on every page (axe runs
// as a script, so the pages without JavaScript are the same pages, checked in the scripted run).
import { DEMO_PASSWORD, demoAccounts } from "@desa-migran/api/seed/demo-accounts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const ROUND = {
  slug: "mesin-spinner-keripik-mbak-siti",
  title: "Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti",
};

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");

async function checkStep(page: Page, screenshot: string) {
  await expectAccessible(page);
  await saveScreenshot(page, screenshot);
}

describe.skipIf(!chromiumAvailable)(`money desk journeys in a browser${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let family: TestBrowser;
  let familyNoJs: TestBrowser;
  let officer: TestBrowser;

  const signIn = async (browser: TestBrowser, account: "household" | "cooperativeOfficer") => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($input: SignInInput!) { signIn(input: $input) { __typename } }",
        variables: { input: { email: demoAccounts[account].email, password: DEMO_PASSWORD } },
      }),
    });
    const cookie = response.headers.getSetCookie().find((header) => header.startsWith("dm_session="));
    if (!cookie) throw new Error(`signIn as ${account} set no session`);
    const token = decodeURIComponent(cookie.split(";")[0]!.slice("dm_session=".length));
    await browser.context.addCookies([
      { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
  };

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    family = await launchBrowser();
    familyNoJs = await launchBrowser({ javaScriptEnabled: false });
    officer = await launchBrowser();
    await signIn(family, "household");
    await signIn(familyNoJs, "household");
    await signIn(officer, "cooperativeOfficer");
  }, 240_000);

  afterAll(async () => {
    await officer?.close();
    await familyNoJs?.close();
    await family?.close();
    await web?.stop();
    await api?.stop();
  });

  it("family: pledges in two steps, reads the risks, goes back with the amount kept, then confirms", async () => {
    const page = await family.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${web.url}/pendanaan/${ROUND.slug}`);
    await page.getByRole("link", { name: /^Investasikan dari tabungan Keluarga Bapak Tarmidi/ }).click();
    await page.waitForURL(/\/keluarga\/[^/]+\/investasi\?putaran=/);
    await checkStep(page, "pledge-step1-id-mobile");

    // Step 1: the amount.
    const card = page.getByRole("article", { name: ROUND.title });
    await card.getByLabel("Jumlah investasi (Rp)").fill("250.000");
    await card.getByRole("button", { name: "Lanjut: baca risiko" }).click();
    await page.waitForLoadState();

    // Step 2: the statement, the exact terms, the household's own cap use and the amount; nothing moved yet.
    await page.getByRole("heading", { level: 1, name: "Periksa sebelum berinvestasi" }).waitFor();
    expect(await text(page, "section.risk")).toContain("Uang yang Anda tanamkan bisa hilang");
    expect(await text(page, "section.risk")).toMatch(/Versi pernyataan: \d{4}-\d{2}-\d+/);
    const terms = await text(page, "section[aria-labelledby=terms-heading]");
    for (const part of [ROUND.title, "Rp 250.000 – Rp 4.000.000", "bulan", "mengelola putaran"])
      expect(terms).toContain(part);
    expect(await text(page, "section[aria-labelledby=cap-heading]")).toMatch(/Batas OJK tahun \d{4}[\s\S]*Rp [\d.]+/);
    expect(await text(page, "section.confirm")).toContain("Rp 250.000");
    await checkStep(page, "pledge-step2-id-mobile");

    // Back: the amount typed survives.
    await page.getByRole("button", { name: "Kembali, ubah jumlah" }).click();
    await page.waitForLoadState();
    const again = page.getByRole("article", { name: ROUND.title });
    expect(await again.getByLabel("Jumlah investasi (Rp)").inputValue()).toBe("250.000");
    await checkStep(page, "pledge-back-id-mobile");

    await again.getByLabel("Jumlah investasi (Rp)").fill("260.000");
    await again.getByRole("button", { name: "Lanjut: baca risiko" }).click();
    await page.waitForLoadState();
    await page.getByRole("heading", { level: 1, name: "Periksa sebelum berinvestasi" }).waitFor();
    await page.getByLabel(/Saya sudah membaca pernyataan risiko/).check();
    await page.getByRole("button", { name: "Konfirmasi investasi" }).click();
    await page.waitForLoadState();
    expect(await text(page, "[role=status]")).toContain(`Investasi Rp 260.000 di “${ROUND.title}” tercatat.`);
    await checkStep(page, "pledge-done-id-mobile");
    await page.close();
  });

  it("family without JavaScript: the same two steps are plain form posts", async () => {
    const page = await familyNoJs.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${web.url}/pendanaan/${ROUND.slug}`);
    await page.getByRole("link", { name: /^Investasikan dari tabungan Keluarga Bapak Tarmidi/ }).click();
    await page.waitForURL(/\/keluarga\/[^/]+\/investasi\?putaran=/);
    const card = page.getByRole("article", { name: ROUND.title });
    await card.getByLabel("Jumlah investasi (Rp)").fill("270.000");
    await card.getByRole("button", { name: "Lanjut: baca risiko" }).click();
    await page.waitForLoadState();
    await page.getByRole("heading", { level: 1, name: "Periksa sebelum berinvestasi" }).waitFor();
    await page.getByRole("button", { name: "Kembali, ubah jumlah" }).click();
    await page.waitForLoadState();
    expect(
      await page.getByRole("article", { name: ROUND.title }).getByLabel("Jumlah investasi (Rp)").inputValue(),
    ).toBe("270.000");
    await page.getByRole("article", { name: ROUND.title }).getByRole("button", { name: "Lanjut: baca risiko" }).click();
    await page.waitForLoadState();
    await page.getByLabel(/Saya sudah membaca pernyataan risiko/).check();
    await page.getByRole("button", { name: "Konfirmasi investasi" }).click();
    await page.waitForLoadState();
    expect(await text(page, "[role=status]")).toContain(`Investasi Rp 270.000 di “${ROUND.title}” tercatat.`);
    await saveScreenshot(page, "pledge-done-nojs-id-mobile");
    await page.close();
  });

  it("officer: records a sukarela withdrawal, lands on the receipt, prints it; a refusal is explained", async () => {
    const page = await officer.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${web.url}/koperasi`);
    await page.locator(".coop-cards h2 a").first().click();
    await page.waitForURL(/\/koperasi\/[a-z0-9-]+$/);
    const base = new URL(page.url()).pathname;
    await page.goto(`${web.url}${base}/anggota`);
    const link = page.locator("table.coop-table tbody tr").first().getByRole("link");
    const memberName = await link.innerText();
    await link.click();
    await page.getByRole("heading", { level: 1, name: memberName }).waitFor();
    const memberUrl = page.url();

    // A deposit first, so there is something to withdraw: the officer lands on its receipt.
    await page.getByLabel("Jenis simpanan", { exact: true }).selectOption("SUKARELA");
    await page.getByLabel("Jumlah (Rp)", { exact: true }).fill("50.000");
    await page.getByRole("button", { name: "Catat setoran" }).click();
    await page.waitForURL(/\/kwitansi\/[^/]+\?baru$/);
    await page.goto(memberUrl);

    // More than the balance: refused on the amount, what was typed kept.
    await page.getByLabel("Jumlah penarikan (Rp)").fill("999.999.999");
    await page.getByRole("button", { name: "Catat penarikan" }).click();
    await page.waitForLoadState();
    await page.locator("#w-amount-error").waitFor();
    expect(await page.getByLabel("Jumlah penarikan (Rp)").inputValue()).toBe("999.999.999");
    await checkStep(page, "withdraw-refused-id-mobile");

    await page.getByLabel("Jumlah penarikan (Rp)").fill("20.000");
    await page.getByRole("button", { name: "Catat penarikan" }).click();
    await page.waitForURL(/\/kwitansi\/[^/]+\?baru$/);
    expect(await text(page, "[role=status]")).toMatch(/Penarikan simpanan sukarela tercatat/i);
    const receipt = await text(page, "article.receipt");
    expect(receipt).toMatch(/KW-\d{8}-[0-9A-F]{8}/);
    expect(receipt).toContain("Penarikan simpanan");
    expect(receipt).toContain(memberName);
    expect(receipt).toContain("Rp 20.000");
    expect(receipt).toContain("Dua puluh ribu rupiah");
    expect(receipt).toContain("WIB");
    expect(receipt).toContain("Tunai di loket koperasi");
    expect(receipt).toContain(demoAccounts.cooperativeOfficer.name);
    await checkStep(page, "receipt-id-mobile");
    expect(await page.getByText("pakai menu Cetak di peramban").isVisible()).toBe(true);

    // Printed: the receipt alone, without the site's header, menus or buttons.
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Cetak kwitansi" }).isVisible()).toBe(false);
    expect(await page.locator("article.receipt").isVisible()).toBe(true);
    await saveScreenshot(page, "receipt-print-id-mobile");
    await page.emulateMedia({ media: "screen" });

    // The member's page links to each receipt.
    await page.getByRole("link", { name: /Kembali ke data anggota/ }).click();
    await page.getByRole("heading", { level: 1, name: memberName }).waitFor();
    const receipts = page.locator("section[aria-labelledby=movements-heading] a", { hasText: "Kwitansi" });
    expect(await receipts.count()).toBeGreaterThanOrEqual(2);
    await checkStep(page, "member-movements-id-mobile");
    await receipts.first().click();
    await page.waitForURL(/\/kwitansi\/[^/?]+$/);
    expect(await text(page, "article.receipt")).toContain("Rp 20.000");
    await page.close();
  });

  it("officer: ends a membership, then returns simpanan wajib in full only (a part is refused)", async () => {
    const page = await officer.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`${web.url}/koperasi`);
    await page.locator(".coop-cards h2 a").first().click();
    await page.waitForURL(/\/koperasi\/[a-z0-9-]+$/);
    const base = new URL(page.url()).pathname;
    await page.goto(`${web.url}${base}/anggota`);
    // A member (not the first row, used above) holding simpanan wajib: columns pokok, wajib, sukarela.
    const rows = page.locator("table.coop-table tbody tr");
    let index = 1;
    for (; index < (await rows.count()); index += 1) {
      const cells = /Rp ([\d.]+)\s+Rp ([\d.]+)\s+Rp ([\d.]+)/.exec(
        (await rows.nth(index).innerText()).replaceAll("\u00a0", " "),
      );
      if (cells && cells[2] !== "0") break;
    }
    const link = rows.nth(index).getByRole("link");
    const memberName = await link.innerText();
    await link.click();
    await page.getByRole("heading", { level: 1, name: memberName }).waitFor();
    const rupiah = (value: string) => BigInt(value.replace(/\D/g, ""));
    const wajib = rupiah(await text(page, ".coop-dl dd:nth-of-type(2)"));
    expect(wajib).toBeGreaterThan(1n);

    // While a member, only sukarela can be withdrawn.
    expect(await page.getByLabel("Jenis simpanan yang ditarik").locator("option").allInnerTexts()).toEqual([
      "Simpanan sukarela",
    ]);
    await page.getByLabel("Anggota ini keluar dari koperasi.").check();
    await page.getByRole("button", { name: "Akhiri keanggotaan" }).click();
    await page.waitForURL(/tersimpan=keluar$/);
    expect(await text(page, "[role=status]")).toContain("Keanggotaan sudah berakhir");
    await checkStep(page, "member-left-id-mobile");

    await page.getByLabel("Jenis simpanan yang ditarik").selectOption("WAJIB");
    await page.getByLabel("Jumlah penarikan (Rp)").fill(String(wajib - 1n));
    await page.getByRole("button", { name: "Catat penarikan" }).click();
    await page.locator("#w-amount-error").waitFor();
    expect(await text(page, "#w-amount-error")).toContain("seluruhnya sekaligus");
    await checkStep(page, "withdraw-wajib-partial-id-mobile");

    await page.getByLabel("Jenis simpanan yang ditarik").selectOption("WAJIB");
    await page.getByLabel("Jumlah penarikan (Rp)").fill(String(wajib));
    await page.getByRole("button", { name: "Catat penarikan" }).click();
    await page.waitForURL(/\/kwitansi\/[^/]+\?baru$/);
    const receipt = await text(page, "article.receipt");
    expect(receipt).toContain("Simpanan wajib");
    expect(receipt).toMatch(/Saldo Simpanan wajib setelahnya\s+Rp 0/);
    await checkStep(page, "receipt-wajib-id-mobile");
    await page.close();
  });
});
