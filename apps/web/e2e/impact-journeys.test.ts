// /dampak: the impact figures anyone can check, from the country down to a village, without JavaScript, in both
// languages, with their open-data files and dictionary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

describe.skipIf(!chromiumAvailable)(`impact pages in a browser${skipReason}`, { timeout: 60_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let browser: TestBrowser;
  let noScript: TestBrowser;

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

  it("goes from the country to a village with the area picker, without JavaScript", async () => {
    const page = await noScript.newPage();
    await page.goto(`${web.url}/dampak`);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Dampak yang bisa diperiksa");
    // Eight quarters in every table, and the demo villages' remittances are published (30+ households a village).
    const remitTable = page.locator("table").first();
    await expect(remitTable.locator("tbody tr").count()).resolves.toBe(8);
    const remitted = await remitTable.locator("tbody tr td:first-of-type").allInnerTexts();
    expect(remitted.some((cell) => cell.startsWith("Rp"))).toBe(true);

    await page.getByLabel("Provinsi").selectOption({ label: "Jawa Barat" });
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).searchParams.get("wilayah")).toBe("32");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Dampak di Jawa Barat");

    await page.getByLabel("Kabupaten/kota").selectOption({ label: "Indramayu" });
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await page.waitForLoadState();
    await page.getByLabel("Desa").selectOption({ label: "Juntinyuat" });
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).searchParams.get("wilayah")).toBe("3212140001");
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Dampak di Juntinyuat");
    // The breadcrumb leads back up.
    await expect(page.getByRole("link", { name: "Indramayu" }).getAttribute("href")).resolves.toBe(
      "/dampak?wilayah=3212",
    );
    await page.close();
  });

  it("passes axe at 390 px in Indonesian and English, and links from the village page", async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}/desa/3212140001`);
    await page.getByRole("link", { name: "Lihat dampak desa ini dari waktu ke waktu" }).click();
    await page.waitForURL(/\/dampak\?wilayah=3212140001$/);
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Dampak di Juntinyuat");
    await expectAccessible(page);
    await saveScreenshot(page, "impact-village-id-mobile");
    for (const path of ["/dampak", "/dampak?wilayah=32", "/dampak/kamus"]) {
      await page.goto(`${web.url}${path}`);
      await expectAccessible(page);
    }
    await page.goto(`${web.url}/dampak`);
    await saveScreenshot(page, "impact-national-id-mobile");
    await page.setViewportSize({ width: 1280, height: 900 });
    await saveScreenshot(page, "impact-national-id-desktop");
    await page.close();

    await browser.context.addCookies([{ name: "locale", value: "en", url: web.url }]);
    const english = await browser.newPage();
    try {
      await english.goto(`${web.url}/dampak?wilayah=32`);
      await expect(english.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Impact in Jawa Barat");
      await expectAccessible(english);
    } finally {
      await english.close();
      await browser.context.clearCookies();
    }
  });

  it("serves the same figures as CSV and JSON with a licence and a dictionary, and refuses unknown areas", async () => {
    const csv = await fetch(`${web.url}/dampak/data.csv?wilayah=32`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="dampak-desa-migran-32.csv"');
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]!.split(",").slice(0, 5)).toEqual([
      "area_level",
      "area_code",
      "area_name",
      "quarter",
      "remitted_idr",
    ]);
    expect(lines).toHaveLength(9);
    expect(lines[1]!.startsWith("province,32,Jawa Barat,")).toBe(true);

    const json = await fetch(`${web.url}/dampak/data.json?wilayah=32`);
    const body = (await json.json()) as {
      licence: { name: string };
      columns: { name: string; description: { id: string; en: string } }[];
      rows: Record<string, unknown>[];
    };
    expect(body.licence.name).toBe("CC BY 4.0");
    expect(body.columns.map((c) => c.name)).toEqual(lines[0]!.split(","));
    expect(body.columns.every((c) => c.description.id && c.description.en)).toBe(true);
    expect(body.rows).toHaveLength(8);
    // The CSV and the JSON carry the same remittance figures.
    const csvRemitted = lines.slice(1).map((line) => line.split(",")[4] || null);
    expect(body.rows.map((row) => (row.remitted_idr === null ? null : String(row.remitted_idr)))).toEqual(csvRemitted);

    expect((await fetch(`${web.url}/dampak/data.csv?wilayah=abc`)).status).toBe(404);
    expect((await fetch(`${web.url}/dampak?wilayah=99`)).status).toBe(404);
  });
});
