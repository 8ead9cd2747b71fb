// Load functions and form actions of the cart, checkout, orders and /usahaku against the real API
// on a seeded database, called as Kit calls them on the server (no browser).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadMyBusinesses } from "#lib/usahaku/my-business.server.ts";

import { apiCall, signInToken } from "../../testing/commerce-session.ts";
import { outcome, serverEvent, type ServerEventOptions } from "../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../testing/real-api.ts";
import * as cartPage from "./keranjang/+page.server.ts";
import * as checkoutPage from "./keranjang/checkout/+page.server.ts";
import * as orderPage from "./pesanan/[id]/+page.server.ts";
import * as ordersPage from "./pesanan/+page.server.ts";
import * as dashboard from "./usahaku/+page.server.ts";
import * as incoming from "./usahaku/pesanan/+page.server.ts";
import * as newProduct from "./usahaku/produk/baru/+page.server.ts";

type Any = any;

// Vitest resolves Kit's `#internal` to its browser half, whose redirect() reads window.location
// to tell a same-site location from an external one. Kit on the server needs no window.
// Set only after the API has started: PGlite takes a defined `window` for a browser and fails to load.
const fakeWindow = () => ((globalThis as Any).window ??= { location: { origin: "http://localhost" } });

let api: RealApi;
let buyer: string;
let seller: string;

/** A server request event as Kit builds it, with the session cookie and an optional form POST. */
const event = (path: string, options: ServerEventOptions = {}): Any => serverEvent(api.url, path, options);

async function productId(slug: string): Promise<string> {
  return (
    await apiCall<{ product: { id: string } }>(api.url, `query($s: String!) { product(slug: $s) { id } }`, { s: slug })
  ).product.id;
}

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  fakeWindow();
  buyer = await signInToken(api.url, "buyer");
  seller = await signInToken(api.url, "entrepreneur");
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe("cart /keranjang", () => {
  it("shows a visitor without a session their guest cart, and refuses a product that is not on sale", async () => {
    expect((await outcome(cartPage.load(event("/keranjang")))).value).toMatchObject({
      guest: true,
      cart: { itemCount: 0, businesses: [] },
    });
    const added = await outcome(
      (cartPage.actions as Any).tambah(
        event("/keranjang?/tambah", { form: { productId: "x", quantity: "1", kembali: "/produk/dodol-mangga-250-g" } }),
      ),
    );
    expect(added.value).toMatchObject({
      status: 400,
      data: { errors: { fields: { quantity: "Produk ini sedang tidak dijual." } } },
    });
  });

  it("adds, groups by business with subtotals, refuses too many and removes", async () => {
    const dodol = await productId("dodol-mangga-250-g");
    const added = await outcome(
      (cartPage.actions as Any).tambah(
        event("/keranjang?/tambah", { token: buyer, form: { productId: dodol, quantity: "2" } }),
      ),
    );
    expect(added).toEqual({ status: 303, location: "/keranjang?ditambah=1" });

    const { cart } = (await cartPage.load(event("/keranjang", { token: buyer }))) as Any;
    expect(cart.businesses).toHaveLength(1);
    expect(cart.businesses[0].lines[0].quantity).toBe(2);
    expect(cart.businesses[0].subtotal.amount).toBe(cart.total.amount);

    // Too many: the API's InsufficientStockError lands on that line's quantity, what was typed is kept
    const tooMany = await (cartPage.actions as Any).ubah(
      event("/keranjang?/ubah", { token: buyer, form: { productId: dodol, quantity: "999" } }),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.data.errors.fields.quantity).toBeTruthy();
    expect(tooMany.data.values.quantity).toBe("999");

    const removed = await (cartPage.actions as Any).hapus(
      event("/keranjang?/hapus", { token: buyer, form: { productId: dodol } }),
    );
    expect(removed).toEqual({ action: "hapus", removed: dodol });
    expect(((await cartPage.load(event("/keranjang", { token: buyer }))) as Any).cart.businesses).toEqual([]);
  });
});

