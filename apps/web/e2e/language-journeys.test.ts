// An English-speaking visitor reads the API's refusals in English: the web app forwards its visitor's language as
// Accept-Language, and every typed error and validation issue answers in it.
import { DEMO_PASSWORD } from "@desa-migran/api/seed/demo-accounts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");

describe.skipIf(!chromiumAvailable)(`the API's messages in English${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;

  /** An English session: the language cookie the switcher sets, and a browser that prefers English. */
  async function englishBrowser(): Promise<TestBrowser> {
    const english = await launchBrowser({ locale: "en-GB" });
    await english.context.addCookies([{ name: "locale", value: "en", url: web.url, sameSite: "Lax" }]);
    return english;
  }

  async function signInAs(target: TestBrowser, email: string) {
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
    await target.context.addCookies([
      { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
  }

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
  }, 300_000);

  afterAll(async () => {
    await web?.stop();
    await api?.stop();
  });

  it("village story: every invalid field is explained in English at once", async () => {
    // Given a village officer writing a story in English
    const officer = await englishBrowser();
    try {
      await signInAs(officer, "desa@desamigran.id");
      const page = await officer.newPage();
      await page.goto(`${web.url}/kantor-desa/juntinyuat-indramayu/cerita/baru`);
      await page.getByRole("heading", { level: 1, name: "Write a village story" }).waitFor();
      await expectAccessible(page);
      // When the title is too short, the text blank and the cover image not https
      await page.getByLabel("Title").fill("x");
      await page.getByLabel("Text").fill("   ");
      await page.getByLabel("Cover image (optional)").fill("http://example.id/cover.jpg");
      await page.getByRole("button", { name: "Save story" }).click();
      // Then each field carries the API's English message, all three in one answer
      await page.locator("#title-error").waitFor();
      expect(await text(page, "#title-error")).toBe("Title: at least 3 characters.");
      expect(await text(page, "#body-error")).toBe("The text is required.");
      expect(await text(page, "#coverImageUrl-error")).toBe("The image URL must start with https.");
      expect(await page.getByLabel("Title").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page);
      await saveScreenshot(page, "language-story-errors-en-mobile");
      await page.close();
    } finally {
      await officer.close();
    }
  });

  it("registry: a refused registration reads the API's English message", async () => {
    // Given a village officer, in English, who has just registered a resident
    const officer = await englishBrowser();
    try {
      await signInAs(officer, "desa@desamigran.id");
      const page = await officer.newPage();
      const register = async () => {
        await page.goto(`${web.url}/kantor-desa/juntinyuat-indramayu/registri/baru`);
        await page.getByLabel("Full name (as on the ID card)").fill("Siti Aminah");
        await page.getByLabel("NIK (optional)").fill("3212015506950007");
        await page.getByLabel("Sex").selectOption("FEMALE");
        await page.getByLabel("Date of birth").fill("1995-06-15");
        await page.getByLabel(/agrees that the village records their data/).check();
        await page.getByRole("button", { name: "Register" }).click();
      };
      await register();
      await page.waitForURL(/\/registri\/[^/]+\?terdaftar=1$/);
      // When they register the same NIK again
      await register();
      // Then the API's refusal is shown under the NIK, in English
      await page.locator("#nik-error").waitFor();
      expect(await text(page, "#nik-error")).toBe(
        "This NIK is already registered. Check the residents' records before registering again.",
      );
      await expectAccessible(page);
      await saveScreenshot(page, "language-registry-refused-en-mobile");
      await page.close();
    } finally {
      await officer.close();
    }
  });
});
