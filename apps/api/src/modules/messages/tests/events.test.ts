// Events write their messages in their own transaction, through the real API: an order placed, paid, cancelled; a
// payment rejected; a rolled-back event leaves none; preferences turn a category off; English readers get English.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { placeOrder as placeOrderService } from "../../orders/service.ts";
import {
  addToCart,
  decidePayment,
  entrepreneurProduct,
  ERROR_FIELDS,
  gid,
  givenPlacedOrder,
  placeOrder,
  rawId,
  sellerStep,
  type TestApi,
  treasurerConfirms,
  treasurerSession,
} from "../../orders/tests/fixtures.ts";
import { updateProtectionCase } from "../../protection/service.ts";

const BUYER = "pembeli@desamigran.id";
const SELLER = "wirausaha@desamigran.id";

const SET_PREFERENCES = `mutation($input: SetMessagePreferencesInput!) { setMessagePreferences(input: $input) {
  ... on MutationSetMessagePreferencesSuccess { data { preferences { category enabled } } } ${ERROR_FIELDS} } }`;

describe("messages on events", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  }, 180_000);
  afterAll(() => api?.cleanup());

  /** Messages queued since `since`, oldest first, as the outbox holds them. */
  const messagesSince = (since: Date, toEmail?: string) =>
    api.prisma.outboxMessage.findMany({
      where: { createdAt: { gte: since }, ...(toEmail ? { toEmail } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });

  it("tells the buyer and the seller of a placed order, in Bahasa Indonesia by default", async () => {
    // given a buyer with the entrepreneur's product in the cart
    const since = new Date();
    const { order } = await givenPlacedOrder(api, { quantity: 2 });

    // then the buyer's and the seller's messages were written with the order
    const toBuyer = await messagesSince(since, BUYER);
    expect(toBuyer.map((m) => m.kind)).toEqual(["order.placed.buyer"]);
    expect(toBuyer[0]!.subject).toBe(`Pesanan ${order.number} diterima`);
    expect(toBuyer[0]!.body).toContain("Bayar ke koperasi sebelum batas waktu");
    const toSeller = await messagesSince(since, SELLER);
    expect(toSeller.map((m) => m.kind)).toEqual(["order.placed.seller"]);
    expect(toSeller[0]!.subject).toBe(`Pesanan baru ${order.number}`);
    expect(toSeller[0]!.html).toContain("<a href=");
  });

  it("writes no message when placing the order fails, nor when its transaction rolls back afterwards", async () => {
    // given a cart line for more than the stock
    const { product } = await entrepreneurProduct(api, 1);
    const buyer = await api.signInAs("buyer");
    await api.prisma.cartItem.deleteMany({ where: { user: { email: BUYER } } });
    await addToCart(api, buyer, product.id, 1);
    await api.prisma.product.update({ where: { id: product.id }, data: { stock: 0 } });
    const since = new Date();

    // when the buyer places it, it is refused and no one is told anything
    const refused = await placeOrder(api, buyer);
    expect(refused.data!.placeOrder.__typename).toBe("InsufficientStockError");
    expect(await messagesSince(since)).toEqual([]);

    // when the order is placed inside a transaction that then fails, its messages go with it
    await api.prisma.product.update({ where: { id: product.id }, data: { stock: 5 } });
    const buyerUser = await api.prisma.user.findUniqueOrThrow({ where: { email: BUYER } });
    await expect(
      api.prisma.$transaction(async (tx) => {
        await placeOrderService(tx, buyerUser.id, {
          idempotencyKey: `rollback-${Date.now()}`,
          paymentMethod: "BANK_TRANSFER",
          recipientName: "Rina Kartika",
          phone: "+6281234567890",
          address: "Jl. Raya Juntinyuat No. 12, Indramayu",
        });
        expect(await tx.outboxMessage.count({ where: { createdAt: { gte: since } } })).toBe(2);
        throw new Error("a later step failed");
      }),
    ).rejects.toThrow("a later step failed");
    expect(await messagesSince(since)).toEqual([]);
    await api.prisma.cartItem.deleteMany({ where: { user: { email: BUYER } } });
  });

  it("tells the buyer the payment is confirmed and the seller the order is paid; a rejection carries its reason", async () => {
    // given a placed order paid by transfer
    const { order } = await givenPlacedOrder(api);
    const since = new Date();

    // when the treasurer confirms its payment
    await treasurerConfirms(api, order.id);

    // then the buyer reads it is paid, the seller that it may ship
    const toBuyer = await messagesSince(since, BUYER);
    expect(toBuyer.map((m) => m.kind)).toEqual(["payment.confirmed"]);
    expect(toBuyer[0]!.body).toContain(order.number);
    expect((await messagesSince(since, SELLER)).map((m) => m.subject)).toEqual([
      `Pesanan ${order.number} sudah dibayar`,
    ]);

    // given another order whose proof the treasurer rejects
    const second = await givenPlacedOrder(api);
    const payment = await api.prisma.payment.findFirstOrThrow({
      where: { orders: { some: { id: rawId(second.order.id) } } },
    });
    await api.prisma.payment.update({ where: { id: payment.id }, data: { status: "PROOF_SUBMITTED" } });
    const beforeReject = new Date();
    const treasurer = await treasurerSession(api, payment.cooperativeId!);
    const decided = await decidePayment(api, treasurer, gid("Payment", payment.id), "Transfer belum masuk ke rekening");
    expect(decided.__typename).toBe("MutationRejectPaymentSuccess");
    const rejected = await messagesSince(beforeReject, BUYER);
    expect(rejected.map((m) => m.kind)).toEqual(["payment.rejected"]);
    expect(rejected[0]!.body).toContain("Transfer belum masuk ke rekening");
  });

  it("tells the buyer when the order is shipped, with its tracking number, and when the seller records delivery", async () => {
    // given a cash-on-delivery order the seller confirmed
    const { order } = await givenPlacedOrder(api, { paymentMethod: "CASH_ON_DELIVERY" });
    const seller = await api.signInAs("entrepreneur");
    await sellerStep(api, seller, "confirmOrder", order.id);
    const since = new Date();

    // when the seller ships it and later records the handover (and the cash)
    await sellerStep(api, seller, "shipOrder", order.id, { note: "Diantar Sabtu pagi" });
    await sellerStep(api, seller, "deliverOrder", order.id);

    // then the buyer was told both, naming the order
    const toBuyer = await messagesSince(since, BUYER);
    expect(toBuyer.map((m) => m.kind)).toEqual(["order.shipped", "order.delivered"]);
    expect(toBuyer.every((m) => m.subject.includes(order.number))).toBe(true);
  });

  it("tells only the other party of a cancellation", async () => {
    // given a placed order
    const { buyer, order } = await givenPlacedOrder(api);
    const since = new Date();

    // when the buyer cancels it
    const result = await api.gql(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename } }`,
      { input: { orderId: order.id, reason: "Salah pesan ukuran" } },
      { session: buyer },
    );
    expect(result.data!.cancelOrder.__typename).toBe("MutationCancelOrderSuccess");

    // then the seller reads why, and the buyer (who did it) gets nothing
    const toSeller = await messagesSince(since, SELLER);
    expect(toSeller.map((m) => m.kind)).toEqual(["order.cancelled"]);
    expect(toSeller[0]!.body).toContain("Pembeli membatalkan pesanan");
    expect(toSeller[0]!.body).toContain("Salah pesan ukuran");
    expect(await messagesSince(since, BUYER)).toEqual([]);
  });

  it("lets a user turn a category off (and only for themselves), and writes in English to English readers", async () => {
    // given the buyer reads English and turns order messages off, keeping investments
    const buyer = await api.signInAs("buyer");
    await api.prisma.user.update({ where: { email: BUYER }, data: { locale: "en" } });
    const set = await api.gql(SET_PREFERENCES, { input: { enabledCategories: ["INVESTMENTS"] } }, { session: buyer });
    expect(set.data!.setMessagePreferences.data.preferences).toEqual([
      { category: "ORDERS", enabled: false },
      { category: "INVESTMENTS", enabled: true },
      { category: "COOPERATIVE", enabled: false },
      { category: "PROTECTION", enabled: false },
    ]);
    const viewer = await api.gql(`{ viewer { messagePreferences { category enabled } } }`, {}, { session: buyer });
    expect(viewer.data!.viewer.messagePreferences[0]).toEqual({ category: "ORDERS", enabled: false });
    // and the seller's own preferences are untouched by it
    const seller = await api.signInAs("entrepreneur");
    const sellerView = await api.gql(`{ viewer { messagePreferences { enabled } } }`, {}, { session: seller });
    expect(sellerView.data!.viewer.messagePreferences.every((p: { enabled: boolean }) => p.enabled)).toBe(true);

    // when the buyer places an order
    const since = new Date();
    const { order } = await givenPlacedOrder(api);

    // then the buyer gets nothing, the seller still does
    expect(await messagesSince(since, BUYER)).toEqual([]);
    expect((await messagesSince(since, SELLER)).map((m) => m.kind)).toEqual(["order.placed.seller"]);

    // when the buyer turns orders back on and the seller cancels, the buyer reads it in English
    await api.gql(SET_PREFERENCES, { input: { enabledCategories: ["ORDERS"] } }, { session: buyer });
    const cancelled = await api.gql(
      `mutation($input: CancelIncomingOrderInput!) { cancelIncomingOrder(input: $input) { __typename } }`,
      { input: { orderId: order.id, reason: "Stok habis di gudang" } },
      { session: seller },
    );
    expect(cancelled.errors).toBeUndefined();
    const toBuyer = await messagesSince(since, BUYER);
    expect(toBuyer.map((m) => [m.locale, m.subject])).toEqual([["en", `Order ${order.number} cancelled`]]);
    expect(toBuyer[0]!.body).toContain("Money already paid is refunded in full.");
    expect(toBuyer[0]!.body).not.toContain("Pesanan");
    await api.prisma.user.update({ where: { email: BUYER }, data: { locale: "id" } });
  });

  it("refuses preferences to anyone not signed in", async () => {
    const result = await api.gql(SET_PREFERENCES, { input: { enabledCategories: [] } });
    expect(result.data?.setMessagePreferences ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toBeTruthy();
  });

  it("tells the handling officer of a protection case's step, without the case's details", async () => {
    // given an open case handled by the village officer
    const protectionCase = await api.prisma.protectionCase.findFirstOrThrow({
      where: { status: { notIn: ["RESOLVED", "CLOSED_UNRESOLVED"] }, handlerId: { not: null } },
      include: { handler: true },
    });
    const since = new Date();

    // when the case moves on
    await updateProtectionCase(
      api.prisma,
      { caseId: protectionCase.id, status: "IN_PROGRESS", note: "Sudah menghubungi agen penempatan." },
      protectionCase.handlerId!,
    );

    // then its handler is told the step, and nothing of the person or the summary
    const toHandler = await messagesSince(since, protectionCase.handler!.email);
    expect(toHandler.map((m) => m.kind)).toEqual(["protection.case.step"]);
    expect(toHandler[0]!.subject).toMatch(/sedang ditangani|in progress/);
    expect(toHandler[0]!.body).not.toContain(protectionCase.summary.slice(0, 20));
  });

  it("shows the outbox outside production only: the production schema has no developmentOutbox", async () => {
    // given messages in the outbox, a development API lists them (newest first)
    const list = await api.gql(`query($to: String) { developmentOutbox(toEmail: $to) { toEmail kind subject } }`, {
      to: SELLER,
    });
    expect(list.data!.developmentOutbox[0]).toMatchObject({ toEmail: SELLER });

    // when the schema is built in production, the query does not exist there
    const schemaFile = path.resolve(import.meta.dirname, "../../../schema.ts");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        `const { schema } = await import(${JSON.stringify(schemaFile)});` +
          `console.log(JSON.stringify(Object.keys(schema.getQueryType().getFields()).filter((f) => /outbox/i.test(f))));`,
      ],
      { env: { ...process.env, NODE_ENV: "production" } },
    );
    expect(JSON.parse(stdout.trim().split("\n").pop()!)).toEqual([]);
  }, 120_000);
});
