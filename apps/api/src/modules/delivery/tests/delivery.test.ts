// Delivery end to end through the API: a business's options, the buyer's choice and fee at checkout (per regency),
// shipping with a courier, the buyer's receipt, and the auto-completion sweep with a fake clock, with the books.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { registeredJobs, runJobOnce } from "../../../jobs/runner.ts";
import { AUTO_COMPLETE_ORDERS_JOB } from "../../orders/jobs.ts";
import {
  addToCart,
  entrepreneurProduct,
  ERROR_FIELDS,
  gid,
  placeOrder,
  rawId,
  sellerStep,
  type TestApi,
  treasurerConfirms,
} from "../../orders/tests/fixtures.ts";

const SETTINGS = `mutation($input: UpdateDeliverySettingsInput!) { updateDeliverySettings(input: $input) {
  ... on MutationUpdateDeliverySettingsSuccess { data { business { contactPhone delivery { methods pickupAddress
    courierNames courierRate { amount } rates { regency { name } rate { amount } } } } } }
  ${ERROR_FIELDS} ... on DeliverySettingsIncompleteError { field } } }`;

describe("delivery", () => {
  let api: TestApi;
  let business: Awaited<ReturnType<typeof entrepreneurProduct>>["business"];
  let product: Awaited<ReturnType<typeof entrepreneurProduct>>["product"];
  let indramayu: string;
  let cilacap: string;
  let seller: string;
  let buyer: string;

  const settings = (overrides: Record<string, unknown> = {}) => ({
    businessId: gid("Business", business.id),
    pickupEnabled: true,
    pickupPlace: "BUSINESS",
    pickupAddress: "Rumah produksi, Blok Pesisir RT 03, Juntinyuat",
    pickupHours: "Senin–Sabtu 08.00–16.00",
    ownDeliveryEnabled: true,
    rates: [{ regencyId: gid("Regency", indramayu), rateIdr: "12000" }],
    courierEnabled: true,
    courierNames: ["JNE", "SiCepat"],
    courierRateIdr: "21000",
    contactPhone: "0812-3456-7890",
    ...overrides,
  });

  /** The buyer's cart: 2 units of the product; checkout with the given delivery choice. */
  const checkout = async (method: string | null, regencyId: string | null, extra: Record<string, unknown> = {}) => {
    await api.prisma.cartItem.deleteMany({ where: { user: { email: "pembeli@desamigran.id" } } });
    await addToCart(api, buyer, product.id, 2);
    return placeOrder(api, buyer, {
      ...(regencyId ? { regencyId: gid("Regency", regencyId) } : {}),
      ...(method ? { deliveries: [{ businessId: gid("Business", business.id), method }] } : {}),
      ...extra,
    });
  };

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    ({ business, product } = await entrepreneurProduct(api, 500));
    indramayu = (await api.prisma.regency.findUniqueOrThrow({ where: { code: "3212" } })).id;
    cilacap = (await api.prisma.regency.findUniqueOrThrow({ where: { code: "3301" } })).id;
    seller = await api.signInAs("entrepreneur");
    buyer = await api.signInAs("buyer");
  });
  afterAll(() => api?.cleanup());

  it("lets the owner set pickup, own delivery per regency and a courier, keeping at least one on", async () => {
    // when the owner saves all three with a contact phone written the local way
    const saved = await api.gql(SETTINGS, { input: settings() }, { session: seller });
    // then they are public as saved, the phone in E.164
    expect(saved.data!.updateDeliverySettings.data.business).toEqual({
      contactPhone: "+6281234567890",
      delivery: {
        methods: ["PICKUP", "OWN_DELIVERY", "COURIER"],
        pickupAddress: "Rumah produksi, Blok Pesisir RT 03, Juntinyuat",
        courierNames: ["JNE", "SiCepat"],
        courierRate: { amount: "21000" },
        rates: [{ regency: { name: "Indramayu" }, rate: { amount: "12000" } }],
      },
    });

    // and switching everything off, a courier without a name, or a bad phone is refused, in words
    const off = await api.gql(
      SETTINGS,
      { input: settings({ pickupEnabled: false, ownDeliveryEnabled: false, courierEnabled: false }) },
      { session: seller },
    );
    expect(off.data!.updateDeliverySettings).toMatchObject({
      __typename: "NoDeliveryMethodError",
      message: expect.stringContaining("paling sedikit satu cara pengiriman"),
    });
    const nameless = await api.gql(SETTINGS, { input: settings({ courierNames: [] }) }, { session: seller });
    expect(nameless.data!.updateDeliverySettings).toMatchObject({ field: "courierNames" });
    const phone = await api.gql(SETTINGS, { input: settings({ contactPhone: "12" }) }, { session: seller });
    expect(phone.data!.updateDeliverySettings).toMatchObject({
      __typename: "InputValidationError",
      issues: [{ path: ["input", "contactPhone"], message: expect.stringContaining("0812-3456-7890") }],
    });

    // and another business's owner cannot change them
    const stranger = await api.signInAs("buyer");
    const refused = await api.gql(SETTINGS, { input: settings({ courierRateIdr: "1" }) }, { session: stranger });
    expect(refused.data?.updateDeliverySettings?.__typename ?? refused.errors?.[0]?.message).not.toBe(
      "MutationUpdateDeliverySettingsSuccess",
    );
    const still = await api.prisma.deliverySettings.findUniqueOrThrow({ where: { businessId: business.id } });
    expect(still.courierRateIdr).toBe(21_000n);
  });

  it("prices own delivery by the buyer's regency and refuses a regency the business does not serve", async () => {
    // when the buyer in Indramayu chooses own delivery
    const placed = await checkout("OWN_DELIVERY", indramayu);
    const order = placed.data!.placeOrder.data.checkout.orders[0];
    // then the order's delivery fee is Indramayu's rate, and the total and the payment include it
    expect(order).toMatchObject({ deliveryMethod: "OWN_DELIVERY", deliveryFee: { amount: "12000" } });
    expect(BigInt(order.total.amount)).toBe(BigInt(order.subtotal.amount) + 12_000n);
    const payment = await api.prisma.payment.findFirstOrThrow({ where: { orders: { some: { id: rawId(order.id) } } } });
    expect(payment.amountIdr).toBe(BigInt(order.total.amount));
    expect(placed.data!.placeOrder.data.checkout.total.amount).toBe(order.total.amount);

    // when a buyer in Cilacap (not served) or without a regency chooses it, the checkout is refused and nothing kept
    const before = await api.prisma.order.count();
    const far = await checkout("OWN_DELIVERY", cilacap);
    expect(far.data!.placeOrder).toMatchObject({
      __typename: "RegencyNotServedError",
      message: expect.stringContaining("tidak mengantar sendiri ke Cilacap"),
    });
    const none = await checkout("OWN_DELIVERY", null);
    expect(none.data!.placeOrder.__typename).toBe("RegencyNotServedError");
    // and in English for a reader who asks for it
    await api.prisma.cartItem.deleteMany({ where: { user: { email: "pembeli@desamigran.id" } } });
    await addToCart(api, buyer, product.id, 1);
    const english = await api.gql(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { ${ERROR_FIELDS} } }`,
      {
        input: {
          idempotencyKey: `english-${Date.now()}`,
          paymentMethod: "BANK_TRANSFER",
          recipientName: "Rina",
          phone: "081234567890",
          address: "Jl. Gatot Subroto 1, Cilacap",
          regencyId: gid("Regency", cilacap),
          deliveries: [{ businessId: gid("Business", business.id), method: "OWN_DELIVERY" }],
        },
      },
      { session: buyer, headers: { "accept-language": "en" } },
    );
    expect(english.data!.placeOrder.message).toContain("does not deliver to Cilacap");
    expect(await api.prisma.order.count()).toBe(before);

    // and a courier costs the flat courier rate wherever the buyer is; pickup is free and shows where and when
    const courier = await checkout("COURIER", cilacap);
    expect(courier.data!.placeOrder.data.checkout.orders[0]).toMatchObject({ deliveryFee: { amount: "21000" } });
    const pickup = await checkout(null, null);
    expect(pickup.data!.placeOrder.data.checkout.orders[0]).toMatchObject({
      deliveryMethod: "PICKUP",
      deliveryFee: { amount: "0" },
      pickupAddress: "Rumah produksi, Blok Pesisir RT 03, Juntinyuat",
      pickupHours: "Senin–Sabtu 08.00–16.00",
    });
  });

  it("refuses a method the business does not offer, and no choice where it offers no pickup, keeping nothing", async () => {
    // given the business delivers by courier only
    const courierOnly = await api.gql(
      SETTINGS,
      { input: settings({ pickupEnabled: false, ownDeliveryEnabled: false }) },
      { session: seller },
    );
    expect(courierOnly.data!.updateDeliverySettings.data.business.delivery.methods).toEqual(["COURIER"]);
    const before = await api.prisma.order.count();

    // when the buyer asks for its own delivery, then the checkout is refused naming the business
    const own = await checkout("OWN_DELIVERY", indramayu);
    expect(own.data!.placeOrder.__typename).toBe("DeliveryMethodUnavailableError");
    expect(own.data!.placeOrder.message).toContain(business.name);
    // and when the buyer chooses nothing (there is no pickup to fall back on), it is refused too
    const none = await checkout(null, null);
    expect(none.data!.placeOrder.__typename).toBe("DeliveryMethodUnavailableError");
    expect(none.data!.placeOrder.message).toMatch(/Pilih cara pengiriman/);
    expect(await api.prisma.order.count()).toBe(before);

    // the business offers all three again for the tests after this one
    await api.gql(SETTINGS, { input: settings() }, { session: seller });
  });

  it("ships with a courier only with its tracking number; only the buyer confirms receipt, and the seller is paid", async () => {
    // given a paid, accepted courier order
    const placed = await checkout("COURIER", cilacap);
    const order = placed.data!.placeOrder.data.checkout.orders[0];
    await treasurerConfirms(api, order.id);
    await sellerStep(api, seller, "confirmOrder", order.id);

    // when the buyer tries to ship it, or another business's owner, they cannot
    expect((await sellerStep(api, buyer, "shipOrder", order.id)).__typename).toBe("NotFoundError");
    const otherOwner = await api.prisma.business.findFirstOrThrow({
      where: { ownerId: { not: business.ownerId } },
      include: { owner: true },
    });
    const other = await api.createSessionFor(otherOwner.owner.email);
    expect((await sellerStep(api, other, "shipOrder", order.id)).__typename).toBe("NotFoundError");
    // and the seller without a tracking number is told what is missing
    const untracked = await sellerStep(api, seller, "shipOrder", order.id, { courierName: "JNE" });
    expect(untracked).toMatchObject({
      __typename: "TrackingNumberRequiredError",
      message: expect.stringContaining("nomor resinya"),
    });
    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(order.id) } })).status).toBe("CONFIRMED");

    // when the seller ships with courier and tracking number
    const shippedAt = Date.now();
    const shipped = await sellerStep(api, seller, "shipOrder", order.id, {
      courierName: "JNE",
      trackingNumber: "JNE0123456789",
      note: "Dikirim sore ini",
    });
    expect(shipped.data.order).toMatchObject({
      status: "SHIPPED",
      courierName: "JNE",
      trackingNumber: "JNE0123456789",
      shippingNote: "Dikirim sore ini",
    });
    // then it completes by itself after the cooperative's default 7 days unless confirmed
    const autoAt = new Date(shipped.data.order.autoCompleteAt).getTime();
    expect(autoAt - shippedAt).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(autoAt - shippedAt).toBeLessThan(7 * 86_400_000 + 60_000);

    // when the seller tries to confirm receipt, they cannot
    const bySeller = await sellerStep(api, seller, "confirmReceipt", order.id);
    expect(bySeller).toMatchObject({
      __typename: "ForbiddenError",
      message: "Hanya pembeli yang dapat menyatakan pesanan sudah diterima.",
    });
    // nor another signed-in user, and nothing moved
    const stranger = await api.signInAs("household");
    expect((await sellerStep(api, stranger, "confirmReceipt", order.id)).__typename).toBe("ForbiddenError");
    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(order.id) } })).status).toBe("SHIPPED");
    // and the buyer can
    const received = await sellerStep(api, buyer, "confirmReceipt", order.id);
    expect(received.data.order).toMatchObject({ status: "DELIVERED" });

    // then the seller got goods + delivery less the fee (on goods only), the cooperative the fee, transit is empty
    const entries = await api.prisma.journalEntry.findMany({
      where: { idempotencyKey: `order:${rawId(order.id)}:settlement` },
      include: { postings: { include: { account: true } } },
    });
    expect(entries).toHaveLength(1);
    const byKind = Object.fromEntries(entries[0]!.postings.map((p) => [p.account.key.split(":")[0], p.amount]));
    const subtotal = BigInt(order.subtotal.amount);
    const fee = BigInt(order.fee.amount);
    expect(fee).toBe((subtotal * BigInt(business.cooperative!.marketplaceFeeBps)) / 10_000n);
    expect(byKind.business).toBe(subtotal + 21_000n - fee);
    expect(byKind.cooperative).toBe(fee);
    const transit = await api.prisma.account.findUniqueOrThrow({
      where: { key: `order:${rawId(order.id)}:in-transit` },
    });
    expect(transit.balance).toBe(0n);
    // and confirming twice changes nothing
    expect((await sellerStep(api, buyer, "confirmReceipt", order.id)).__typename).toBe("InvalidOrderTransitionError");
  });

  it("completes a shipped order by itself after the by-law's days, exactly once, with the seller paid once", async () => {
    // given the cooperative's by-law of 3 days, and a paid order shipped by own delivery
    await api.prisma.cooperative.update({ where: { id: business.cooperativeId! }, data: { autoCompleteDays: 3 } });
    const placed = await checkout("OWN_DELIVERY", indramayu);
    const order = placed.data!.placeOrder.data.checkout.orders[0];
    await treasurerConfirms(api, order.id);
    await sellerStep(api, seller, "confirmOrder", order.id);
    const shipped = await sellerStep(api, seller, "shipOrder", order.id, { note: "Diantar Sabtu pagi" });
    const autoAt = new Date(shipped.data.order.autoCompleteAt);
    expect(autoAt.getTime() - new Date(shipped.data.order.shippedAt).getTime()).toBe(3 * 86_400_000);
    const job = registeredJobs().find((j) => j.name === AUTO_COMPLETE_ORDERS_JOB)!;

    // when the sweep runs a minute early, nothing happens
    await runJobOnce(api.prisma, job, new Date(autoAt.getTime() - 60_000));
    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(order.id) } })).status).toBe("SHIPPED");

    // when it runs at the time, twice at once, then again later
    await Promise.all([runJobOnce(api.prisma, job, autoAt), runJobOnce(api.prisma, job, autoAt)]);
    await runJobOnce(api.prisma, job, new Date(autoAt.getTime() + 86_400_000));

    // then the order is DELIVERED at that time, settled by one entry, and the buyer can no longer confirm it
    const done = await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(order.id) } });
    expect(done).toMatchObject({ status: "DELIVERED", deliveredAt: autoAt });
    const settlements = await api.prisma.journalEntry.findMany({
      where: { idempotencyKey: { startsWith: `order:${rawId(order.id)}:` } },
      select: { kind: true },
      orderBy: { createdAt: "asc" },
    });
    expect(settlements.map((e) => e.kind)).toEqual(["ORDER_PAYMENT", "ORDER_SETTLEMENT"]);
    const transit = await api.prisma.account.findUniqueOrThrow({
      where: { key: `order:${rawId(order.id)}:in-transit` },
    });
    expect(transit.balance).toBe(0n);
    expect((await sellerStep(api, buyer, "confirmReceipt", order.id)).__typename).toBe("InvalidOrderTransitionError");
  });

  it("keeps the by-law within 1-30 days, changed by the cooperative's officers with an audit entry", async () => {
    const officer = await api.signInAs("cooperativeOfficer");
    const cooperative = await api.prisma.cooperative.findFirstOrThrow({
      where: { officers: { some: { user: { email: "koperasi@desamigran.id" } } } },
    });
    const update = (autoCompleteDays: number, session: string) =>
      api.gql(
        `mutation($input: UpdateCooperativeBylawsInput!) { updateCooperativeBylaws(input: $input) {
          ... on MutationUpdateCooperativeBylawsSuccess { data { cooperative { bylaws { autoCompleteDays } } } }
          ${ERROR_FIELDS} } }`,
        { input: { cooperativeId: gid("Cooperative", cooperative.id), autoCompleteDays } },
        { session },
      );
    for (const wrong of [0, 31]) {
      expect((await update(wrong, officer)).data!.updateCooperativeBylaws.__typename).toBe("InputValidationError");
    }
    const changed = await update(10, officer);
    expect(changed.data!.updateCooperativeBylaws.data.cooperative.bylaws.autoCompleteDays).toBe(10);
    const audit = await api.prisma.auditLog.findFirstOrThrow({
      where: { action: "cooperative.bylaws.update", targetId: cooperative.id },
      orderBy: { createdAt: "desc" },
    });
    expect(audit.data).toMatchObject({ after: { autoCompleteDays: 10 } });
    // and a seller cannot change it
    const bySeller = await update(1, seller);
    expect(bySeller.data?.updateCooperativeBylaws?.__typename).not.toBe("MutationUpdateCooperativeBylawsSuccess");
  });
});
