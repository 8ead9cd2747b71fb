// Paying two cooperatives from a phone (390 px, Chromium) against the real API: the buyer checks out goods of two
// cooperatives' businesses, sees two payments with two QRIS codes, uploads a proof of transfer; the treasurer
// confirms it from the cooperative's queue; the buyer's order then shows as paid. Then delivery: the buyer chose a
// courier for one order at checkout (fee shown before paying), the seller ships it with a tracking number, and the
// buyer, who can reach seller and cooperative on WhatsApp, confirms receipt. Axe on every page.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "playwright-core";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiCall, signInToken, signInTokenFor, TREASURER } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
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
  let seller: TestBrowser;
  let mediaDir: string;

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), "dm-e2e-proofs-"));
    process.env.MEDIA_DIR = mediaDir;
    api = await startRealApi({ seed: true });
    web = await startStack({ apiUrl: api.url, env: { BODY_SIZE_LIMIT: "11M" } });
    buyer = await launchBrowser({ viewport: { width: 390, height: 844 } });
    treasurer = await launchBrowser({ viewport: { width: 390, height: 844 } });
    seller = await launchBrowser({ viewport: { width: 390, height: 844 } });
    await seller.context.addCookies([
      {
        name: "dm_session",
        value: await signInToken(api.url, "entrepreneur"),
        url: web.url,
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
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
    await seller?.close();
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
    // and chooses the regency and, for the Keripik Singkong order, a courier: its fee shows before paying
    await page.getByLabel("Kabupaten/kota tujuan").selectOption({ label: "Indramayu" });
    const siti = page.locator("section.group", { hasText: "Keripik Singkong" });
    await siti.getByRole("radio", { name: /Kurir/ }).check();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-testid=delivery-fee]")].some((el) => el.textContent !== "Rp 0"),
    );
    const courierFee = await siti.getByTestId("delivery-fee").innerText();
    expect(courierFee).toMatch(/^Rp\s\d{1,3}(\.\d{3})+$/);
    expect(await page.locator(".grand-total").innerText()).toContain("Total dengan ongkir");
    await expectAccessible(page);
    await saveScreenshot(page, "checkout-delivery-id-mobile");
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

  it("ships the paid courier order with a tracking number; the buyer reaches the seller and confirms receipt", async () => {
    // given the paid Keripik Singkong order (courier), the seller accepts it
    const incoming = await seller.newPage();
    await incoming.goto(`${web.url}/usahaku/pesanan?status=PAID`);
    const card = incoming.locator("li.order", { hasText: "Kurir" }).first();
    const number = (await card.locator("h2").innerText()).replace("Pesanan ", "");
    // Wait for the form's POST to be answered: going to the next page at once could cancel it.
    const accepted = incoming.waitForResponse((response) => response.request().method() === "POST");
    await card.getByRole("button", { name: /Terima pesanan/ }).click();
    await accepted;

    // when the seller ships it without a tracking number, the browser asks for it; with one, it is shipped
    await incoming.goto(`${web.url}/usahaku/pesanan?status=CONFIRMED`);
    const confirmed = incoming.locator("li.order", { hasText: number });
    expect(await confirmed.getByLabel("Nomor resi").getAttribute("required")).not.toBeNull();
    // the buyer's phone is one tap away: WhatsApp with the order number, and a tel: link
    const toBuyer = await confirmed.getByRole("link", { name: /WhatsApp Rina/ }).getAttribute("href");
    expect(toBuyer).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
    expect(decodeURIComponent(toBuyer!.split("text=")[1]!)).toContain(number);
    expect(await confirmed.locator('a[href="tel:+6281234567890"]').count()).toBe(1);
    await expectAccessible(incoming);
    await saveScreenshot(incoming, "seller-ship-courier-id-mobile");
    await confirmed.getByLabel("Kurir", { exact: true }).selectOption({ index: 0 });
    await confirmed.getByLabel("Nomor resi").fill("JNE0009988776");
    const shipped = incoming.waitForResponse((response) => response.request().method() === "POST");
    await confirmed.getByRole("button", { name: /Tandai dikirim/ }).click();
    await shipped;
    await incoming.goto(`${web.url}/usahaku/pesanan?status=SHIPPED`);
    expect(await incoming.locator("li.order", { hasText: number }).getByText("Nomor resi: JNE0009988776").count()).toBe(
      1,
    );
    await incoming.close();

    // then the buyer sees the courier, tracking number and when it completes by itself, and the contacts
    const page = await buyer.newPage();
    await page.goto(`${web.url}/pesanan`);
    await page.locator("li.order", { hasText: number }).getByRole("link").first().click();
    await page.waitForURL(/\/pesanan\/[^/]+$/);
    expect(await page.locator(".cm-badge").first().innerText()).toBe("Dikirim");
    expect(await page.getByText("Nomor resi:").innerText()).toContain("JNE0009988776");
    expect(await page.getByText(/selesai otomatis pada/).count()).toBe(1);
    const toSeller = await page.getByRole("link", { name: /^WhatsApp Keripik Singkong/ }).getAttribute("href");
    expect(toSeller).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
    expect(decodeURIComponent(toSeller!.split("text=")[1]!)).toContain(`pesanan ${number}`);
    expect(await page.getByRole("link", { name: /^WhatsApp Koperasi/ }).count()).toBe(1);
    expect(await page.locator('.cm-card a[href^="tel:+62"]').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(page);
    await saveScreenshot(page, "order-shipped-courier-id-mobile");

    // when the buyer confirms receipt, the order is delivered and the step is gone
    await page.getByRole("button", { name: "Pesanan sudah diterima" }).click();
    await page.getByRole("status").first().waitFor();
    expect(await page.getByRole("status").first().innerText()).toContain("pesanan ditandai diterima");
    await page.reload();
    expect(await page.locator(".cm-badge").first().innerText()).toBe("Sampai");
    expect(await page.getByRole("button", { name: "Pesanan sudah diterima" }).count()).toBe(0);
    await expectAccessible(page);
    await saveScreenshot(page, "order-received-id-mobile");
    await page.close();
  });
});
