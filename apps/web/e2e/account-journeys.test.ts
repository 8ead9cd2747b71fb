import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");
const rupiah = (shown: string) => BigInt(shown.replace(/\D/g, ""));

describe.skipIf(!chromiumAvailable)(
  `account and family journeys in a browser${skipReason}`,
  { timeout: 60_000 },
  () => {
    let api: RealApi;
    let web: WebStack;
    let browser: TestBrowser;
    // Every form must work without JavaScript (plain POSTs); the other browser runs the enhanced forms.
    let noScript: TestBrowser;

    /** Opens `next`, signing in on the way when the browser has no session yet; ends where `next` leads. */
    async function signIn(page: Page, email: string, next = "/akun") {
      await page.goto(`${web.url}${next}`);
      if (new URL(page.url()).pathname !== "/masuk") return;
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Kata sandi").fill("desa-migran-demo");
      await page.getByRole("button", { name: "Masuk" }).last().click();
      await page.waitForURL((url) => url.pathname.startsWith(next.split("?")[0]!));
    }

    const accountNav = (page: Page) => page.getByRole("navigation", { name: "Menu akun" });

    /** The family's household, reached as a user does: /keluarga goes straight to their only household. */
    async function openHousehold(page: Page): Promise<string> {
      await signIn(page, "keluarga@desamigran.id", "/keluarga");
      await page.waitForURL(/\/keluarga\/[^/]+$/);
      return new URL(page.url()).pathname;
    }

    beforeAll(async () => {
      api = await startRealApi({ seed: true });
      web = await startStack({ apiUrl: api.url });
      browser = await launchBrowser();
      noScript = await launchBrowser({ javaScriptEnabled: false });
    }, 240_000);

    afterAll(async () => {
      await noScript?.close();
      await browser?.close();
      await web?.stop();
      await api?.stop();
    });

    it("sign in: a wrong password is explained next to the field and the email stays", async () => {
      const page = await noScript.newPage();
      await page.goto(`${web.url}/keluarga`);
      // A protected page sends the visitor to sign in, and back afterwards.
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(
        `/masuk?kembali=${encodeURIComponent("/keluarga")}`,
      );
      await page.getByLabel("Email").fill("keluarga@desamigran.id");
      await page.getByLabel("Kata sandi").fill("bukan-kata-sandinya");
      await page.getByRole("button", { name: "Masuk" }).last().click();
      await page.waitForLoadState();

      const password = page.getByLabel("Kata sandi");
      expect(await password.getAttribute("aria-invalid")).toBe("true");
      expect(await password.getAttribute("aria-describedby")).toBe("field-password-error");
      expect(await text(page, "#field-password-error")).toContain("Email atau kata sandi salah");
      expect(await page.getByLabel("Email").inputValue()).toBe("keluarga@desamigran.id");
      await page.close();

      const withScript = await browser.newPage();
      await withScript.goto(`${web.url}/masuk`);
      await withScript.getByLabel("Email").fill("keluarga@desamigran.id");
      await withScript.getByLabel("Kata sandi").fill("bukan-kata-sandinya");
      await withScript.getByRole("button", { name: "Masuk" }).last().click();
      await withScript.locator("#field-password-error").waitFor();
      await expectAccessible(withScript);
      await saveScreenshot(withScript, "account-sign-in-error-mobile");
      await withScript.close();
    });

    it("sign in: a browser still holding a revoked session signs in, and the dead cookie is replaced", async () => {
      // Given a browser whose dm_session the API no longer knows (revoked or expired)
      await noScript.context.clearCookies();
      await noScript.context.addCookies([{ name: "dm_session", value: "revoked-session-token", url: web.url }]);
      const page = await noScript.newPage();
      // When the person signs in with the right password
      await page.goto(`${web.url}/masuk?kembali=${encodeURIComponent("/akun")}`);
      await page.getByLabel("Email").fill("pembeli@desamigran.id");
      await page.getByLabel("Kata sandi").fill("desa-migran-demo");
      await page.getByRole("button", { name: "Masuk" }).last().click();
      // Then they arrive signed in, holding a new session
      await page.waitForURL((url) => url.pathname === "/akun");
      await expect(page.getByRole("heading", { level: 1, name: "Akun saya" }).isVisible()).resolves.toBe(true);
      const session = (await noScript.context.cookies(web.url)).find((cookie) => cookie.name === "dm_session");
      expect(session?.value).toBeTruthy();
      expect(session?.value).not.toBe("revoked-session-token");
      await page.close();
      await noScript.context.clearCookies();
    });

    it("sign up: creates an account, shows the name in the header, and signs out", async () => {
      const page = await browser.newPage();
      await page.goto(`${web.url}/daftar`);
      await expectAccessible(page);
      await saveScreenshot(page, "account-sign-up-mobile");
      await page.getByLabel("Nama").fill("Sari Wulandari");
      await page.getByLabel("Email").fill("sari.e2e@example.id");
      await page.getByLabel("Kata sandi").fill("pendek");
      await page.getByRole("button", { name: "Daftar" }).click();
      await page.locator("#field-password-error").waitFor();
      expect(await page.getByLabel("Nama").inputValue()).toBe("Sari Wulandari");

      await page.getByLabel("Kata sandi").fill("kata-sandi-yang-panjang");
      await page.getByRole("button", { name: "Daftar" }).click();
      // The page says where the activation link went (the same answer for any address)...
      await page.getByRole("heading", { name: "Periksa email Anda" }).waitFor();
      await expectAccessible(page);
      // ...and the link from the message opens a page whose button activates the account and signs in
      const link = /https?:\/\/\S+\/daftar\/konfirmasi\?token=[\w-]+/.exec(
        (await api.lastMessageTo("sari.e2e@example.id")) ?? "",
      )?.[0];
      expect(link).toBeTruthy();
      const url = new URL(link!);
      await page.goto(`${web.url}${url.pathname}${url.search}`);
      await expectAccessible(page);
      await page.getByRole("button", { name: "Aktifkan akun" }).click();
      await page.waitForURL((url) => url.pathname === "/akun");
      await expect(page.getByRole("heading", { level: 1, name: "Akun saya" }).isVisible()).resolves.toBe(true);
      expect(await text(page, ".site-header .account-link")).toContain("Sari Wulandari");
      const cookies = await browser.context.cookies(web.url);
      expect(cookies.find((cookie) => cookie.name === "dm_session")).toMatchObject({
        httpOnly: true,
        sameSite: "Lax",
        path: "/",
      });
      await expectAccessible(page);
      await saveScreenshot(page, "account-mine-mobile");

      await page.locator(".site-header").getByRole("button", { name: "Keluar" }).click();
      await page.waitForURL((url) => url.pathname === "/");
      await expect(page.locator(".site-header").getByRole("link", { name: "Masuk" }).isVisible()).resolves.toBe(true);
      await page.close();
    });

    it("header: every signed-in user finds cart and orders, and each role its own workspace", async () => {
      const roles = await launchBrowser();
      try {
        // Each user's own workspaces: returnee owners are cooperative members too (they vote at the RAT).
        const expected = [
          ["wirausaha@desamigran.id", "Usahaku", "/usahaku", ["Usahaku", "Koperasi"]],
          ["koperasi@desamigran.id", "Koperasi", "/koperasi", ["Koperasi"]],
          ["desa@desamigran.id", "Kantor desa", "/kantor-desa", ["Kantor desa"]],
          ["mitra@desamigran.id", "Mitra", "/mitra", ["Mitra"]],
        ] as const;
        for (const [email, link, href, all] of expected) {
          await roles.context.clearCookies();
          const page = await roles.newPage();
          await signIn(page, email, "/akun");
          const nav = accountNav(page);
          expect(await nav.getByRole("link", { name: "Keranjang" }).getAttribute("href")).toBe("/keranjang");
          expect(await nav.getByRole("link", { name: "Pesanan saya" }).getAttribute("href")).toBe("/pesanan");
          expect(await nav.getByRole("link", { name: link, exact: true }).getAttribute("href")).toBe(href);
          // Nobody is offered a workspace they hold no role in.
          const shown = (await nav.getByRole("link").allInnerTexts()).map((label) => label.trim()).slice(2);
          expect(shown).toEqual(all);
          // On a phone the signed-in header fits: the page never scrolls sideways.
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          ).toBe(0);
          // /akun offers the same workspaces, and the family card only to families.
          const workspaces = page.getByRole("region", { name: "Ruang kerja Anda" });
          expect(await workspaces.getByRole("link", { name: link, exact: true }).getAttribute("href")).toBe(href);
          expect(await page.getByRole("heading", { name: "Keluarga", exact: true }).count()).toBe(0);
          await expectAccessible(page);
          if (href === "/usahaku") {
            await saveScreenshot(page, "header-account-nav-mobile");
            await nav.getByRole("link", { name: link, exact: true }).click();
            await page.waitForURL((url) => url.pathname === "/usahaku");
            await expect(
              page.getByRole("heading", { level: 1, name: "Keripik Singkong Mbak Siti" }).isVisible(),
            ).resolves.toBe(true);
          }
          await page.close();
        }
        // Visitors see no account menu; partners are invited from the footer.
        await roles.context.clearCookies();
        const visitor = await roles.newPage();
        await visitor.goto(`${web.url}/`);
        expect(await accountNav(visitor).count()).toBe(0);
        expect(
          await visitor.getByRole("contentinfo").getByRole("link", { name: "Untuk mitra / API" }).getAttribute("href"),
        ).toBe("/mitra");
        await visitor.close();
      } finally {
        await roles.close();
      }
    });

    it("household: sees the wallet, records a remittance without JavaScript, and the wallet grows by savings + investment", async () => {
      const page = await noScript.newPage();
      // Signed in from the home page, the family finds their household through the header.
      await signIn(page, "keluarga@desamigran.id", "/akun");
      const nav = accountNav(page);
      expect(await nav.getByRole("link", { name: "Usahaku" }).count()).toBe(0);
      await nav.getByRole("link", { name: "Keluarga", exact: true }).click();
      await page.waitForURL(/\/keluarga\/[^/]+$/);
      expect(
        await accountNav(page).getByRole("link", { name: "Keluarga", exact: true }).getAttribute("aria-current"),
      ).toBe("page");
      expect(await text(page, ".site-header .account-link")).toContain("Tarmidi");
      const before = rupiah(await text(page, "[data-testid=wallet-balance]"));
      expect(before).toBeGreaterThan(0n);
      expect(await page.locator(".remittance").count()).toBe(10);
      expect(await text(page, ".remittance .foreign")).toMatch(/^TWD \d{1,3}(\.\d{3})*,\d{2}/);
      expect(await text(page, ".remittance .idr")).toMatch(/^Rp \d{1,3}(\.\d{3})+$/);

      await page.getByLabel("Jumlah dalam mata uang pengirim").fill("7.500,00");
      await page.getByLabel("Mata uang", { exact: true }).selectOption("TWD");
      await page.getByLabel("Kurs (rupiah per 1 unit)").fill("515");
      await page.getByLabel("Dikirim dari").selectOption("TW");
      await page.getByLabel("Cara kirim").selectOption("APP");
      await page.getByLabel("Ditabung (Rp)").fill("500.000");
      await page.getByLabel("Untuk investasi (Rp)").fill("250.000");
      await page.getByRole("button", { name: "Simpan kiriman" }).click();
      await page.waitForLoadState();

      expect(await text(page, "[role=status]")).toBe(
        "Kiriman Rp 3.862.500 tercatat. Dompet keluarga bertambah Rp 750.000.",
      );
      expect(rupiah(await text(page, "[data-testid=wallet-balance]")) - before).toBe(750_000n);
      await page.close();
    });

    it("household: an allocation above the remittance is explained next to the fields (enhanced form)", async () => {
      const page = await browser.newPage();
      const home = await openHousehold(page);
      await expectAccessible(page);
      await saveScreenshot(page, "household-dashboard-mobile");

      await page.getByLabel("Jumlah dalam mata uang pengirim").fill("100");
      await page.getByLabel("Mata uang", { exact: true }).selectOption("MYR");
      await page.getByLabel("Kurs (rupiah per 1 unit)").fill("3.780");
      await page.getByLabel("Ditabung (Rp)").fill("300.000");
      await page.getByLabel("Untuk investasi (Rp)").fill("200.000");
      await page.getByRole("button", { name: "Simpan kiriman" }).click();
      await page.locator("#field-savings-error").waitFor();
      expect(await text(page, "#field-savings-error")).toContain("melebihi nilai kiriman (Rp 378.000)");
      expect(await page.getByLabel("Ditabung (Rp)").inputValue()).toBe("300.000");
      await expectAccessible(page);
      await saveScreenshot(page, "household-remittance-error-mobile");

      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${web.url}${home}`);
      await saveScreenshot(page, "household-dashboard-desktop");
      await page.close();
    });

    it("investing: a refused pledge says why, an accepted one appears in the portfolio", async () => {
      const page = await noScript.newPage();
      const home = await openHousehold(page);
      await page.getByRole("navigation", { name: "Menu keluarga" }).getByRole("link", { name: "Investasi" }).click();
      await page.waitForURL((url) => url.pathname === `${home}/investasi`);
      const round = page.getByRole("article", {
        name: "Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti",
      });
      const amount = round.getByLabel("Jumlah investasi (Rp)");

      await amount.fill("100.000");
      await round.getByRole("button", { name: "Lanjut: baca risiko" }).click();
      await page.waitForLoadState();
      const refused = page.getByRole("article", {
        name: "Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti",
      });
      expect((await refused.locator(".error").innerText()).replaceAll("\u00a0", " ")).toContain(
        "antara Rp 250.000 dan Rp 4.000.000",
      );
      expect(await refused.getByLabel("Jumlah investasi (Rp)").inputValue()).toBe("100.000");

      await refused.getByLabel("Jumlah investasi (Rp)").fill("300.000");
      await refused.getByRole("button", { name: "Lanjut: baca risiko" }).click();
      await page.waitForLoadState();
      // Step 2: the risk statement and the terms, confirmed with the box ticked.
      await page.getByRole("heading", { level: 1, name: "Periksa sebelum berinvestasi" }).waitFor();
      await page.getByLabel(/Saya sudah membaca pernyataan risiko/).check();
      await page.getByRole("button", { name: "Konfirmasi investasi" }).click();
      await page.waitForLoadState();
      expect(await text(page, "[role=status]")).toContain(
        "Investasi Rp 300.000 di “Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti” tercatat.",
      );
      await page.getByRole("link", { name: "Lihat portofolio" }).click();
      await page.waitForLoadState();
      const firstRow = page.locator("tbody tr").first();
      expect((await firstRow.innerText()).replaceAll("\u00a0", " ")).toMatch(
        /Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti[\s\S]*Rp 300\.000[\s\S]*Aktif/,
      );
      await page.close();

      const withScript = await browser.newPage();
      await signIn(withScript, "keluarga@desamigran.id", `${home}/investasi`);
      await expectAccessible(withScript);
      const card = withScript.getByRole("article", {
        name: "Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti",
      });
      await card.getByLabel("Jumlah investasi (Rp)").fill("50.000.000");
      await card.getByRole("button", { name: "Lanjut: baca risiko" }).click();
      await card.locator(".error").waitFor();
      await expectAccessible(withScript);
      await saveScreenshot(withScript, "household-invest-refused-mobile");
      await withScript.goto(`${web.url}${home}/portofolio`);
      await expectAccessible(withScript);
      await saveScreenshot(withScript, "household-portfolio-mobile");
      await withScript.close();
    });

    it("statement: running balance on the page and the whole statement as a CSV download", async () => {
      const page = await browser.newPage();
      // The statement is one link away from the household page.
      await openHousehold(page);
      await page.getByRole("navigation", { name: "Menu keluarga" }).getByRole("link", { name: "Mutasi" }).click();
      await page.waitForURL(/\/rekening\/[^/]+$/);
      const statement = new URL(page.url()).pathname;
      await expect(page.getByRole("heading", { level: 1, name: "Mutasi rekening" }).isVisible()).resolves.toBe(true);
      expect(await page.locator("tbody tr").count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await saveScreenshot(page, "household-statement-mobile");

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Unduh CSV" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^mutasi-\d{4}-\d{2}-\d{2}\.csv$/);
      const path = await download.path();
      const { readFile } = await import("node:fs/promises");
      const csv = await readFile(path, "utf8");
      expect(csv.split("\n").length).toBeGreaterThan(2);

      // And the way back leads to the household again.
      await page.getByRole("link", { name: "Kembali ke halaman keluarga" }).click();
      await page.waitForURL(/\/keluarga\/[^/]+$/);
      await page.close();

      // Signed out, the CSV is refused.
      const response = await fetch(`${web.url}${statement}/unduh`);
      expect(response.status).toBe(401);
    });
  },
);
