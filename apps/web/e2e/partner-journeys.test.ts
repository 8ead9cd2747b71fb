// The partner's journey in Chromium against the real API (seeded): the developer guide, the schema
// with a type search, then key management as mitra@desamigran.id: create a key (shown once), use it
// from outside the browser for the guide's example aggregate query, revoke it, and see it refused.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const KEY_NAME = "Dasbor riset UGM";

describe.skipIf(!chromiumAvailable)(`partner journey in a browser${skipReason}`, { timeout: 240_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let browser: TestBrowser;

  /** What the partner's own system does with the key: a plain HTTP POST to the API. */
  const callApi = async (key: string, query: string, variables: object) => {
    const response = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string }[] } };
  };

  const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await api?.stop();
  });

  it("partner: reads the guide and schema, creates a key, uses it, revokes it", async () => {
    const page = await browser.newPage();
    // The full schema page is large (every type of the API): give Chromium and axe room on a busy machine.
    page.setDefaultTimeout(60_000);

    // The guide: what partners can do, how to get a key, example queries with a real province ID
    await page.goto(`${web.url}/mitra`);
    await expect(
      page.getByRole("heading", { level: 1, name: "API data desa migran untuk mitra" }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole("heading", { name: "Cara mendapatkan kunci API" }).isVisible()).resolves.toBe(true);
    const example = page.locator("article", { has: page.getByRole("heading", { name: "Kiriman uang satu provinsi" }) });
    const exampleQuery = await example.locator("pre").nth(0).innerText();
    const exampleVariables = JSON.parse(await example.locator("pre").nth(1).innerText()) as { provinceId: string };
    expect(exampleQuery).toContain("query ProvinceRemittances($provinceId: ID!)");
    expect(exampleVariables.provinceId).not.toContain("<");
    // A production server with no PARTNER_API_URL never publishes its (possibly internal) API_URL
    expect(await page.content()).not.toContain(api.url);
    expect(await example.locator("pre").last().textContent()).toContain("https://<alamat-api-anda>/graphql");
    await expect(
      page.getByText("Alamat API publik belum diatur di server ini (PARTNER_API_URL).").isVisible(),
    ).resolves.toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, "partner-guide-id-mobile");

    // The schema, rendered on the server with no JavaScript, searched by type name with a GET form
    await page.getByRole("link", { name: "Lihat skema" }).click();
    await page.waitForURL((url) => url.pathname === "/mitra/skema");
    await expect(page.getByRole("heading", { level: 1, name: "Skema GraphQL" }).isVisible()).resolves.toBe(true);
    // The page ships no JavaScript (graphql-js and the schema stay on the server)
    expect(await (await fetch(`${web.url}/mitra/skema`)).text()).not.toContain("<script");
    await expect(page.locator("#type-Money").isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await page.getByLabel("Cari nama tipe").fill("Province");
    await page.getByRole("button", { name: "Cari" }).click();
    await page.waitForURL((url) => url.searchParams.get("cari") === "Province");
    const province = page.locator("#type-Province");
    await expect(province.getByRole("heading", { name: "Province" }).isVisible()).resolves.toBe(true);
    expect(await province.innerText()).toContain("stats: RegionStats!");
    expect(await page.locator("#type-Money").count()).toBe(0);
    await expectAccessible(page);
    await saveScreenshot(page, "partner-schema-search-id-mobile");

    // Key management asks to sign in first, then comes back
    await page.goto(`${web.url}/mitra/kunci`);
    expect(path(page)).toBe(`/masuk?kembali=${encodeURIComponent("/mitra/kunci")}`);
    await expectAccessible(page);
    await page.getByLabel("Email").fill("mitra@desamigran.id");
    await page.getByLabel("Kata sandi").fill("desa-migran-demo");
    await page.getByRole("button", { name: "Masuk" }).last().click();
    await page.waitForURL((url) => url.pathname === "/mitra/kunci");
    await expect(page.getByRole("heading", { level: 1, name: "Kunci API" }).isVisible()).resolves.toBe(true);
    await expectAccessible(page);

    // A key without a name: the API's error is shown next to the name field
    await page.getByRole("button", { name: "Buat kunci" }).click();
    await page.locator(".cm-error").first().waitFor();
    expect(await page.getByLabel("Nama kunci").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#name-0-error").innerText()).toContain("Nama kunci wajib diisi.");
    await expectAccessible(page);
    await saveScreenshot(page, "partner-key-error-id-mobile");

    // With a name (and the read scopes offered by default), the secret is shown once, with a warning
    await page.getByLabel("Nama kunci").fill(KEY_NAME);
    await page.getByRole("button", { name: "Buat kunci" }).click();
    const secretField = page.getByLabel("Kunci API (rahasia)");
    await secretField.waitFor();
    const key = await secretField.inputValue();
    expect(key).toMatch(/^dmk_[A-Za-z0-9_-]{40,}$/);
    await expect(page.getByText("Kunci hanya ditampilkan sekali ini").isVisible()).resolves.toBe(true);
    await expectAccessible(page);
    await saveScreenshot(page, "partner-key-created-id-mobile");
    // The form was cleared: a second click cannot make a second key with the same name
    expect(await page.getByLabel("Nama kunci").inputValue()).toBe("");
    await page.getByRole("button", { name: "Buat kunci" }).click();
    await page.locator("#name-0-error").waitFor();

    // The partner's system runs the guide's example aggregate query with the key
    const answer = await callApi(key, exampleQuery, exampleVariables);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.node.name).toBeTruthy();
    expect(BigInt(answer.body.data.node.stats.summary.remitted.amount)).toBeGreaterThan(0n);

    // Shown once: after a reload only the prefix is left, on a page no cache may keep
    const reloaded = await page.goto(`${web.url}/mitra/kunci`);
    expect(reloaded?.headers()["cache-control"]).toBe("private, no-store");
    expect(await page.getByLabel("Kunci API (rahasia)").count()).toBe(0);
    expect(await page.content()).not.toContain(key);
    const card = page.locator("li.key", { has: page.getByRole("heading", { name: KEY_NAME }) });
    expect(await card.count()).toBe(1);
    expect(await card.innerText()).toContain(`${key.slice(0, 12)}…`);
    expect(await card.innerText()).toContain("Aktif");

    // Revoking asks to confirm first
    await card.getByRole("link", { name: `Cabut kunci ${KEY_NAME}` }).click();
    await page.getByRole("heading", { name: `Cabut kunci ${KEY_NAME}?` }).waitFor();
    await expectAccessible(page);
    await saveScreenshot(page, "partner-key-confirm-revoke-id-mobile");
    await page.getByRole("button", { name: "Ya, cabut kunci" }).click();
    await page.getByText(`Kunci ${KEY_NAME} (${key.slice(0, 12)}…) telah dicabut.`).waitFor();
    expect(await page.locator("li.key", { has: page.getByRole("heading", { name: KEY_NAME }) }).innerText()).toContain(
      "Dicabut",
    );
    await expectAccessible(page);
    await saveScreenshot(page, "partner-key-revoked-id-mobile");

    // And the key no longer works
    const refused = await callApi(key, exampleQuery, exampleVariables);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toContain("dicabut");
  });
});
