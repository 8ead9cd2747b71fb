// Trust in Chromium on a 390 px phone against the real API (seeded): the cooperative officers' review queue
// (a business's request to join, returnee verification against the registry, a round approved by two different
// officers) and what the public sees afterwards. axe on every page visited, a screenshot per step.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { signInToken, signInTokenFor, TREASURER } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const QUEUE = "/koperasi/kdmp-juntinyuat/tinjauan";
const ROUND = "Freezer dan rak pengering untuk terasi Bu Casmini";

async function checkStep(page: Page, screenshot: string) {
  await expectAccessible(page);
  await saveScreenshot(page, screenshot);
}

describe.skipIf(!chromiumAvailable)(`trust journeys in a browser${skipReason}`, { timeout: 180_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let chair: TestBrowser;
  let treasurer: TestBrowser;
  let visitor: TestBrowser;

  const withSession = async (browser: TestBrowser, token: string) =>
    browser.context.addCookies([{ name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" }]);

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    [chair, treasurer, visitor] = await Promise.all([launchBrowser(), launchBrowser(), launchBrowser()]);
    await withSession(chair, await signInToken(api.url, "cooperativeOfficer"));
    await withSession(treasurer, await signInTokenFor(api.url, TREASURER));
  }, 300_000);

  afterAll(async () => {
    await Promise.all([chair?.close(), treasurer?.close(), visitor?.close()]);
    await web?.stop();
    await api?.stop();
  });

  it("officer: accepts a business's request, but only with a reason when declining", async () => {
    const page = await chair.newPage();
    await page.goto(`${web.url}${QUEUE}`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Tinjauan pengurus");
    await checkStep(page, "trust-queue-id-mobile");
    const request = page.locator("li.cm-card", { hasText: "Mangga Gincu Pak Daskan" }).first();
    // Declining without a reason is refused next to the field
    await request.getByRole("button", { name: "Tolak" }).click();
    const refused = page.locator("li.cm-card", { hasText: "Mangga Gincu Pak Daskan" }).first();
    await refused.locator(".cm-error").first().waitFor();
    expect(await refused.locator(".cm-error").first().innerText()).toMatch(/Tuliskan alasannya/);
    await checkStep(page, "trust-request-reason-required-id-mobile");
    // Accepting needs none
    await refused.getByRole("button", { name: "Terima sebagai usaha mitra" }).click();
    await page.locator(".cm-notice", { hasText: "Permintaan diterima" }).waitFor();
    expect(await page.locator("#requests-heading").innerText()).toBe("Permintaan bergabung (0)");
    await page.close();
    // The business now shows its cooperative, and honestly says it is not verified yet
    const business = await visitor.newPage();
    await business.goto(`${web.url}/usaha/mangga-gincu-pak-daskan`);
    expect(await business.locator(".kicker").textContent()).toBe("Usaha desa · status purna PMI belum diverifikasi");
    expect(await business.getByText("Koperasi Desa Merah Putih Juntinyuat").first().isVisible()).toBe(true);
    await checkStep(business, "trust-business-unverified-id-mobile");
    await business.close();
  });

  it("officer: verifies an owner against the village registry's returnees", async () => {
    const page = await chair.newPage();
    await page.goto(`${web.url}${QUEUE}`);
    const card = page.locator("li.cm-card", { hasText: "Batik Dermayon Warsini" });
    await card.getByRole("searchbox").fill("Warsini");
    await card.getByRole("button", { name: /^Cari/ }).click();
    await page.waitForURL(/cari=Warsini/);
    const found = page.locator("li.cm-card", { hasText: "Batik Dermayon Warsini" });
    const person = found.getByRole("radio", { name: /^Warsini, pulang/ });
    expect(await person.isChecked()).toBe(true);
    await checkStep(page, "trust-verify-candidates-id-mobile");
    await found.getByLabel("Catatan pemeriksaan").fill("Paspor dan surat kepulangan dari Hong Kong dilihat.");
    await found.getByRole("button", { name: /Verifikasi sebagai usaha purna PMI/ }).click();
    await page.locator(".cm-notice", { hasText: "Usaha diverifikasi" }).waitFor();
    expect(await page.locator("li.cm-card", { hasText: "Batik Dermayon Warsini" }).count()).toBe(0);
    await page.close();
    const business = await visitor.newPage();
    await business.goto(`${web.url}/usaha/batik-dermayon-warsini`);
    expect(await business.locator(".kicker").textContent()).toBe("Usaha purna PMI");
    expect(await business.getByText("Usaha purna PMI terverifikasi").isVisible()).toBe(true);
    await checkStep(business, "trust-business-verified-id-mobile");
    await business.close();
  });

  it("officers: a round needs the whole checklist and two different officers before it may open", async () => {
    const page = await chair.newPage();
    await page.goto(`${web.url}${QUEUE}`);
    const round = page.locator("li.cm-card", { hasText: ROUND });
    await round.getByRole("button", { name: /^Setujui/ }).click();
    const unticked = page.locator("li.cm-card", { hasText: ROUND });
    await unticked.locator(".cm-error[role=alert]").waitFor();
    expect(await unticked.locator(".cm-error[role=alert]").innerText()).toMatch(/Semua butir daftar periksa/);
    await checkStep(page, "trust-round-checklist-id-mobile");
    for (const item of [
      "Usaha terverifikasi purna PMI dan anggota yang baik",
      "Penggunaan dana jelas dan masuk akal",
      "Rencana pembayaran sesuai riwayat pesanan usaha",
      "Syarat dalam batas koperasi dan batas OJK",
    ])
      await unticked.getByLabel(item).check();
    await unticked.getByRole("button", { name: /^Setujui/ }).click();
    await page.locator(".cm-notice", { hasText: "Persetujuan Anda tercatat" }).waitFor();
    // One officer is not enough: the round waits for the second, and the same officer cannot approve twice
    const waiting = page.locator("li.cm-card", { hasText: ROUND });
    expect(await waiting.getByText("Persetujuan pengurus untuk pengajuan ini: 1.").isVisible()).toBe(true);
    await page.close();

    const second = await treasurer.newPage();
    await second.goto(`${web.url}${QUEUE}`);
    const card = second.locator("li.cm-card", { hasText: ROUND });
    for (const box of await card.getByRole("checkbox").all()) await box.check();
    await card.getByLabel("Catatan untuk pemilik usaha").fill("Sesuai rencana, silakan dibuka.");
    await card.getByRole("button", { name: /^Setujui/ }).click();
    await second.locator(".cm-notice", { hasText: "Persetujuan Anda tercatat" }).waitFor();
    expect(await second.locator("li.cm-card", { hasText: ROUND }).count()).toBe(0);
    await checkStep(second, "trust-round-approved-id-mobile");
    await second.close();
  });
});
