// Paying two cooperatives from a phone (390 px, Chromium) against the real API: the buyer checks out goods of two
// cooperatives' businesses, sees two payments with two QRIS codes, uploads a proof of transfer; the treasurer
// confirms it from the cooperative's queue; the buyer's order then shows as paid. Axe on every page.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { apiCall, signInToken, signInTokenFor, TREASURER } from "./commerce-session.ts";
import { type RealApi, startRealApi } from "./real-api.ts";
import { startStack, type WebStack } from "./stack.ts";

/** What the product page's add-to-cart form does: a POST to /keranjang?/tambah. */
async function addToCart(page: Page, productId: string, quantity: number) {
  await page.evaluate(
    ({ productId, quantity }) => {
      const form = document.createElement("form");
      form.method = "POST";
      form.action = "/keranjang?/tambah";
      for (const [name, value] of Object.entries({ productId, quantity: String(quantity) })) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = name;
        input.value = value;
        form.append(input);
      }
      document.body.append(form);
      form.submit();
    },
    { productId, quantity },
  );
  await page.waitForURL(/\/keranjang\?ditambah=1$/);
}

describe.skipIf(!chromiumAvailable)(`paying two cooperatives in a browser${skipReason}`, { timeout: 120_000 }, () => {
  let api: RealApi;
  let web: WebStack;
  let buyer: TestBrowser;
  let treasurer: TestBrowser;
  let mediaDir: string;

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), "dm-e2e-proofs-"));
    process.env.MEDIA_DIR = mediaDir;
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url, env: { BODY_SIZE_LIMIT: "11M" } });
    buyer = await launchBrowser({ viewport: { width: 390, height: 844 } });
    treasurer = await launchBrowser({ viewport: { width: 390, height: 844 } });
    await buyer.context.addCookies([
      { name: "dm_session", value: await signInToken(api.url, "buyer"), url: web.url, httpOnly: true, sameSite: "Lax" },
    ]);
    await treasurer.context.addCookies([
      {
        name: "dm_session",
        value: await signInTokenFor(api.url, TREASURER),
        url: web.url,
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
  }, 240_000);

  afterAll(async () => {
    await treasurer?.close();
    await buyer?.close();
    await web?.stop();
    await api?.stop();
    delete process.env.MEDIA_DIR;
    if (mediaDir) await rm(mediaDir, { recursive: true, force: true });
  });

  it("buys from two cooperatives, pays one with a proof, and sees it paid once the treasurer confirms", async () => {
    // given products of a Juntinyuat business and a Krasak business in the cart
    const found = await apiCall<{ a: { id: string }; b: { id: string } }>(
      api.url,
      `{ a: product(slug: "keripik-singkong-balado-250-g") { id } b: product(slug: "bawang-goreng-krasak-200-g") { id } }`,
    );
    const page = await buyer.newPage();
    await page.goto(`${web.url}/keranjang`);
    await addToCart(page, found.a.id, 2);
    await addToCart(page, found.b.id, 1);

    // when the buyer checks out with a transfer
    await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
    await page.waitForURL(/\/keranjang\/checkout$/);
    await page.getByLabel("Nomor HP").fill("081234567890");
    await page.getByLabel("Alamat lengkap").fill("Jl. Melati No. 5\nIndramayu");
    await page.getByRole("button", { name: /Buat pesanan/ }).click();
    await page.waitForURL(/\/keranjang\/checkout\/selesai/);

    // then there is one payment per cooperative, each with its own QRIS code, reference and bank account
    const cards = page.locator("section.payment");
    expect(await cards.count()).toBe(2);
    const codes = page.getByRole("img", { name: /^Kode QRIS untuk Rp/ });
    expect(await codes.count()).toBe(2);
    for (const code of await codes.all()) {
      expect(await code.locator("svg").count()).toBe(1);
      // large enough to scan from a phone screen
      expect((await code.boundingBox())!.width).toBeGreaterThanOrEqual(280);
    }
    const references = await cards.locator("code").filter({ hasText: /^BYR-/ }).allInnerTexts();
    expect(new Set(references).size).toBe(2);
    expect(await cards.first().getByText("BRI").count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await saveScreenshot(page, "payments-two-cooperatives-id-mobile");

    // when the buyer uploads a proof for the Juntinyuat payment
    const juntinyuat = cards.filter({ hasText: "Juntinyuat" });
    const reference = (await juntinyuat.locator("code").filter({ hasText: /^BYR-/ }).innerText()).trim();
    const receipt = await sharp({ create: { width: 900, height: 1600, channels: 3, background: "#f8fafc" } })
      .jpeg()
      .toBuffer();
    await juntinyuat
      .getByLabel(/Foto atau PDF bukti transfer/)
      .setInputFiles({ name: "bukti-transfer.jpg", mimeType: "image/jpeg", buffer: receipt });
    await juntinyuat.getByRole("button", { name: "Kirim bukti" }).click();
    await page.waitForURL(/\/pembayaran\/[^/]+\?\/bukti$|\/pembayaran\/[^/]+$/);
    expect(await page.getByRole("status").first().innerText()).toContain("Bukti terkirim");
    await page.goto(page.url().replace("?/bukti", ""));
    expect(await page.locator(".payment .cm-badge").innerText()).toBe("Bukti dikirim, menunggu bendahara");
    await expectAccessible(page);
    await saveScreenshot(page, "payment-proof-sent-id-mobile");

    // then the treasurer sees it in the queue with the expected and proven amounts and the proof, and confirms
    const queue = await treasurer.newPage();
    await queue.goto(`${web.url}/koperasi/kdmp-juntinyuat/pembayaran`);
    const item = queue.locator("li.payment", { hasText: reference });
    expect(await item.count()).toBe(1);
    expect(await item.getByText("Seharusnya").count()).toBe(1);
    expect(await item.getByText("Menurut bukti").count()).toBe(1);
    const proofHref = await item.getByRole("link", { name: /Lihat bukti transfer/ }).getAttribute("href");
    const proof = await queue.request.get(`${web.url}${proofHref}`);
    expect(proof.status()).toBe(200);
    expect(proof.headers()["content-type"]).toBe("image/webp");
    await expectAccessible(queue);
    await saveScreenshot(queue, "treasurer-queue-id-mobile");
    await item.getByRole("button", { name: "Konfirmasi lunas" }).click();
    await queue.waitForURL(/selesai=lunas/);
    expect(await queue.getByRole("status").innerText()).toContain("Pembayaran dikonfirmasi");
    await queue.goto(`${web.url}/koperasi/kdmp-juntinyuat/kanal-pembayaran`);
    expect(await queue.getByLabel(/Teks QRIS statis/).inputValue()).toMatch(/^000201/);
    await expectAccessible(queue);
    await queue.close();

    // and the buyer's order of that cooperative shows as paid, the other one still waits for its transfer
    await page.goto(`${web.url}/pesanan`);
    await expectAccessible(page);
    const paid = page.locator("li.order", { hasText: "Keripik Singkong" }).first();
    expect(await paid.locator(".cm-badge").innerText()).toBe("Sudah dibayar");
    await paid.getByRole("link").first().click();
    await page.waitForURL(/\/pesanan\/[^/]+$/);
    expect(await page.locator(".payment .cm-badge").innerText()).toBe("Lunas");
    await expectAccessible(page);
    await saveScreenshot(page, "order-paid-id-mobile");
    await page.close();
  });
});
