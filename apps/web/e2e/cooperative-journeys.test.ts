// The cooperative officer's journey in Chromium against the real API (seeded): sign in, members and
// their savings, the RAT (attendance, quorum, votes), a meeting without quorum, an SHU refused before the RAT adopted
// the report then run after, and the public ledger.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const pathOf = (page: Page) => new URL(page.url()).pathname;
/** A `datetime-local` value in WIB (UTC+7), `minutes` from now. */
const wibInput = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000 + 7 * 3_600_000).toISOString().slice(0, 16);
const textOf = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");

/** Every visited page: no serious or critical axe finding, and a screenshot for the record. */
async function check(page: Page, name: string) {
  await expectAccessible(page);
  await saveScreenshot(page, `koperasi-${name}-id-mobile`);
}

describe.skipIf(!chromiumAvailable)(
  `cooperative officer journey in a browser${skipReason}`,
  { timeout: 120_000 },
  () => {
    let api: RealApi;
    let web: WebStack;
    let officer: TestBrowser;
    let visitor: TestBrowser;
    let base = "";
    let memberName = "";

    beforeAll(async () => {
      api = await startRealApi({ seed: true });
      web = await startStack({ apiUrl: api.url });
      officer = await launchBrowser();
      visitor = await launchBrowser();
    }, 240_000);

    afterAll(async () => {
      await visitor?.close();
      await officer?.close();
      await web?.stop();
      await api?.stop();
    });

    it("signs in and finds the cooperative they serve", async () => {
      const page = await officer.newPage();
      await page.goto(`${web.url}/koperasi`);
      expect(pathOf(page) + new URL(page.url()).search).toBe("/masuk?kembali=%2Fkoperasi");
      await page.getByLabel("Email").fill("koperasi@desamigran.id");
      await page.getByLabel("Kata sandi").fill("desa-migran-demo");
      await page.getByRole("button", { name: "Masuk" }).last().click();
      await page.waitForURL(/\/koperasi$/);
      await page.getByRole("heading", { level: 1, name: "Koperasi saya" }).waitFor();
      expect(await textOf(page, ".coop-cards li")).toContain("Ketua Pengurus");
      await check(page, "list");

      await page.locator(".coop-cards h2 a").first().click();
      await page.waitForURL(/\/koperasi\/[a-z0-9-]+$/);
      base = pathOf(page);
      expect(await textOf(page, ".coop-stats")).toMatch(/Rp \d/);
      await check(page, "overview");
    });

    it("reads members with their savings, pages on, and records a payment (a bad amount is explained)", async () => {
      const page = await officer.newPage();
      await page.goto(`${web.url}${base}`);
      await page.getByRole("navigation", { name: "Bagian koperasi" }).getByRole("link", { name: "Anggota" }).click();
      await page.waitForURL(/\/anggota$/);
      const rows = page.locator("table.coop-table tbody tr");
      expect(await rows.count()).toBe(10);
      expect((await rows.first().innerText()).replaceAll("\u00a0", " ")).toMatch(
        /Aktif\s+Rp [\d.]+\s+Rp [\d.]+\s+Rp [\d.]+/,
      );
      await check(page, "members");

      await page.getByRole("link", { name: /Berikutnya/ }).click();
      await page.waitForURL(/after=/);
      expect(await page.locator("table.coop-table tbody tr").count()).toBeGreaterThan(0);
      await page.getByRole("link", { name: /Sebelumnya/ }).click();
      await page.waitForURL(/before=/);

      const link = page.locator("table.coop-table tbody tr").nth(1).getByRole("link");
      memberName = await link.innerText();
      await link.click();
      await page.getByRole("heading", { level: 1, name: memberName }).waitFor();
      const before = await textOf(page, ".coop-dl dd:nth-of-type(3)");

      await page.getByLabel("Jenis simpanan", { exact: true }).selectOption("SUKARELA");
      await page.getByLabel("Jumlah (Rp)").fill("dua puluh ribu");
      await page.getByRole("button", { name: "Catat setoran" }).click();
      await page.locator("#amount-error").waitFor();
      expect(await page.getByLabel("Jumlah (Rp)").inputValue()).toBe("dua puluh ribu");
      expect(await page.getByLabel("Jumlah (Rp)").getAttribute("aria-invalid")).toBe("true");
      await check(page, "member-deposit-error");

      await page.getByLabel("Jumlah (Rp)").fill("Rp 25.000");
      await page.getByRole("button", { name: "Catat setoran" }).click();
      await page.getByRole("status").filter({ hasText: "Simpanan sukarela tercatat" }).waitFor();
      // The officer lands on the receipt; the member's page is one link away.
      await page.waitForURL(/\/kwitansi\/[^/]+\?baru$/);
      await page.getByRole("link", { name: /Kembali ke data anggota/ }).click();
      await page.getByRole("heading", { level: 1, name: memberName }).waitFor();
      const after = await textOf(page, ".coop-dl dd:nth-of-type(3)");
      const rupiah = (text: string) => BigInt(text.replace(/\D/g, ""));
      expect(rupiah(after) - rupiah(before)).toBe(25_000n);
      await check(page, "member-deposit-saved");
    });

    it("does not offer the year's SHU before the RAT adopted the annual report, and says why", async () => {
      const page = await officer.newPage();
      await page.goto(`${web.url}${base}/shu?tahun=2024&shu=12.500.000`);
      await page.getByRole("heading", { name: "Pratinjau SHU tahun buku 2024: Rp 12.500.000" }).waitFor();
      expect(await textOf(page, "#shu-not-adopted")).toContain(
        "SHU tahun buku 2024 belum bisa dibagikan: RAT tahun buku 2024 belum mengesahkan laporan tahunan",
      );
      expect(await page.getByRole("button", { name: "Jalankan pembagian SHU 2024" }).count()).toBe(0);
      expect(await page.getByRole("link", { name: "Panggil RAT tahun buku 2024" }).count()).toBe(1);
      await check(page, "shu-not-adopted");
    });

    it("holds the RAT: calls it, opens it, records who is present, votes, closes it with quorum", async () => {
      const page = await officer.newPage();
      await page.goto(`${web.url}${base}/rapat`);
      await page.getByRole("heading", { level: 1, name: "Rapat anggota" }).waitFor();
      expect(await page.locator("ul.cm-list li").count()).toBeGreaterThan(0);
      expect(await textOf(page, "ul.cm-list")).toContain("RAT");
      await check(page, "meetings");

      await page.getByLabel("Jenis rapat").selectOption("ANNUAL");
      await page.getByLabel("Tahun buku", { exact: true }).fill("2024");
      await page.getByLabel("Judul rapat").fill("Rapat Anggota Tahunan Tahun Buku 2024");
      await page.getByLabel("Tanggal dan jam (WIB)").fill(wibInput(-60));
      await page.getByLabel("Tempat").fill("Balai Desa");
      await page.getByLabel("Usulan yang akan diputuskan").fill("Laporan pertanggungjawaban pengurus 2024");
      await page.getByLabel("Tambahkan usulan pengesahan laporan tahunan dan SHU").check();
      await page.getByLabel("Jumlah SHU menurut laporan (Rp)").fill("12.500.000");
      await page.getByRole("button", { name: "Panggil rapat" }).click();
      await page.waitForURL(/\/rapat\/[^/]+\?dipanggil=1$/);
      await page
        .getByRole("heading", { level: 3, name: "2. Pengesahan laporan tahunan dan SHU tahun buku 2024" })
        .waitFor();
      expect(await textOf(page, "li.cm-card:nth-child(2)")).toContain("SHU yang disahkan: Rp 12.500.000");
      await check(page, "meeting-called");

      await page.getByRole("button", { name: "Buka rapat" }).click();
      await page.getByRole("status").filter({ hasText: "Rapat dibuka" }).waitFor();
      // Nobody is present yet: no quorum, and the chair cannot vote before being recorded present.
      expect(await textOf(page, "section[aria-labelledby='quorum-heading']")).toContain("Kuorum belum tercapai");
      expect(await textOf(page, "li.cm-card")).toContain("setelah pengurus mencatat Anda hadir");
      await check(page, "meeting-open-no-quorum");

      for (const box of await page.locator("input[name=membershipId]").all()) await box.check();
      await page.getByRole("button", { name: "Catat yang hadir" }).click();
      await page.getByRole("status").filter({ hasText: "Kehadiran tercatat" }).waitFor();
      expect(await textOf(page, "section[aria-labelledby='quorum-heading']")).toContain("Kuorum tercapai");
      await check(page, "meeting-attendance");

      for (const n of [0, 1]) {
        const motion = page.locator("li.cm-card").nth(n);
        await motion.getByLabel("Setuju", { exact: true }).check();
        await motion.getByRole("button", { name: "Kirim suara" }).click();
        await motion.getByText("Suara Anda: Setuju").waitFor();
      }
      // One member, one vote: the forms are gone.
      expect(await page.getByRole("button", { name: "Kirim suara" }).count()).toBe(0);
      await check(page, "meeting-voted");

      await page.getByRole("button", { name: "Tutup rapat dan catat hasil" }).click();
      await page.getByRole("status").filter({ hasText: "Rapat ditutup" }).waitFor();
      expect(await textOf(page, "section[aria-labelledby='quorum-heading']")).toContain("Rapat kuorum");
      const first = await textOf(page, "li.cm-card");
      expect(first).toContain("Diterima");
      expect(first).toMatch(/Setuju: 1\s+Tidak setuju: 0\s+Abstain: 0\s+Jumlah suara: 1/);
      expect(await textOf(page, "li.cm-card:nth-child(2)")).toContain("Diterima");
      await check(page, "meeting-closed");
    });

    it("closes an extraordinary meeting (RALB) without quorum: nothing is decided, and the page says so", async () => {
      const page = await officer.newPage();
      await page.goto(`${web.url}${base}/rapat`);
      await page.getByLabel("Jenis rapat").selectOption("EXTRAORDINARY");
      await page.getByLabel("Judul rapat").fill("Rapat Anggota Luar Biasa: Unit Gudang Dingin");
      await page.getByLabel("Tanggal dan jam (WIB)").fill(wibInput(-10));
      await page.getByLabel("Tempat").fill("Balai Desa");
      await page.getByLabel("Usulan yang akan diputuskan").fill("Membangun gudang dingin: modal dari dana cadangan");
      await page.getByRole("button", { name: "Panggil rapat" }).click();
      await page.waitForURL(/\/rapat\/[^/]+\?dipanggil=1$/);
      expect(await textOf(page, ".cm-lead")).toContain("RALB");
      await page.getByRole("button", { name: "Buka rapat" }).click();
      await page.getByRole("status").filter({ hasText: "Rapat dibuka" }).waitFor();
      expect(await textOf(page, "section[aria-labelledby='chair-heading']")).toContain(
        "Jika rapat ditutup sekarang, tidak ada usulan yang diputuskan",
      );
      await page.getByRole("button", { name: "Tutup rapat dan catat hasil" }).click();
      await page.getByRole("status").filter({ hasText: "Rapat ditutup" }).waitFor();
      expect(await textOf(page, "section[aria-labelledby='quorum-heading']")).toContain(
        "Rapat tidak kuorum: hanya 0 dari",
      );
      expect(await textOf(page, "li.cm-card")).toContain("Tidak diputuskan: rapat tidak kuorum");
      await check(page, "meeting-no-quorum");
    });

    it("previews the adopted year's SHU split, then runs it once", async () => {
      const page = await officer.newPage();
      await page.goto(`${web.url}${base}/shu`);
      expect(await textOf(page, "#runs-heading + p")).toContain("Belum ada SHU yang dibagikan");
      await page.getByLabel("Tahun buku", { exact: true }).fill("2024");
      await page.getByLabel("SHU tahun buku (Rp)").fill("12.500.000");
      await page.getByRole("button", { name: "Tampilkan pratinjau" }).click();
      await page.getByRole("heading", { name: "Pratinjau SHU tahun buku 2024: Rp 12.500.000" }).waitFor();
      const split = await textOf(page, "table.coop-table");
      expect(split).toMatch(/Dana cadangan\s+Rp [\d.]+/);
      expect(split).toContain("Jasa usaha (JUA)");
      expect(await page.locator("table.coop-table").nth(1).locator("tbody tr").count()).toBeGreaterThan(9);
      expect(await page.getByRole("link", { name: "Rapat Anggota Tahunan Tahun Buku 2024" }).count()).toBe(1);
      await check(page, "shu-preview");

      await page.getByRole("button", { name: "Jalankan pembagian SHU 2024" }).click();
      await page.getByRole("status").filter({ hasText: "SHU tahun buku 2024 sudah dibukukan" }).waitFor();
      const runs = page.locator("section[aria-labelledby='runs-heading'] tbody tr");
      expect(await runs.count()).toBe(1);
      const run = (await runs.first().innerText()).replaceAll("\u00a0", " ");
      expect(run).toMatch(/^2024\s[\s\S]*Rp 12\.500\.000/);
      expect(run).toContain("Disahkan di Rapat Anggota Tahunan Tahun Buku 2024");
      await check(page, "shu-posted");
      // The booked year is shown as booked, with no second run offered.
      await page.goto(`${web.url}${base}/shu?tahun=2024&shu=12500000`);
      await page.getByText("SHU tahun buku 2024 sudah dibukukan").first().waitFor();
      expect(await page.getByRole("button", { name: "Jalankan pembagian SHU 2024" }).count()).toBe(0);
      await check(page, "shu-booked");
    });

    it("shows the public ledger to a signed-out visitor, with totals and no member's name", async () => {
      const page = await visitor.newPage();
      await page.goto(`${web.url}${base}/buku-besar`);
      await page.getByRole("heading", { level: 1, name: "Buku besar publik" }).waitFor();
      const books = await textOf(page, "section[aria-labelledby='books-heading']");
      expect(books).toMatch(/Seluruh simpanan anggota\s+Rp [1-9][\d.]*/);
      // The SHU just posted shows in the reserve total.
      expect(books).toMatch(/Dana cadangan\s+Rp [1-9][\d.]*/);
      // The SHU run shows as distributed, adopted by the RAT, and no figure on the public books is negative.
      expect(books.match(/SHU yang sudah dibagikan[\s\S]*?(Rp [\d.]+)/)?.[1]).toBe("Rp 12.500.000");
      expect(books).toContain("sesuai laporan tahunan yang disahkan RAT");
      expect(books).not.toMatch(/-\s*Rp|Rp\s*-/);
      expect(await page.content()).not.toContain(memberName);
      // Officer sections are not offered to a visitor, and asking for one means signing in first.
      expect(await page.getByRole("link", { name: "Anggota" }).count()).toBe(0);
      await check(page, "public-ledger");
      await page.goto(`${web.url}${base}/anggota`);
      expect(pathOf(page) + new URL(page.url()).search).toBe(`/masuk?kembali=${encodeURIComponent(`${base}/anggota`)}`);
    });

    it("reads the by-laws' meeting rules and changes the quorum (then puts it back)", async () => {
      const page = await officer.newPage();
      await page.goto(`${web.url}${base}/anggaran-dasar`);
      await page.getByRole("heading", { level: 1, name: "Aturan rapat dalam anggaran dasar" }).waitFor();
      expect(await textOf(page, "section[aria-labelledby='rules-heading']")).toContain("lebih dari 50% anggota aktif");
      await check(page, "bylaws");
      await page.getByLabel("Kuorum (%)").fill("100");
      await page.getByRole("button", { name: "Simpan aturan" }).click();
      await page.locator("#quorumPct-error").waitFor();
      expect(await page.getByLabel("Kuorum (%)").getAttribute("aria-invalid")).toBe("true");
      await check(page, "bylaws-error");
      await page.getByLabel("Kuorum (%)").fill("60");
      await page.getByRole("button", { name: "Simpan aturan" }).click();
      await page.getByRole("status").filter({ hasText: "Aturan anggaran dasar tersimpan" }).waitFor();
      expect(await textOf(page, "section[aria-labelledby='rules-heading']")).toContain("lebih dari 60% anggota aktif");
      await page.getByLabel("Kuorum (%)").fill("50");
      await page.getByRole("button", { name: "Simpan aturan" }).click();
      await page.waitForURL(/disimpan=1$/);
    });

    it("works without JavaScript: a payment is a plain POST, the SHU preview a plain GET", async () => {
      const plain = await launchBrowser({ javaScriptEnabled: false });
      try {
        await plain.context.addCookies(await officer.context.cookies(web.url));
        const page = await plain.newPage();
        await page.goto(`${web.url}${base}/anggota?cari=0003`);
        const link = page.locator("table.coop-table tbody tr").first().getByRole("link");
        await link.click();
        await page.waitForLoadState();
        await page.getByLabel("Jenis simpanan", { exact: true }).selectOption("WAJIB");
        await page.getByLabel("Jumlah (Rp)").fill("50.000");
        await page.getByRole("button", { name: "Catat setoran" }).click();
        await page.waitForURL(/\/kwitansi\/[^/]+\?baru$/);
        expect(await textOf(page, "[role=status]")).toContain("Simpanan wajib tercatat");

        await page.goto(`${web.url}${base}/shu`);
        await page.getByLabel("Tahun buku", { exact: true }).fill("2025");
        await page.getByLabel("SHU tahun buku (Rp)").fill("nol");
        await page.getByRole("button", { name: "Tampilkan pratinjau" }).click();
        await page.waitForLoadState();
        expect(await page.getByLabel("SHU tahun buku (Rp)").getAttribute("aria-invalid")).toBe("true");
        expect(await page.getByLabel("SHU tahun buku (Rp)").inputValue()).toBe("nol");
        await saveScreenshot(page, "koperasi-shu-error-nojs-id-mobile");
      } finally {
        await plain.close();
      }
    });
  },
);