describe("checkout /keranjang/checkout", () => {
  it("places one order per business; a double submit with the same key makes one checkout", async () => {
    const dodol = await productId("dodol-mangga-250-g");
    const siti = (
      await apiCall<Any>(
        api.url,
        `{ products(first: 1, filter: { search: "Keripik Singkong" }) { edges { node { id business { name } } } } }`,
      )
    ).products.edges[0].node;
    for (const id of [dodol, siti.id])
      await (cartPage.actions as Any)
        .tambah(event("/keranjang?/tambah", { token: buyer, form: { productId: id, quantity: "1" } }))
        .catch(() => {});

    const before = ((await ordersPage.load(event("/pesanan", { token: buyer }))) as Any).totalCount;
    const page = (await checkoutPage.load(event("/keranjang/checkout", { token: buyer }))) as Any;
    expect(page.cart.businesses).toHaveLength(2);
    expect(page.defaults.recipientName).toBe("Rina Kartika");

    // A missing phone: the API's validation message sits next to the phone field
    const form = {
      recipientName: "Rina",
      phone: "",
      address: "Jl. Melati 5, Indramayu",
      paymentMethod: "CASH_ON_DELIVERY",
      idempotencyKey: page.idempotencyKey,
    };
    const invalid = await (checkoutPage.actions as Any).default(event("/keranjang/checkout", { token: buyer, form }));
    expect(invalid.status).toBe(400);
    expect(invalid.data.errors.fields.phone).toBeTruthy();
    expect(invalid.data.values.address).toBe(form.address);

    const valid = { ...form, phone: "081234567890" };
    const first = await outcome(
      (checkoutPage.actions as Any).default(event("/keranjang/checkout", { token: buyer, form: valid })),
    );
    const second = await outcome(
      (checkoutPage.actions as Any).default(event("/keranjang/checkout", { token: buyer, form: valid })),
    );
    expect(first.status).toBe(303);
    expect(second.location).toBe(first.location);
    expect(new URL(first.location, "http://x").searchParams.getAll("pesanan")).toHaveLength(2);

    const history = (await ordersPage.load(event("/pesanan", { token: buyer }))) as Any;
    expect(history.totalCount).toBe(before + 2);
  });

  it("shows an InsufficientStockError on the cart line it is about", async () => {
    const dodol = await productId("dodol-mangga-250-g");
    await (cartPage.actions as Any)
      .tambah(event("/keranjang?/tambah", { token: buyer, form: { productId: dodol, quantity: "1" } }))
      .catch(() => {});
    // The seller of the dodol empties its stock after it went into the cart.
    const owner = (await apiCall<Any>(api.url, `{ product(slug: "dodol-mangga-250-g") { stock } }`)).product;
    const admin = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `mutation { signIn(input: { email: "admin@desamigran.id", password: "desa-migran-demo" }) { __typename } }`,
      }),
    });
    const adminToken = decodeURIComponent(admin.headers.getSetCookie()[0]!.split(";")[0]!.split("=")[1]!);
    await apiCall(
      api.url,
      `mutation($i: AdjustStockInput!) { adjustStock(input: $i) { __typename } }`,
      { i: { productId: dodol, delta: -owner.stock } },
      adminToken,
    );

    const key = crypto.randomUUID();
    const form = {
      recipientName: "Rina",
      phone: "081234567890",
      address: "Jl. Melati 5",
      paymentMethod: "BANK_TRANSFER",
      idempotencyKey: key,
    };
    const result = await (checkoutPage.actions as Any).default(event("/keranjang/checkout", { token: buyer, form }));
    expect(result.status).toBe(400);
    expect(result.data.lineErrors[dodol]).toBeTruthy();
  });
});

