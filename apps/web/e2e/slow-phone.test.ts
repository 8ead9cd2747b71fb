// A cheap phone on a slow connection (issue #12). Text typed while a page is still loading must survive its scripts taking over (issue #12: on a slow connection a
// person starts typing as soon as the server's HTML shows). Tested the way it fails: the app's scripts are held
// back while a person types into every text field of the page's forms, then released; after hydration each field
// must still hold what was typed. The form pages of every role are visited (the fix is one mechanism for all:
// lib/keep-typed-input.ts).
import type { Page, Route } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiCall, signInToken } from "../testing/commerce-session.ts";
import { paidOrder, reportedProblem } from "../testing/order-problem-fixtures.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { chromiumAvailable, launchBrowser, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

type Role = "buyer" | "household" | "entrepreneur" | "cooperativeOfficer" | "villageOfficer" | "partner" | null;

/** Fields a person types into (not hidden, buttons, choices or files). */
const TYPED =
  'form input:not([type]), form input[type="text"], form input[type="search"], form input[type="email"], form input[type="tel"], form input[type="number"], form input[type="password"], form input[type="url"], form textarea';

describe.skipIf(!chromiumAvailable)(`a 390 px phone on a slow connection${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  const browsers = new Map<Role, TestBrowser>();
  const pages: { role: Role; path: string }[] = [];

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    for (const role of [
      null,
      "buyer",
      "household",
      "entrepreneur",
      "cooperativeOfficer",
      "villageOfficer",
      "partner",
    ] as Role[]) {
      // No service worker: the typing test holds the page's scripts back with page.route, and the worker would
      // answer them from its cache instead, letting the page hydrate mid-typing.
      const browser = await launchBrowser({ serviceWorkers: "block" });
      if (role) {
        const token = await signInToken(api.url, role);
        await browser.context.addCookies([
          { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
        ]);
      }
      browsers.set(role, browser);
    }
    const officer = await apiCall(
      api.url,
      "{ viewer { cooperativeOffices { cooperative { slug } } } }",
      {},
      await signInToken(api.url, "cooperativeOfficer"),
    );
    const coop = `/koperasi/${officer.viewer.cooperativeOffices[0].cooperative.slug}`;
    const family = await apiCall(
      api.url,
      "{ viewer { households { id } } }",
      {},
      await signInToken(api.url, "household"),
    );
    const home = `/keluarga/${encodeURIComponent(family.viewer.households[0].id)}`;
    const village = "/kantor-desa/juntinyuat-indramayu";
    // A paid order to report a problem on (the form), and another with an open report (the queue's forms).
    const buyerToken = await signInToken(api.url, "buyer");
    const reportable = await paidOrder(api.url, buyerToken);
    await reportedProblem(api.url, buyerToken, (await paidOrder(api.url, buyerToken)).id);
    const catalogue = await apiCall(api.url, "{ products(first: 1) { edges { node { slug } } } }");
    const product = `/produk/${catalogue.products.edges[0].node.slug}`;
    // The demo entrepreneur's product (the seller's wholesale tiers form) and another village's product with tiers
    // (the Juntinyuat officer's wholesale order form).
    const own = await apiCall(
      api.url,
      "{ viewer { businesses { allProducts(first: 1) { edges { node { id } } } } } }",
      {},
      await signInToken(api.url, "entrepreneur"),
    );
    const ownProduct = encodeURIComponent(own.viewer.businesses[0].allProducts.edges[0].node.id);
    pages.push(
      { role: null, path: "/katalog" },
      { role: null, path: "/masuk" },
      { role: null, path: "/daftar" },
      { role: null, path: "/lupa-sandi" },
      // The form shows for any token of the right shape; the API judges the token only when the form is sent.
      { role: null, path: `/atur-ulang-sandi?token=${"a".repeat(43)}` },
      { role: null, path: "/desa" },
      { role: null, path: "/jaringan" },
      { role: null, path: "/dampak?wilayah=32" },
      { role: "buyer", path: product },
      { role: "buyer", path: "/akun" },
      { role: "buyer", path: `/pesanan/${encodeURIComponent(reportable.id)}` },
      { role: "household", path: home },
      { role: "household", path: `${home}/investasi` },
      { role: "entrepreneur", path: "/usahaku" },
      { role: "entrepreneur", path: "/usahaku/produk/baru" },
      { role: "entrepreneur", path: "/usahaku/pendanaan" },
      { role: "entrepreneur", path: "/usahaku/pesanan" },
      { role: "entrepreneur", path: "/usahaku/pengiriman" },
      { role: "entrepreneur", path: `/usahaku/produk/${ownProduct}/grosir` },
      { role: "cooperativeOfficer", path: `${coop}/rapat` },
      { role: "cooperativeOfficer", path: `${coop}/anggota` },
      { role: "cooperativeOfficer", path: `${coop}/anggaran-dasar` },
      { role: "cooperativeOfficer", path: `${coop}/shu` },
      { role: "cooperativeOfficer", path: `${coop}/tinjauan` },
      { role: "cooperativeOfficer", path: `${coop}/kanal-pembayaran` },
      { role: "cooperativeOfficer", path: `${coop}/pembayaran` },
      { role: "cooperativeOfficer", path: `${coop}/masalah-pesanan` },
      { role: "cooperativeOfficer", path: "/produk/kopi-arabika-sindoro-biji-sangrai-200-g/grosir" },
      { role: "villageOfficer", path: `${village}/registri/baru` },
      { role: "villageOfficer", path: `${village}/kasus/baru` },
      { role: "villageOfficer", path: `${village}/cerita/baru` },
      { role: "villageOfficer", path: `${village}/registri` },
      { role: "villageOfficer", path: `${village}/kasus` },
      { role: "villageOfficer", path: `${village}/cerita` },
      { role: "villageOfficer", path: `${village}/jaringan` },
      { role: "villageOfficer", path: `${village}/migrasi` },
      { role: "partner", path: "/mitra/kunci" },
      { role: "partner", path: "/mitra/skema" },
      { role: "partner", path: "/mitra/program" },
    );
  }, 300_000);

  afterAll(async () => {
    for (const browser of browsers.values()) await browser.close();
    await web?.stop();
    await api?.stop();
  });

  /** Opens `path` with the app's scripts held back until `release()` is called. */
  async function openHeld(page: Page, path: string) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const hold = async (route: Route) => {
      await gate;
      await route.continue();
    };
    await page.route(/\/_app\/immutable\/.*\.js(\?.*)?$/, hold);
    await page.goto(`${web.url}${path}`, { waitUntil: "domcontentloaded" });
    return release;
  }

  it("shows that the next page is loading while a slow answer is on its way, and then hides it", async () => {
    const page = await browsers.get(null)!.newPage();
    await page.goto(`${web.url}/`);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The next page's data comes slowly, as over a weak signal.
    await page.route(/__data\.json/, async (route) => {
      await gate;
      await route.continue();
    });
    await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link").first().click();
    const status = page.getByRole("status").filter({ hasText: "Memuat halaman…" });
    await status.waitFor({ state: "attached", timeout: 5_000 });
    expect(await page.locator(".nav-progress").isVisible()).toBe(true);
    release();
    await status.waitFor({ state: "detached", timeout: 15_000 });
    await page.close();
  });

  it("fits every page at 390 px: no sideways scroll, every menu entry on screen", async () => {
    const overflowing: string[] = [];
    for (const { role, path } of [{ role: null, path: "/" }, ...pages]) {
      const page = await browsers.get(role)!.newPage();
      await page.goto(`${web.url}${path}`);
      const wide = await page.evaluate(() => {
        const extra = document.documentElement.scrollWidth - window.innerWidth;
        // Name the innermost element that sticks out, so a failure says where to look.
        const culprit = [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
          .filter((e) => ![...e.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 1))
          .map(
            (e) => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} "${(e.textContent ?? "").slice(0, 40)}"`,
          )[0];
        return { extra, culprit };
      });
      if (wide.extra > 0) overflowing.push(`${path}: ${wide.extra}px wider than the screen (${wide.culprit})`);
      for (const link of await page.locator("header nav a").all()) {
        const box = await link.boundingBox();
        if (!box || box.x < 0 || box.x + box.width > 390)
          overflowing.push(`${path}: "${await link.innerText()}" is cut off`);
      }
      await page.close();
    }
    expect(overflowing).toEqual([]);
  });

  it("keeps what was typed in every form field, on every form page", async () => {
    const lost: string[] = [];
    let typedAnything = 0;
    for (const { role, path } of pages) {
      // The context's own page: the browser helper's pages wait for hydration in goto, which is held back here.
      const page = await browsers.get(role)!.context.newPage();
      const release = await openHeld(page, path);
      expect(new URL(page.url()).pathname, `${path} for ${role ?? "a visitor"}`).toBe(path.split("?")[0]);
      const fields = page.locator(TYPED);
      const typed: { index: number; text: string }[] = [];
      for (let index = 0; index < (await fields.count()); index++) {
        const field = fields.nth(index);
        if (!(await field.isVisible()) || !(await field.isEditable())) continue;
        const type = (await field.getAttribute("type")) ?? "text";
        const text = type === "number" ? "12345" : type === "email" ? "ketik@contoh.id" : `ketikan ${index}`;
        await field.fill("");
        await field.pressSequentially(text);
        typed.push({ index, text });
      }
      typedAnything += typed.length;
      release();
      const hydrated = await page
        // A page rendered without scripts (csr = false) never hydrates and cannot lose anything.
        .waitForFunction(
          () => "hydrated" in document.documentElement.dataset || !document.querySelector("script"),
          null,
          { timeout: 30_000 },
        )
        .then(() => true)
        .catch(() => false);
      if (!hydrated) lost.push(`${path}: the page never hydrated`);
      for (const { index, text } of typed) {
        const now = await fields
          .nth(index)
          .inputValue({ timeout: 2_000 })
          .catch(() => "(the field is gone)");
        if (now !== text) lost.push(`${path} field ${index}: typed "${text}", now "${now}"`);
      }
      await page.close();
    }
    expect(typedAnything).toBeGreaterThan(pages.length);
    expect(lost).toEqual([]);
  });
});
