// Delivery pages against the real API on a seeded database, as Kit calls them on the server: the owner's
// /usahaku/pengiriman, the delivery choice at checkout, shipping from /usahaku/pesanan, the buyer's receipt and
// contacts on /pesanan/[id], and the auto-completion by-law on /koperasi/[slug]/anggaran-dasar.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadCooperative } from "#lib/koperasi/access.ts";

import { apiCall, signInToken, signInTokenFor, TREASURER } from "../../testing/commerce-session.ts";
import { outcome, serverEvent, type ServerEventOptions } from "../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../testing/real-api.ts";
import * as cartPage from "./keranjang/+page.server.ts";
import * as checkoutPage from "./keranjang/checkout/+page.server.ts";
import * as bylawsPage from "./koperasi/[slug]/anggaran-dasar/+page.server.ts";
import * as channelsPage from "./koperasi/[slug]/kanal-pembayaran/+page.server.ts";
import * as orderPage from "./pesanan/[id]/+page.server.ts";
import * as deliveryPage from "./usahaku/pengiriman/+page.server.ts";
import * as incoming from "./usahaku/pesanan/+page.server.ts";

type Any = any;

const fakeWindow = () => ((globalThis as Any).window ??= { location: { origin: "http://localhost" } });

let api: RealApi;
let buyer: string;
let seller: string;

const event = (path: string, options: ServerEventOptions = {}): Any => serverEvent(api.url, path, options);

/** The settings form as the page posts it: the seeded values, with `changes`. */
async function settingsForm(changes: Record<string, string> = {}) {
  const page = (await deliveryPage.load(event("/usahaku/pengiriman", { token: seller }))) as Any;
  const d = page.delivery;
  const form: Record<string, string> = {
    contactPhone: page.contactPhone,
    pickupPlace: d.pickupPlace,
    pickupAddress: d.pickupAddress,
    pickupHours: d.pickupHours,
    courierNames: d.courierNames.join(", "),
    courierRateIdr: d.courierRate.amount,
  };
  if (d.pickupEnabled) form.pickupEnabled = "on";
  if (d.ownDeliveryEnabled) form.ownDeliveryEnabled = "on";
  if (d.courierEnabled) form.courierEnabled = "on";
  for (const rate of d.rates) form[`rate-${rate.regency.code}`] = rate.rate.amount;
  return { page, form: { ...form, ...changes } };
}

