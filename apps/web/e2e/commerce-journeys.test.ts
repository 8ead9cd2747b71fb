// The buyer's and the returnee entrepreneur's journeys in Chromium against the real API (seeded).
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiCall, signInToken, signInTokenFor, TREASURER } from "../testing/commerce-session.ts";
import { type RealApi, startRealApi } from "../testing/real-api.ts";
import { expectAccessible } from "./axe.ts";
import { chromiumAvailable, launchBrowser, saveScreenshot, skipReason, type TestBrowser } from "./browser.ts";
import { startStack, type WebStack } from "./stack.ts";

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().innerText()).replaceAll("\u00a0", " ");
const SCRIPT_NAME = "<script>alert(1)</script>";

interface ProductRef {
  id: string;
  name: string;
  slug: string;
  business: { name: string };
}

describe.skipIf(!chromiumAvailable)(
  `buyer and entrepreneur journeys in a browser${skipReason}`,
  { timeout: 90_000 },
  () => {
    let api: RealApi;
    let web: WebStack;
    let buyer: TestBrowser;
    // The entrepreneur works without JavaScript: every dashboard form is a plain POST.
    let seller: TestBrowser;
    let scriptProduct: ProductRef;
    const dialogs: string[] = [];

    const signIn = async (browser: TestBrowser, account: "buyer" | "entrepreneur") => {
      const token = await signInToken(api.url, account);
      await browser.context.addCookies([
        { name: "dm_session", value: token, url: web.url, httpOnly: true, sameSite: "Lax" },
      ]);
    };

    /** What the public product page's add-to-cart form does: a POST to /keranjang?/tambah. */
    const addToCart = async (page: Page, productId: string, quantity: number) => {
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
    };

    beforeAll(async () => {
      api = await startRealApi({ seed: true });
      web = await startStack({ apiUrl: api.url });
      buyer = await launchBrowser();
      seller = await launchBrowser({ javaScriptEnabled: false });
      await signIn(buyer, "buyer");
      await signIn(seller, "entrepreneur");
    }, 240_000);

    afterAll(async () => {
      await seller?.close();
      await buyer?.close();
      await web?.stop();
      await api?.stop();
    });

    it("entrepreneur: creates a product (named like markup), publishes it and sees it in the catalogue", async () => {
      const page = await seller.newPage();
      await page.goto(`${web.url}/usahaku`);
      await expect(
        page.getByRole("heading", { level: 1, name: "Keripik Singkong Mbak Siti" }).isVisible(),
      ).resolves.toBe(true);
      // The JS-less context has no axe; the JS context checks the same page below.
      await saveScreenshot(page, "dashboard-overview-id-mobile");

      await page.getByRole("link", { name: "Produk", exact: true }).click();
      await page.getByRole("link", { name: "Tambah produk" }).first().click();
      expect(new URL(page.url()).pathname).toBe("/usahaku/produk/baru");

      // Given a form with a bad price: the API's error shows next to the price and the typing stays
      await page.getByLabel("Nama produk").fill(SCRIPT_NAME);
      await page.getByLabel("Deskripsi").fill("Keripik uji coba.\n\n<b>bukan tebal</b>");
      await page.getByLabel("Harga (Rp)").fill("dua puluh ribu");
      await page.getByLabel("Satuan", { exact: true }).fill("pak");
      await page.getByLabel("Stok awal").fill("40");
      await page.getByLabel("Kategori").selectOption({ index: 1 });
      await page.getByRole("button", { name: "Simpan draf" }).click();
      await page.waitForLoadState();
      expect(await page.locator("#priceIdr-error").innerText()).not.toBe("");
      expect(await page.getByLabel("Harga (Rp)").getAttribute("aria-invalid")).toBe("true");
      expect(await page.getByLabel("Nama produk").inputValue()).toBe(SCRIPT_NAME);
      await saveScreenshot(page, "dashboard-product-error-id-mobile");

      // When the price is fixed
      await page.getByLabel("Harga (Rp)").fill("Rp 27.500");
      await page.getByRole("button", { name: "Simpan draf" }).click();
      await page.waitForLoadState();

      // Then it is listed as a draft, and publishing puts it in the catalogue
      expect(new URL(page.url()).pathname).toBe("/usahaku/produk");
      const card = page.locator("li.product", { hasText: SCRIPT_NAME });
      expect(await card.locator(".cm-badge").innerText()).toBe("Draf");
      expect(await text(page, "li.product.fresh p")).toContain("Rp 27.500 / pak");
      await card.getByRole("button", { name: /Terbitkan/ }).click();
      await page.waitForLoadState();
      expect(await page.locator("li.product", { hasText: SCRIPT_NAME }).locator(".cm-badge").innerText()).toBe(
        "Terbit",
      );

      // And stock can be adjusted, with the API's refusal shown on that product
      const published = page.locator("li.product", { hasText: SCRIPT_NAME });
      await published.getByLabel(/Tambah\/kurangi stok/).fill("-100");
      await published.getByRole("button", { name: "Simpan stok" }).click();
      await page.waitForLoadState();
      expect(await page.locator("li.product", { hasText: SCRIPT_NAME }).locator(".cm-error").innerText()).not.toBe("");
      await page
        .locator("li.product", { hasText: SCRIPT_NAME })
        .getByLabel(/Tambah\/kurangi stok/)
        .fill("10");
      await page.locator("li.product", { hasText: SCRIPT_NAME }).getByRole("button", { name: "Simpan stok" }).click();
      await page.waitForLoadState();
      expect(await text(page, "li.product:has-text('alert(1)') p")).toContain("stok 50 pak");
      await saveScreenshot(page, "dashboard-products-id-mobile");
      await page.close();

      const found = await apiCall<{ products: { edges: { node: ProductRef }[] } }>(
        api.url,
        `query($q: String) { products(first: 5, filter: { search: $q }) { edges { node { id name slug business { name } } } } }`,
        { q: "alert" },
      );
      scriptProduct = found.products.edges.map((edge) => edge.node).find((product) => product.name === SCRIPT_NAME)!;
      expect(scriptProduct).toBeDefined();

      // The public page shows the name as text: no script runs, no element is made.
      const publicPage = await buyer.newPage();
      publicPage.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await publicPage.goto(`${web.url}/produk/${scriptProduct.slug}`);
      expect(await publicPage.getByRole("heading", { level: 1 }).innerText()).toBe(SCRIPT_NAME);
      expect(dialogs).toEqual([]);
      await publicPage.close();
    });

    it("dashboard pages are accessible with JavaScript too", async () => {
      const page = await buyer.newPage();
      const entrepreneur = await launchBrowser();
      const own = await entrepreneur.newPage();
      await entrepreneur.context.addCookies([
        { name: "dm_session", value: await signInToken(api.url, "entrepreneur"), url: web.url },
      ]);
      for (const [path, name] of [
        ["/usahaku", "dashboard-overview"],
        ["/usahaku/produk", "dashboard-products"],
        ["/usahaku/produk/baru", "dashboard-product-new"],
        ["/usahaku/pendanaan", "dashboard-funding"],
      ] as const) {
        await own.goto(`${web.url}${path}`);
        await expectAccessible(own);
        await saveScreenshot(own, `${name}-id-js`);
      }
      // Each product's edit link is named after the product, so a screen reader user can tell them apart.
      await own.goto(`${web.url}/usahaku/produk`);
      await own.getByRole("link", { name: `Ubah: ${SCRIPT_NAME}`, exact: true }).click();
      await own.waitForURL(/\/usahaku\/produk\/[^/]+$/);
      expect(await own.getByLabel("Nama produk").inputValue()).toBe(SCRIPT_NAME);
      await expectAccessible(own);
      await saveScreenshot(own, "dashboard-product-edit-id");
      await own.setViewportSize({ width: 1280, height: 900 });
      await own.goto(`${web.url}/usahaku/produk`);
      await saveScreenshot(own, "dashboard-products-id-desktop");
      await entrepreneur.close();
      await page.close();
    });

    it("buyer: adds products from two businesses, checks out into one order each, sees history and cancels one", async () => {
      const page = await buyer.newPage();
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const other = await apiCall<{ product: ProductRef }>(
        api.url,
        // A business of another cooperative: a transfer needs every seller to belong to one.
        `{ product(slug: "bawang-goreng-krasak-200-g") { id name slug business { name } } }`,
      );

      await page.goto(`${web.url}/keranjang`);
      await expect(page.getByRole("heading", { name: "Keranjang Anda masih kosong" }).isVisible()).resolves.toBe(true);
      await expectAccessible(page);
      await saveScreenshot(page, "cart-empty-id-mobile");

      // Given two products from two businesses in the cart
      await addToCart(page, scriptProduct.id, 2);
      await addToCart(page, other.product.id, 1);
      expect(await page.getByRole("status").innerText()).toContain("Produk masuk ke keranjang");
      expect(await page.locator("section.group").count()).toBe(2);
      expect(await page.locator(".line .name", { hasText: SCRIPT_NAME }).count()).toBe(1);
      // The header counts the units in the cart on every page.
      expect(await page.getByTestId("cart-count").innerText()).toBe("3");
      expect(await page.getByRole("link", { name: "Keranjang, 3 barang" }).count()).toBe(1);
      expect(await text(page, "section.group:has-text('Mbak Siti') .subtotal strong")).toBe("Rp 55.000");
      expect(dialogs).toEqual([]);

      // When a quantity is raised beyond the stock, the error shows on that line and the cart is unchanged
      const line = page.locator(".line", { hasText: SCRIPT_NAME });
      await line.getByLabel(/Jumlah/).fill("900");
      await line.getByRole("button", { name: "Ubah" }).click();
      await expect(
        page.locator(".line", { hasText: SCRIPT_NAME }).locator(".cm-error").waitFor(),
      ).resolves.toBeUndefined();
      await expectAccessible(page);
      await saveScreenshot(page, "cart-stock-error-id-mobile");
      await page
        .locator(".line", { hasText: SCRIPT_NAME })
        .getByLabel(/Jumlah/)
        .fill("3");
      await page.locator(".line", { hasText: SCRIPT_NAME }).getByRole("button", { name: "Ubah" }).click();
      await page.waitForFunction(() =>
        document.querySelector("section.group .subtotal strong")?.textContent?.includes("82.500"),
      );
      const total = await text(page, ".grand-total");
      expect(total).toMatch(/^Rp \d{1,3}(\.\d{3})+$/);
      await expectAccessible(page);
      await saveScreenshot(page, "cart-id-mobile");

      // And checks out with bank transfer
      await page.getByRole("link", { name: "Lanjut ke pembayaran" }).click();
      await page.waitForURL(/\/keranjang\/checkout$/);
      expect(await page.getByLabel("Nama penerima").inputValue()).toBe("Rina Kartika");
      await page.getByLabel("Nomor HP").fill("081234567890");
      await page.getByLabel("Alamat lengkap").fill("Jl. Melati No. 5\nIndramayu");
      await expectAccessible(page);
      await saveScreenshot(page, "checkout-id-mobile");
      await page.getByRole("button", { name: /Buat pesanan/ }).click();

      // Then one order per business is confirmed
      await page.waitForURL(/\/keranjang\/checkout\/selesai/);
      await expect(page.getByRole("heading", { name: "Pesanan berhasil dibuat" }).isVisible()).resolves.toBe(true);
      expect(await page.locator("li.cm-card").count()).toBe(2);
      expect(await text(page, ".grand")).toContain(total);
      await expectAccessible(page);
      await saveScreenshot(page, "order-confirmation-id-mobile");

      // And the history lists both; the bawang goreng order is cancelled with a reason
      const placed = await page.locator("li.cm-card h2").allInnerTexts();
      await page.getByRole("link", { name: "Lihat pesanan saya" }).click();
      await page.waitForURL(/\/pesanan$/);
      for (const heading of placed) expect(await page.locator("li.order h2", { hasText: heading }).count()).toBe(1);
      await expectAccessible(page);
      await saveScreenshot(page, "orders-id-mobile");
      const ours = page
        .locator("li.order", { hasText: other.product.business.name })
        .filter({ hasText: new RegExp(placed.map((h) => h.replace("Pesanan ", "")).join("|")) });
      await ours.first().getByRole("link").click();
      await page.waitForURL(/\/pesanan\/[^/]+$/);
      expect(await page.locator(".cm-badge").first().innerText()).toBe("Menunggu pembayaran");
      await expectAccessible(page);
      await saveScreenshot(page, "order-detail-id-mobile");
      await page.getByLabel("Alasan pembatalan").fill("Salah pilih varian");
      await page.getByRole("button", { name: "Batalkan pesanan" }).click();
      await expect(page.getByText("Pesanan dibatalkan.").first().waitFor()).resolves.toBeUndefined();
      await page.reload();
      expect(await page.locator(".cm-badge").first().innerText()).toBe("Dibatalkan");
      expect(await page.getByText("Salah pilih varian").count()).toBe(1);
      expect(await page.getByRole("button", { name: "Batalkan pesanan" }).count()).toBe(0);
      await saveScreenshot(page, "order-cancelled-id-mobile");
      await page.close();
    });

    /** The cooperative's treasurer confirms the buyer's payment for the order numbered `number` (the seller cannot). */
    const treasurerConfirms = async (number: string) => {
      const orders = await apiCall<{ myOrders: { edges: { node: { number: string; payment: { id: string } } }[] } }>(
        api.url,
        `{ myOrders(first: 50) { edges { node { number payment { id } } } } }`,
        {},
        await signInToken(api.url, "buyer"),
      );
      const paymentId = orders.myOrders.edges.find((edge) => edge.node.number === number)!.node.payment.id;
      const result = await apiCall<{ confirmPayment: { __typename: string } }>(
        api.url,
        `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { __typename } }`,
        { input: { paymentId } },
        await signInTokenFor(api.url, TREASURER),
      );
      expect(result.confirmPayment.__typename).toBe("MutationConfirmPaymentSuccess");
    };

    it("entrepreneur: accepts, ships and delivers the incoming order (paid to the treasurer) without JavaScript", async () => {
      const page = await seller.newPage();
      await page.goto(`${web.url}/usahaku/pesanan?status=PENDING_PAYMENT`);
      const order = page.locator("li.order", { hasText: SCRIPT_NAME });
      expect(await order.count()).toBe(1);
      const number = (await order.locator("h2").innerText()).replace("Pesanan ", "");
      await saveScreenshot(page, "incoming-orders-id-mobile");

      const step = async (button: RegExp, badge: string) => {
        await page.goto(`${web.url}/usahaku/pesanan`);
        const card = page.locator("li.order", { hasText: number });
        await card.getByRole("button", { name: button }).click();
        await page.waitForLoadState();
        expect(await page.locator("li.order", { hasText: number }).locator(".cm-badge").innerText()).toBe(badge);
      };
      // The seller has no payment button: the cooperative's treasurer confirms the transfer
      expect(await order.getByRole("button", { name: /pembayaran/i }).count()).toBe(0);
      await treasurerConfirms(number);
      await step(/Terima pesanan/, "Diproses");

      // A stale page (the order moved on in another tab) gets the API's InvalidOrderTransitionError on that order
      const stale = await seller.newPage();
      await stale.goto(`${web.url}/usahaku/pesanan`);
      // The order was placed with the default delivery, pickup: shipping it means "ready for pickup"
      await step(/Tandai siap diambil/, "Dikirim");
      await stale
        .locator("li.order", { hasText: number })
        .getByRole("button", { name: /Tandai siap diambil/ })
        .click();
      await stale.waitForLoadState();
      expect(await stale.locator("li.order", { hasText: number }).getByRole("alert").innerText()).not.toBe("");
      await saveScreenshot(stale, "incoming-order-transition-error-id-mobile");
      await stale.close();
      // A paid order is the buyer's to confirm: the seller has no "delivered" button for it
      const shipped = page.locator("li.order", { hasText: number });
      expect(await shipped.getByRole("button", { name: /sampai|diserahkan/i }).count()).toBe(0);

      // The buyer collects the goods and confirms receipt on the order's page
      const buyerPage = await buyer.newPage();
      await buyerPage.goto(`${web.url}/pesanan`);
      await buyerPage.locator("li.order", { hasText: number }).getByRole("link").click();
      await buyerPage.waitForURL(/\/pesanan\/[^/]+$/);
      await buyerPage.getByRole("button", { name: "Pesanan sudah diterima" }).click();
      await buyerPage.getByRole("status").first().waitFor();
      expect(await buyerPage.getByRole("status").first().innerText()).toContain("pesanan ditandai diterima");
      await buyerPage.reload();
      expect(await buyerPage.locator(".cm-badge").first().innerText()).toBe("Sampai");
      expect(await buyerPage.locator(".timeline .done").count()).toBe(5);
      await saveScreenshot(buyerPage, "order-delivered-id-mobile");
      await buyerPage.close();

      const withScript = await launchBrowser();
      await withScript.context.addCookies([
        { name: "dm_session", value: await signInToken(api.url, "entrepreneur"), url: web.url },
      ]);
      const check = await withScript.newPage();
      await check.goto(`${web.url}/usahaku/pesanan`);
      await expectAccessible(check);
      await saveScreenshot(check, "incoming-orders-id-js");
      await withScript.close();
      await page.close();
    });
  },
);
