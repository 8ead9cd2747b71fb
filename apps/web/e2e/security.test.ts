// What an outside tester found on the web server, attacked over real HTTP against the built app: pages that any
// site could frame, personal pages without a cache rule, a language switch answering 500 to a tab in its target.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { chromiumAvailable, launchBrowser, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

/** Signs a demo account in against the API directly and returns its session token. */
async function sessionFor(apiUrl: string, email: string): Promise<string> {
  const response = await fetch(apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      variables: { input: { email, password: "desa-migran-demo" } },
    }),
  });
  const token = /dm_session=([^;]+)/.exec(response.headers.get("set-cookie") ?? "")?.[1];
  if (!token) throw new Error(`could not sign in ${email}`);
  return token;
}

describe(`web security headers${skipReason}`, { timeout: 60_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let browser: TestBrowser | undefined;
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${web.url}${path}`, { redirect: "manual", headers: { "x-forwarded-proto": "http", ...headers } });

  beforeAll(async () => {
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url });
    if (chromiumAvailable) browser = await launchBrowser();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await web?.stop();
    await api?.stop();
  });

  it("sends a CSP without inline scripts that forbids framing, and the other hardening headers", async () => {
    for (const path of ["/", "/katalog", "/masuk"]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
      expect(scriptSrc).toMatch(/'nonce-[^']+'/);
      expect(scriptSrc).not.toContain("unsafe-inline");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("marks every page a signed-in person gets private, no-store", async () => {
    const pairs: [string, string[]][] = [
      ["keluarga@desamigran.id", ["/akun", "/keluarga", "/pesanan", "/keranjang", "/katalog", "/"]],
      ["wirausaha@desamigran.id", ["/usahaku", "/usahaku/pesanan"]],
      ["koperasi@desamigran.id", ["/koperasi"]],
      ["desa@desamigran.id", ["/kantor-desa"]],
      ["mitra@desamigran.id", ["/mitra/kunci"]],
    ];
    for (const [email, paths] of pairs) {
      const cookie = `dm_session=${await sessionFor(api.url, email)}`;
      for (const path of paths) {
        const response = await get(path, { cookie });
        expect([200, 303], `${email} ${path}`).toContain(response.status);
        expect(response.headers.get("cache-control"), `${email} ${path}`).toBe("private, no-store");
      }
    }
  });

  it("answers a language switch with a tab, CRLF or NUL in its target by going home, never 500", async () => {
    for (const target of ["/katalog\tx", "/katalog\r\nSet-Cookie: a=b", "/katalog\u0000", "//evil.example"]) {
      const response = await fetch(`${web.url}/locale`, {
        method: "POST",
        redirect: "manual",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: web.url,
          "x-forwarded-proto": "http",
        },
        body: new URLSearchParams({ locale: "en", redirectTo: target }).toString(),
      });
      expect(response.status, JSON.stringify(target)).toBe(303);
      expect(response.headers.get("location")).toBe("/");
    }
  });

  it.skipIf(!chromiumAvailable)("runs the app in Chromium under the CSP with no violation", async () => {
    const page = await browser!.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    for (const path of ["/", "/katalog", "/desa"]) await page.goto(`${web.url}${path}`);
    expect(await page.evaluate(() => document.documentElement.dataset.hydrated !== undefined)).toBe(true);
    expect(violations).toEqual([]);
    await page.close();
  });
});