/** The seller's business with one product in the buyer's cart; returns the business's global ID. */
async function cartWithSellerProduct(): Promise<string> {
  const { viewer } = await apiCall<Any>(
    api.url,
    `{ viewer { businesses { id products(first: 1) { edges { node { id } } } } } }`,
    {},
    seller,
  );
  const business = viewer.businesses[0];
  // The action answers with a redirect back to the cart (thrown, as Kit does).
  await outcome(
    (cartPage.actions as Any).tambah(
      event("/keranjang?/tambah", {
        token: buyer,
        form: { productId: business.products.edges[0].node.id, quantity: "1" },
      }),
    ),
  );
  return business.id;
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

describe("delivery settings /usahaku/pengiriman", () => {
  it("sends a visitor without a session to sign in", async () => {
    expect(await outcome(deliveryPage.load(event("/usahaku/pengiriman")))).toMatchObject({ status: 303 });
  });

  it("shows the seeded options and saves a changed rate and phone; errors sit on their fields", async () => {
    const { page, form } = await settingsForm();
    expect(page.delivery.pickupEnabled).toBe(true);
    expect(page.delivery.rates.length).toBeGreaterThan(0);
    const code = page.delivery.rates[0].regency.code;

    // A rate that is not a number, and a courier switched on without a name, are refused on their fields
    const badRate = await (deliveryPage.actions as Any).default(
      event("/usahaku/pengiriman", { token: seller, form: { ...form, [`rate-${code}`]: "lima ribu" } }),
    );
    expect(badRate.status).toBe(400);
    expect(badRate.data.errors.fields[`rate-${code}`]).toMatch(/angka rupiah/);
    expect(badRate.data.values[`rate-${code}`]).toBe("lima ribu");
    const nameless = await (deliveryPage.actions as Any).default(
      event("/usahaku/pengiriman", { token: seller, form: { ...form, courierEnabled: "on", courierNames: "" } }),
    );
    expect(nameless.data.errors.fields.courierNames).toMatch(/nama kurir/);
    // Everything off: the API's rule, for the whole form
    const off = { ...form };
    delete off.pickupEnabled;
    delete off.ownDeliveryEnabled;
    delete off.courierEnabled;
    const none = await (deliveryPage.actions as Any).default(
      event("/usahaku/pengiriman", { token: seller, form: off }),
    );
    expect(none.data.errors.form).toMatch(/paling sedikit satu/);

    // A valid change is saved, the phone normalised
    const saved = await outcome(
      (deliveryPage.actions as Any).default(
        event("/usahaku/pengiriman", {
          token: seller,
          form: { ...form, [`rate-${code}`]: "Rp 17.500", contactPhone: "0813 1111 2222" },
        }),
      ),
    );
    expect(saved).toEqual({ status: 303, location: "/usahaku/pengiriman?disimpan=1" });
    const after = (await deliveryPage.load(event("/usahaku/pengiriman?disimpan=1", { token: seller }))) as Any;
    expect(after.saved).toBe(true);
    expect(after.contactPhone).toBe("+6281311112222");
    expect(after.delivery.rates.find((r: Any) => r.regency.code === code).rate.amount).toBe("17500");
  });
});

describe("checkout with delivery, shipping and receipt", () => {
  it("shows each business's options, refuses an unserved regency on the regency field, and places a courier order", async () => {
    const businessId = await cartWithSellerProduct();
    const page = (await checkoutPage.load(event("/keranjang/checkout", { token: buyer }))) as Any;
    expect(page.deliveries[businessId].methods).toContain("COURIER");
    const served = page.deliveries[businessId].rates.map((r: Any) => r.regency.code);
    const unserved = page.provinces.flatMap((p: Any) => p.regencies).find((r: Any) => !served.includes(r.code));
    const base = {
      recipientName: "Rina",
      phone: "081234567890",
      address: "Jl. Melati 5",
      paymentMethod: "BANK_TRANSFER",
      idempotencyKey: page.idempotencyKey,
    };

    // "Hitung ongkir" only fills the form again with the choices made
    const quoted = await (checkoutPage.actions as Any).default(
      event("/keranjang/checkout", {
        token: buyer,
        form: { ...base, regency: served[0], [`delivery-${businessId}`]: "OWN_DELIVERY", intent: "hitung" },
      }),
    );
    expect(quoted).toMatchObject({ quoted: true, values: { regency: served[0] } });
    expect(quoted.values[`delivery-${businessId}`]).toBe("OWN_DELIVERY");

    // Own delivery to a regency the business does not serve: the API's reason on the regency field
    const refused = await (checkoutPage.actions as Any).default(
      event("/keranjang/checkout", {
        token: buyer,
        form: { ...base, regency: unserved.code, [`delivery-${businessId}`]: "OWN_DELIVERY" },
      }),
    );
    expect(refused.status).toBe(400);
    expect(refused.data.errors.fields.regency).toContain(`tidak mengantar sendiri ke ${unserved.name}`);

    // A courier: placed, with the courier fee on the order and in its total
    const placed = await outcome(
      (checkoutPage.actions as Any).default(
        event("/keranjang/checkout", {
          token: buyer,
          form: { ...base, regency: unserved.code, [`delivery-${businessId}`]: "COURIER" },
        }),
      ),
    );
    expect(placed.status).toBe(303);
    const orderId = new URL(placed.location, "http://x").searchParams.get("pesanan")!;
    const { order } = (await orderPage.load(
      event(`/pesanan/${orderId}`, { token: buyer, params: { id: orderId } }),
    )) as Any;
    expect(order.deliveryMethod).toBe("COURIER");
    expect(order.deliveryFee.amount).toBe(page.deliveries[businessId].courierRate.amount);
    // and the buyer's page has the seller's and the cooperative's phones for WhatsApp
    expect(order.business.contactPhone).toMatch(/^\+62/);
    expect(order.business.cooperative.contactPhone).toMatch(/^\+62/);

    // When the treasurer has confirmed and the seller accepted it
    const { node } = await apiCall<Any>(
      api.url,
      `query($id: ID!) { node(id: $id) { ... on Order { payment { id } } } }`,
      { id: orderId },
      buyer,
    );
    const confirmed = await apiCall<Any>(
      api.url,
      `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { __typename } }`,
      { input: { paymentId: node.payment.id } },
      await signInTokenFor(api.url, TREASURER),
    );
    expect(confirmed.confirmPayment.__typename).toBe("MutationConfirmPaymentSuccess");
    expect(
      await (incoming.actions as Any).konfirmasi(
        event("/usahaku/pesanan?/konfirmasi", { token: seller, form: { orderId } }),
      ),
    ).toMatchObject({ done: true });

    // the buyer cannot confirm receipt before it ships
    const early = await (orderPage.actions as Any).terima(
      event(`/pesanan/${orderId}?/terima`, { token: buyer, params: { id: orderId }, form: {} }),
    );
    expect(early.status).toBe(400);
    expect(early.data.errors.form).toBeTruthy();

    // the seller's ship without a tracking number is refused on the tracking field
    const untracked = await (incoming.actions as Any).kirim(
      event("/usahaku/pesanan?/kirim", { token: seller, form: { orderId, courierName: "JNE", trackingNumber: "" } }),
    );
    expect(untracked.status).toBe(400);
    expect(untracked.data.errors.fields.trackingNumber).toMatch(/nomor resi/);
    expect(
      await (incoming.actions as Any).kirim(
        event("/usahaku/pesanan?/kirim", {
          token: seller,
          form: { orderId, courierName: "JNE", trackingNumber: "JNE-77001", note: "" },
        }),
      ),
    ).toMatchObject({ done: true });

    // the seller's page does not let them confirm receipt; the buyer's page does
    expect(
      await outcome(
        (orderPage.actions as Any).terima(
          event(`/pesanan/${orderId}?/terima`, { token: seller, params: { id: orderId }, form: {} }),
        ),
      ),
    ).toMatchObject({ value: { status: 400 } });
    expect(
      await (orderPage.actions as Any).terima(
        event(`/pesanan/${orderId}?/terima`, { token: buyer, params: { id: orderId }, form: {} }),
      ),
    ).toEqual({ received: true });
    const done = (await orderPage.load(event(`/pesanan/${orderId}`, { token: buyer, params: { id: orderId } }))) as Any;
    expect(done.order).toMatchObject({ status: "DELIVERED", trackingNumber: "JNE-77001", courierName: "JNE" });
  }, 60_000);
});

describe("auto-completion by-law /koperasi/[slug]/anggaran-dasar", () => {
  it("shows the days, refuses 0 on its field and saves 10 for an officer", async () => {
    const officer = await signInToken(api.url, "cooperativeOfficer");
    const { viewer } = await apiCall<Any>(
      api.url,
      `{ viewer { cooperativeOffices { cooperative { slug } } } }`,
      {},
      officer,
    );
    const slug = viewer.cooperativeOffices[0].cooperative.slug;
    const base = `/koperasi/${slug}/anggaran-dasar`;
    const coopEvent = (path: string, options: ServerEventOptions = {}) => {
      const ev: Any = serverEvent(api.url, path, { ...options, params: { slug } });
      ev.parent = () => loadCooperative(ev);
      return ev;
    };
    const page = (await bylawsPage.load(coopEvent(base, { token: officer }))) as Any;
    expect(page.bylaws.autoCompleteDays).toBe(7);
    const form = {
      quorumPct: "50",
      majorityPct: "50",
      meetingCallers: "OFFICERS",
      equityRefundOnLeaving: "on",
      fundingMaxTargetIdr: "",
      fundingMaxReturnPercent: "",
    };
    const zero = await (bylawsPage.actions as Any).simpan(
      coopEvent(`${base}?/simpan`, { token: officer, form: { ...form, autoCompleteDays: "0" } }),
    );
    expect(zero.data.errors.fields.autoCompleteDays).toMatch(/paling cepat 1 hari/);
    expect(
      await outcome(
        (bylawsPage.actions as Any).simpan(
          coopEvent(`${base}?/simpan`, { token: officer, form: { ...form, autoCompleteDays: "10" } }),
        ),
      ),
    ).toEqual({ status: 303, location: `${base}?disimpan=1` });
    expect(((await bylawsPage.load(coopEvent(base))) as Any).bylaws.autoCompleteDays).toBe(10);
  });
});

describe("cooperative contact /koperasi/[slug]/kanal-pembayaran", () => {
  it("lets an officer set the phone (E.164), refuses a wrong one on its field, and refuses a member", async () => {
    const officer = await signInToken(api.url, "cooperativeOfficer");
    const { viewer } = await apiCall<Any>(
      api.url,
      `{ viewer { cooperativeOffices { cooperative { slug } } } }`,
      {},
      officer,
    );
    const slug = viewer.cooperativeOffices[0].cooperative.slug;
    const base = `/koperasi/${slug}/kanal-pembayaran`;
    const coopEvent = (path: string, options: ServerEventOptions = {}) => {
      const ev: Any = serverEvent(api.url, path, { ...options, params: { slug } });
      ev.parent = () => loadCooperative(ev);
      return ev;
    };
    const member = await signInToken(api.url, "household");
    expect(
      await outcome(
        (channelsPage.actions as Any).kontak(
          coopEvent(`${base}?/kontak`, { token: member, form: { contactPhone: "0812-1111-2222" } }),
        ),
      ),
    ).toMatchObject({ status: 403 });
    const wrong = await (channelsPage.actions as Any).kontak(
      coopEvent(`${base}?/kontak`, { token: officer, form: { contactPhone: "12345" } }),
    );
    expect(wrong.data.errors.fields.contactPhone).toMatch(/Nomor telepon tidak valid/);
    expect(
      await outcome(
        (channelsPage.actions as Any).kontak(
          coopEvent(`${base}?/kontak`, { token: officer, form: { contactPhone: "0812-1111-2222" } }),
        ),
      ),
    ).toEqual({ status: 303, location: `${base}?disimpan=1` });
    const page = (await channelsPage.load(coopEvent(base, { token: officer }))) as Any;
    expect(page.contactPhone).toBe("+6281211112222");
  });
});
