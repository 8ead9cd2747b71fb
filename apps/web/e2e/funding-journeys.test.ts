// Funding rounds in Chromium against the real API (seeded): the public round page with its repayment record,
// the entrepreneur opening a round and posting an investor update, and a family following "invest" to its
// household's invest page with the round chosen. axe on every page visited, a screenshot per step.
import { DEMO_PASSWORD, demoAccounts } from "@desa-migran/api/seed/demo-accounts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiCall, signInToken, signInTokenFor, TREASURER } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const LATE_ROUND = "Mesin penggoreng vakum untuk Keripik Tempe Tukiyem";
const OPEN_ROUND = {
  slug: "mesin-spinner-keripik-mbak-siti",
  title: "Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti",
};
const NEW_ROUND = "Etalase kaca untuk kios koperasi Mbak Siti";
const UPDATE = {
  title: "Etalase sudah dipesan",
  body: "Tukang kayu desa mulai membuat etalase minggu ini; selesai sebelum Natal.",
};

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");
const isoDay = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Visits are checked the same way everywhere: no serious axe finding, then a screenshot of the step. */
async function checkStep(page: Page, screenshot: string) {
  await expectAccessible(page);
  await saveScreenshot(page, screenshot);
}

describe.skipIf(!chromiumAvailable)(`funding round journeys in a browser${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let visitor: TestBrowser;
  let entrepreneur: TestBrowser;
  let family: TestBrowser;
  // The same entrepreneur without JavaScript: every dashboard form is a plain POST too.
  let entrepreneurNoJs: TestBrowser;

  const signIn = async (browser: TestBrowser, account: "entrepreneur" | "household") => {
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
    [visitor, entrepreneur, family, entrepreneurNoJs] = await Promise.all([
      launchBrowser(),
      launchBrowser(),
      launchBrowser(),
      launchBrowser({ javaScriptEnabled: false }),
    ]);
    await signIn(entrepreneur, "entrepreneur");
    await signIn(entrepreneurNoJs, "entrepreneur");
    await signIn(family, "household");
  }, 300_000);

  afterAll(async () => {
    await family?.close();
    await entrepreneurNoJs?.close();
    await entrepreneur?.close();
    await visitor?.close();
    await web?.stop();
    await api?.stop();
  });

  it("anyone: from the list to a round page with its repayment record and arrears", async () => {
    const page = await visitor.newPage();
    await page.goto(`${web.url}/pendanaan`);
    await checkStep(page, "funding-list-id-mobile");

    // When a visitor follows a card's title
    await page.getByRole("link", { name: LATE_ROUND }).click();
    await page.waitForURL(/\/pendanaan\/penggoreng-vakum-keripik-tempe$/);

    // Then the round page shows its terms, progress, status and the late instalment
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(LATE_ROUND);
    expect(await text(page, ".progress p")).toBe("Rp 12.000.000 dari Rp 12.000.000 (100%)");
    expect(await text(page, "#status-heading")).toBe("Status: Dalam pengembalian");
    expect(await text(page, ".arrears-alert")).toMatch(
      /^Ada tunggakan: \d+ cicilan terlambat, belum dibayar Rp [\d.]+\.$/,
    );
    const lateRow = page.locator("tr.instalment-OVERDUE").first();
    expect(await lateRow.locator("th").innerText()).toBe("4");
    expect(await lateRow.locator("td").first().innerText()).toBe("5 Nov 2026");
    expect(await lateRow.getByText("Terlambat").isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Cicilan November terlambat" }).isVisible()).toBe(true);
    expect(await page.getByText("Putaran ini tidak menerima investasi lagi.").isVisible()).toBe(true);
    await checkStep(page, "funding-round-repaying-id-mobile");

    // And an open round asks a visitor to sign in to invest, coming back to the round
    await page.goto(`${web.url}/pendanaan/${OPEN_ROUND.slug}`);
    const signInLink = page.getByRole("link", { name: "Masuk untuk berinvestasi" });
    expect(await signInLink.getAttribute("href")).toBe(`/masuk?kembali=%2Fpendanaan%2F${OPEN_ROUND.slug}`);
    await checkStep(page, "funding-round-open-id-mobile");

    // And the business page features its round with a link to it
    await page.goto(`${web.url}/usaha/keripik-tempe-tukiyem`);
    await page.getByRole("link", { name: LATE_ROUND }).click();
    await page.waitForURL(/\/pendanaan\/penggoreng-vakum-keripik-tempe$/);
    await page.goBack();
    await checkStep(page, "funding-business-page-id-mobile");
    await page.close();
  });

  it("entrepreneur: drafts and opens a round, posts an investor update that shows on the public page", async () => {
    const page = await entrepreneur.newPage();
    await page.goto(`${web.url}/usahaku/pendanaan`);
    await checkStep(page, "funding-dashboard-id-mobile");

    // Given a draft round saved from the form
    await page.getByText("Buat putaran pendanaan baru").click();
    await page.getByLabel("Judul", { exact: true }).fill(NEW_ROUND);
    await page.getByLabel("Untuk apa dananya").fill("Etalase kaca dan rak agar keripik tampil rapi di kios koperasi.");
    await page.getByLabel("Jenis pendanaan").selectOption("PROFIT_SHARE");
    await page.getByLabel("Target dana (Rp)").fill("6.000.000");
    await page.getByLabel("Imbal hasil (%)").fill("20");
    await page.getByLabel("Investasi minimum (Rp)").fill("100.000");
    await page.getByLabel("Investasi maksimum (Rp)").fill("1.000.000");
    await page.getByLabel("Jangka waktu (bulan)").fill("12");
    await page.getByLabel("Dibuka", { exact: true }).fill(isoDay(0));
    await page.getByLabel("Ditutup", { exact: true }).fill(isoDay(30));
    // Open to the public: a members-only round would also need a members' meeting's motion
    await page.locator("input[name=isPublic]").check();
    await page.getByRole("button", { name: "Simpan draf" }).click();
    await page.locator(".cm-notice", { hasText: "Draf tersimpan." }).waitFor();
    const card = page.locator("li.cm-card", { hasText: NEW_ROUND });
    expect(await card.locator(".cm-badge").innerText()).toBe("Draf");
    await checkStep(page, "funding-dashboard-draft-id-mobile");

    // When she submits it, the cooperative's two officers approve it (their queue has its own journey), and she
    // opens it to investors
    await card.getByRole("button", { name: /Ajukan ke koperasi/ }).click();
    await page.locator(".cm-notice", { hasText: "diajukan ke koperasi" }).waitFor();
    const submitted = page.locator("li.cm-card", { hasText: NEW_ROUND });
    expect(await submitted.locator(".cm-badge").innerText()).toBe("Ditinjau koperasi");
    expect(await submitted.getByRole("button", { name: /Buka untuk investor/ }).count()).toBe(0);
    const { round } = await apiCall<{ round: { id: string } }>(
      api.url,
      "query($slug: String!) { round: fundingRound(slug: $slug) { id } }",
      { slug: "etalase-kaca-untuk-kios-koperasi-mbak-siti" },
      await signInToken(api.url, "entrepreneur"),
    );
    for (const token of [await signInToken(api.url, "cooperativeOfficer"), await signInTokenFor(api.url, TREASURER)]) {
      const review = await apiCall<{ reviewFundingRound: { __typename: string } }>(
        api.url,
        `mutation($input: ReviewFundingRoundInput!) { reviewFundingRound(input: $input) { __typename } }`,
        {
          input: {
            roundId: round.id,
            approve: true,
            comment: "",
            checklist: { businessVerified: true, useOfFunds: true, repaymentPlan: true, withinLimits: true },
          },
        },
        token,
      );
      expect(review.reviewFundingRound.__typename).toBe("MutationReviewFundingRoundSuccess");
    }
    await page.reload();
    const approved = page.locator("li.cm-card", { hasText: NEW_ROUND });
    expect(await approved.locator(".cm-badge").innerText()).toBe("Disetujui koperasi");
    await approved.getByRole("button", { name: /Buka untuk investor/ }).click();
    await page.locator(".cm-notice", { hasText: "Putaran dibuka" }).waitFor();
    expect(await page.locator("li.cm-card", { hasText: NEW_ROUND }).locator(".cm-badge").innerText()).toBe("Dibuka");

    // And posts an update (a too-short title is refused next to the field, keeping the body)
    const opened = page.locator("li.cm-card", { hasText: NEW_ROUND });
    await opened.getByText("Kirim kabar ke investor").click();
    await opened.getByLabel("Judul kabar").fill("Ok");
    await opened.getByLabel("Isi kabar").fill(UPDATE.body);
    await opened.getByRole("button", { name: "Kirim kabar" }).click();
    const refused = page.locator("li.cm-card", { hasText: NEW_ROUND });
    await refused.locator(".cm-error").waitFor();
    expect(await refused.locator(".cm-error").innerText()).toBe("Judul minimal 3 karakter.");
    expect(await refused.getByLabel("Isi kabar").inputValue()).toBe(UPDATE.body);
    expect(await refused.getByLabel("Judul kabar").getAttribute("aria-invalid")).toBe("true");
    await checkStep(page, "funding-dashboard-update-error-id-mobile");
    await refused.getByLabel("Judul kabar").fill(UPDATE.title);
    await refused.getByRole("button", { name: "Kirim kabar" }).click();
    await page.locator(".cm-notice", { hasText: "Kabar terkirim" }).waitFor();
    await checkStep(page, "funding-dashboard-update-posted-id-mobile");

    // Then a visitor sees the open round and the update on its public page
    const slug = (await page
      .locator(".cm-notice")
      .getByRole("link", { name: "Lihat halaman putaran" })
      .getAttribute("href"))!;
    expect(slug).toBe("/pendanaan/etalase-kaca-untuk-kios-koperasi-mbak-siti");
    await page.close();
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${web.url}${slug}`);
    expect(await publicPage.getByRole("heading", { level: 1 }).innerText()).toBe(NEW_ROUND);
    expect(await text(publicPage, "#status-heading")).toBe("Status: Dibuka");
    // with its public approval history: submitted, two officers, approved, opened
    const history = publicPage.locator("section", { has: publicPage.locator("#history-heading") });
    expect((await history.locator("li").allInnerTexts()).map((line) => line.split(" · ")[0])).toEqual([
      "Diajukan ke koperasi",
      "Disetujui pengurus",
      "Disetujui pengurus",
      "Disetujui koperasi",
      "Dibuka untuk investasi",
    ]);
    expect(await publicPage.getByRole("heading", { name: UPDATE.title }).isVisible()).toBe(true);
    expect(await publicPage.getByText(UPDATE.body).isVisible()).toBe(true);
    expect(await publicPage.locator(".update").getByText("Siti Aminah ·").first().isVisible()).toBe(true);
    await checkStep(publicPage, "funding-round-new-update-id-mobile");

    // And without JavaScript a second update goes out the same way (a plain form POST)
    const plain = await entrepreneurNoJs.newPage();
    await plain.goto(`${web.url}/usahaku/pendanaan`);
    const plainCard = plain.locator("li.cm-card", { hasText: NEW_ROUND });
    await plainCard.getByText("Kirim kabar ke investor").click();
    await plainCard.getByLabel("Judul kabar").fill("Etalase sudah terpasang");
    await plainCard.getByLabel("Isi kabar").fill("Etalase terpasang di kios koperasi.");
    await plainCard.getByRole("button", { name: "Kirim kabar" }).click();
    await plain.waitForLoadState();
    expect(await text(plain, ".cm-notice")).toContain("Kabar terkirim");
    await saveScreenshot(plain, "funding-dashboard-update-nojs-id-mobile");
    await plain.close();
    await publicPage.reload();
    expect(await publicPage.locator(".update h3").allInnerTexts()).toEqual(["Etalase sudah terpasang", UPDATE.title]);
    await expectAccessible(publicPage);
    await publicPage.close();
  });

  it("family: follows the invest link to the household's invest page with the round chosen", async () => {
    const page = await family.newPage();
    await page.goto(`${web.url}/pendanaan/${OPEN_ROUND.slug}`);
    await checkStep(page, "funding-round-household-id-mobile");

    await page.getByRole("link", { name: /^Investasikan dari tabungan Keluarga Bapak Tarmidi/ }).click();
    await page.waitForURL(
      /\/keluarga\/[^/]+\/investasi\?putaran=mesin-spinner-keripik-mbak-siti#round-mesin-spinner-keripik-mbak-siti$/,
    );

    // The chosen round is named and comes first, ready for an amount
    expect(await page.getByRole("status").filter({ hasText: "Putaran yang Anda pilih" }).innerText()).toBe(
      `Putaran yang Anda pilih: ${OPEN_ROUND.title}.`,
    );
    expect(await page.locator("article h2").first().innerText()).toBe(OPEN_ROUND.title);
    await checkStep(page, "funding-invest-chosen-id-mobile");
    await page.close();
  });
});