describe("orders /pesanan/[id]", () => {
  it("cancels with a reason while allowed; a missing reason is shown on the reason field", async () => {
    const history = (await ordersPage.load(event("/pesanan", { token: buyer }))) as Any;
    const order = history.orders.find((o: Any) => o.status === "PENDING_PAYMENT");
    const detail = (await orderPage.load(
      event(`/pesanan/${order.id}`, { token: buyer, params: { id: order.id } }),
    )) as Any;
    expect(detail.order.number).toBe(order.number);

    const empty = await (orderPage.actions as Any).batal(
      event(`/pesanan/${order.id}?/batal`, { token: buyer, params: { id: order.id }, form: { reason: "" } }),
    );
    expect(empty.status).toBe(400);
    expect(empty.data.errors.fields.reason).toBeTruthy();

    const cancelled = await (orderPage.actions as Any).batal(
      event(`/pesanan/${order.id}?/batal`, { token: buyer, params: { id: order.id }, form: { reason: "Salah pesan" } }),
    );
    expect(cancelled).toEqual({ cancelled: true });
    const after = (await orderPage.load(
      event(`/pesanan/${order.id}`, { token: buyer, params: { id: order.id } }),
    )) as Any;
    expect(after.order.status).toBe("CANCELLED");
    expect(after.order.cancelReason).toBe("Salah pesan");
  });

  it("is a 404 for another buyer", async () => {
    const history = (await ordersPage.load(event("/pesanan", { token: buyer }))) as Any;
    const id = history.orders[0].id;
    expect(await outcome(orderPage.load(event(`/pesanan/${id}`, { token: seller, params: { id } })))).toMatchObject({
      status: 404,
    });
  });
});

describe("entrepreneur /usahaku", () => {
  const parentFor = (token: string) => () => loadMyBusinesses(event("/usahaku", { token }));

  it("offers registration to a buyer without a business, with the API's errors on the fields", async () => {
    const page = (await dashboard.load(event("/usahaku", { token: buyer, parent: parentFor(buyer) }))) as Any;
    expect(page.villages.length).toBeGreaterThan(0);
    const failed = await (dashboard.actions as Any).daftar(
      event("/usahaku?/daftar", {
        token: buyer,
        form: { name: "", story: "", employees: "2", villageId: page.villages[0].id, cooperativeId: "" },
      }),
    );
    expect(failed.status).toBe(400);
    expect(failed.data.errors.fields.name).toBeTruthy();
    expect(failed.data.values.employees).toBe("2");
  });

  it("creates a draft product; a bad price is shown on the price field", async () => {
    const bad = {
      name: "Rengginang",
      description: "Renyah",
      priceIdr: "abc",
      stock: "5",
      unit: "pak",
      categoryId: "",
      imageUrls: "",
      weightGrams: "",
    };
    const categories = (
      (await newProduct.load(event("/usahaku/produk/baru", { token: seller, parent: parentFor(seller) }))) as Any
    ).categories;
    const failed = await (newProduct.actions as Any).default(
      event("/usahaku/produk/baru", { token: seller, form: { ...bad, categoryId: categories[0].id } }),
    );
    expect(failed.status).toBe(400);
    expect(failed.data.errors.fields.priceIdr).toBeTruthy();

    const created = await outcome(
      (newProduct.actions as Any).default(
        event("/usahaku/produk/baru", {
          token: seller,
          form: {
            ...bad,
            priceIdr: "Rp 15.000",
            categoryId: categories[0].id,
            imageUrls: "https://example.org/a.jpg\n\n",
          },
        }),
      ),
    );
    expect(created.status).toBe(303);
    expect(created.location).toMatch(/^\/usahaku\/produk\?dibuat=/);
  });

  it("moves an incoming order along and explains a transition that is not allowed", async () => {
    const page = (await incoming.load(event("/usahaku/pesanan", { token: seller, parent: parentFor(seller) }))) as Any;
    const order = page.orders.find(
      (o: Any) => o.status === "PENDING_PAYMENT" && o.paymentMethod === "CASH_ON_DELIVERY",
    );
    expect(order).toBeDefined();
    // Shipping before accepting is refused with InvalidOrderTransitionError, shown on that order
    const refused = await (incoming.actions as Any).kirim(
      event("/usahaku/pesanan?/kirim", { token: seller, form: { orderId: order.id } }),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.values.orderId).toBe(order.id);
    expect(refused.data.errors.form).toBeTruthy();

    for (const step of ["konfirmasi", "kirim", "selesai"]) {
      expect(
        await (incoming.actions as Any)[step](
          event(`/usahaku/pesanan?/${step}`, { token: seller, form: { orderId: order.id } }),
        ),
      ).toMatchObject({ done: true });
    }
    const after = (await incoming.load(
      event("/usahaku/pesanan?status=DELIVERED", { token: seller, parent: parentFor(seller) }),
    )) as Any;
    expect(after.orders.map((o: Any) => o.id)).toContain(order.id);
  });
});
