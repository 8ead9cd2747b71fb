// Payments through GraphQL on a real database: one payment per cooperative at checkout, the buyer's proof, the
// treasurer's decision (never the seller's, nor another cooperative's treasurer), and cash on delivery.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import {
  addToCart,
  decidePayment,
  entrepreneurProduct,
  ERROR_FIELDS,
  gid,
  PAYMENT_FIELDS,
  placeOrder,
  rawId,
  type TestApi,
  treasurerSession,
} from "../../orders/tests/fixtures.ts";
import { parseQris } from "../qris.ts";

const CHECKOUT_PAYMENTS = `payments { ${PAYMENT_FIELDS} qrisPayload qrisSvg bankAccounts { bankName accountNumber holderName } }`;

const SUBMIT = `mutation($input: SubmitPaymentProofInput!) { submitPaymentProof(input: $input) {
  ... on MutationSubmitPaymentProofSuccess { data { payment { ${PAYMENT_FIELDS} } } }
  ${ERROR_FIELDS} ... on PaymentProofError { reason } ... on PaymentStatusError { status } } }`;

const png = () =>
  sharp({ create: { width: 40, height: 60, channels: 3, background: "#2a7" } })
    .png()
    .toBuffer();

describe("payments", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  /** A buyer's checkout of one product of the entrepreneur (cooperative A) and one of a business in cooperative B. */
  async function givenTwoCooperativeCheckout(paymentMethod = "BANK_TRANSFER") {
    const { product, business } = await entrepreneurProduct(api, 30);
    const other = await api.prisma.product.findFirstOrThrow({
      where: {
        status: "PUBLISHED",
        business: { status: "ACTIVE", cooperativeId: { not: null, notIn: [business.cooperativeId!] } },
      },
      include: { business: true },
      orderBy: { slug: "asc" },
    });
    await api.prisma.product.update({ where: { id: other.id }, data: { stock: 30 } });
    const buyer = await api.signInAs("buyer");
    await api.prisma.cartItem.deleteMany({ where: { user: { email: "pembeli@desamigran.id" } } });
    await addToCart(api, buyer, product.id, 2);
    await addToCart(api, buyer, other.id, 1);
    const placed = await api.gql(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
        ... on MutationPlaceOrderSuccess { data { checkout { total { amount } orders { id total { amount } }
          ${CHECKOUT_PAYMENTS} } } } ${ERROR_FIELDS} } }`,
      {
        input: {
          idempotencyKey: `pay-${Date.now()}-${Math.random()}`,
          paymentMethod,
          recipientName: "Rina Kartika",
          phone: "081234567890",
          address: "Jl. Raya Juntinyuat No. 12, Indramayu",
        },
      },
      { session: buyer },
    );
    if (placed.data?.placeOrder.__typename !== "MutationPlaceOrderSuccess") throw new Error(JSON.stringify(placed));
    return { buyer, business, other, product, checkout: placed.data.placeOrder.data.checkout };
  }

  it("splits a checkout into one payment per cooperative, each with its amount, deadline, QRIS and bank account", async () => {
    // given a cart with goods from two cooperatives' businesses, when the buyer checks out by transfer
    const { checkout } = await givenTwoCooperativeCheckout();
    // then there are two payments, one per cooperative, adding up to the checkout's total
    expect(checkout.payments).toHaveLength(2);
    const slugs = checkout.payments.map((p: { cooperative: { slug: string } }) => p.cooperative.slug);
    expect(new Set(slugs).size).toBe(2);
    const sum = checkout.payments.reduce(
      (s: bigint, p: { amount: { amount: string } }) => s + BigInt(p.amount.amount),
      0n,
    );
    expect(sum).toBe(BigInt(checkout.total.amount));
    for (const payment of checkout.payments) {
      expect(payment).toMatchObject({ status: "AWAITING_PAYMENT", kind: "TRANSFER", hasProof: false });
      expect(payment.reference).toMatch(/^BYR-[0-9A-Z]{8}$/);
      // 24 hours to pay
      expect(new Date(payment.deadlineAt).getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
      // the dynamic QRIS carries the amount and is drawn as an SVG
      expect(parseQris(payment.qrisPayload)).toMatchObject({ pointOfInitiation: "12", amount: payment.amount.amount });
      expect(payment.qrisSvg).toMatch(/^<svg[^>]+width="320"/);
      expect(payment.bankAccounts[0]).toMatchObject({ bankName: "BRI" });
    }
    expect(checkout.payments[0].reference).not.toBe(checkout.payments[1].reference);
  });

  it("lets only the buyer upload a proof, checked by content, and keeps it private", async () => {
    const { checkout, buyer } = await givenTwoCooperativeCheckout();
    const payment = checkout.payments[0];
    const proof = new File([await png()], "bukti.png");
    // someone else's upload is refused as if the payment did not exist, and changes nothing
    const stranger = await api.createUserSession({ email: `orang-lain-${Date.now()}@contoh.id` });
    const seller = await api.signInAs("entrepreneur");
    for (const session of [stranger.token, seller]) {
      const refused = await api.gql(SUBMIT, { input: { paymentId: payment.id, proof, amount: "1000" } }, { session });
      expect(refused.data?.submitPaymentProof.__typename).toBe("NotFoundError");
    }
    expect((await api.prisma.payment.findUniqueOrThrow({ where: { id: rawId(payment.id) } })).proofKey).toBeNull();
    // a text file named .png is refused by its content
    const fake = new File([new TextEncoder().encode("bukan gambar")], "bukti.png", { type: "image/png" });
    const wrong = await api.gql(
      SUBMIT,
      { input: { paymentId: payment.id, proof: fake, amount: "1000" } },
      { session: buyer },
    );
    expect(wrong.data?.submitPaymentProof).toMatchObject({
      __typename: "PaymentProofError",
      reason: "UNSUPPORTED_TYPE",
    });
    // the buyer's photo is taken: the payment waits for the treasurer with the amount the buyer states
    const sent = await api.gql(
      SUBMIT,
      { input: { paymentId: payment.id, proof, amount: payment.amount.amount } },
      { session: buyer },
    );
    expect(sent.data?.submitPaymentProof.data.payment).toMatchObject({
      status: "PROOF_SUBMITTED",
      hasProof: true,
      provenAmount: { amount: payment.amount.amount },
    });
    // a PDF is taken too (it replaces the photo)
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n%bukti transfer\n")], "bukti.pdf");
    const again = await api.gql(
      SUBMIT,
      { input: { paymentId: payment.id, proof: pdf, amount: "1000" } },
      { session: buyer },
    );
    expect(again.data?.submitPaymentProof.data.payment.status).toBe("PROOF_SUBMITTED");

    // the proof is served to the buyer and the cooperative's officers only, never on the public media route
    const stored = await api.prisma.payment.findUniqueOrThrow({ where: { id: rawId(payment.id) } });
    const get = (path: string, session?: string) =>
      api.yoga.fetch(`http://localhost${path}`, { headers: session ? { cookie: `dm_session=${session}` } : {} });
    const own = await get(`/payment-proofs/${stored.id}`, buyer);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("cache-control")).toContain("private");
    const treasurer = await treasurerSession(api, stored.cooperativeId!);
    expect((await get(`/payment-proofs/${stored.id}`, treasurer)).status).toBe(200);
    expect((await get(`/payment-proofs/${stored.id}`, seller)).status).toBe(404);
    expect((await get(`/payment-proofs/${stored.id}`)).status).toBe(404);
    expect((await get(`/media/${stored.proofKey}`)).status).toBe(404);
  });

  it("is confirmed only by the treasurer of its cooperative: not the seller, nor another cooperative's", async () => {
    // given a payment with a proof
    const { checkout, business } = await givenTwoCooperativeCheckout();
    const ids = checkout.payments.map((p: { id: string }) => rawId(p.id));
    // the payment the entrepreneur sells in, and the other cooperative's
    const sellerPayment = await api.prisma.payment.findFirstOrThrow({
      where: { id: { in: ids }, cooperativeId: business.cooperativeId },
    });
    const other = await api.prisma.payment.findFirstOrThrow({ where: { id: { in: ids, not: sellerPayment.id } } });
    const sellerPaymentId = gid("Payment", sellerPayment.id);
    const seller = await api.signInAs("entrepreneur");
    const chair = await api.signInAs("cooperativeOfficer");
    const otherTreasurer = await treasurerSession(api, other.cooperativeId!);
    const rightTreasurer = await treasurerSession(api, sellerPayment.cooperativeId!);

    // when the seller, a non-treasurer officer and another cooperative's treasurer try to confirm
    expect((await decidePayment(api, seller, sellerPaymentId)).__typename).toBe("NotFoundError");
    expect((await decidePayment(api, chair, sellerPaymentId)).__typename).toBe("NotFoundError");
    expect((await decidePayment(api, otherTreasurer, sellerPaymentId)).__typename).toBe("NotFoundError");
    // then nothing changed
    expect((await api.prisma.payment.findUniqueOrThrow({ where: { id: sellerPayment.id } })).status).toBe(
      "AWAITING_PAYMENT",
    );

    // when its own treasurer confirms, the orders are paid and the money is on the ledger
    const confirmed = await decidePayment(api, rightTreasurer, sellerPaymentId);
    expect(confirmed.data.payment).toMatchObject({ status: "CONFIRMED" });
    for (const order of confirmed.data.payment.orderSummaries) expect(order.status).toBe("PAID");
    const booked = await api.prisma.order.findMany({ where: { paymentId: sellerPayment.id } });
    for (const order of booked) {
      expect(await api.prisma.journalEntry.count({ where: { idempotencyKey: `order:${order.id}:payment` } })).toBe(1);
    }
    // and a second confirmation is refused
    expect(await decidePayment(api, rightTreasurer, sellerPaymentId)).toMatchObject({
      __typename: "PaymentStatusError",
      status: "CONFIRMED",
    });
  });

  it("refuses a treasurer who sells in the payment, and lets the treasurer reject a proof with a reason", async () => {
    const { checkout, business } = await givenTwoCooperativeCheckout();
    const payment = await api.prisma.payment.findFirstOrThrow({
      where: {
        orders: {
          some: { id: { in: checkout.orders.map((o: { id: string }) => rawId(o.id)) }, businessId: business.id },
        },
      },
    });
    // given the seller is made treasurer of the cooperative too
    const owner = await api.prisma.user.findUniqueOrThrow({ where: { email: "wirausaha@desamigran.id" } });
    await api.prisma.cooperativeOfficer.upsert({
      where: { userId_cooperativeId: { userId: owner.id, cooperativeId: business.cooperativeId! } },
      create: { userId: owner.id, cooperativeId: business.cooperativeId!, title: "Bendahara II", role: "TREASURER" },
      update: { role: "TREASURER" },
    });
    const sellerTreasurer = await api.signInAs("entrepreneur");
    expect((await decidePayment(api, sellerTreasurer, gid("Payment", payment.id))).__typename).toBe(
      "OwnBusinessPaymentError",
    );
    await api.prisma.cooperativeOfficer.deleteMany({
      where: { userId: owner.id, cooperativeId: business.cooperativeId! },
    });

    // a proof is rejected with a reason the buyer reads; too short a reason is refused
    await api.prisma.payment.update({
      where: { id: payment.id },
      data: { status: "PROOF_SUBMITTED", provenAmountIdr: 5_000n, proofSubmittedAt: new Date() },
    });
    const treasurer = await treasurerSession(api, business.cooperativeId!);
    expect((await decidePayment(api, treasurer, gid("Payment", payment.id), "kurang")).__typename).toBe(
      "InputValidationError",
    );
    const rejected = await decidePayment(
      api,
      treasurer,
      gid("Payment", payment.id),
      "Nominal di bukti Rp 5.000, kurang.",
    );
    expect(rejected.data.payment).toMatchObject({
      status: "REJECTED",
      rejectReason: "Nominal di bukti Rp 5.000, kurang.",
    });
  });

  it("refuses a treasurer who sells in the payment a rejection too, leaving the proof waiting", async () => {
    // given a payment for the entrepreneur's goods whose proof waits for the treasurer
    const { checkout, business } = await givenTwoCooperativeCheckout();
    const payment = await api.prisma.payment.findFirstOrThrow({
      where: {
        orders: {
          some: { id: { in: checkout.orders.map((o: { id: string }) => rawId(o.id)) }, businessId: business.id },
        },
      },
    });
    await api.prisma.payment.update({
      where: { id: payment.id },
      data: { status: "PROOF_SUBMITTED", provenAmountIdr: payment.amountIdr, proofSubmittedAt: new Date() },
    });
    // and the seller is made treasurer of the cooperative too
    const owner = await api.prisma.user.findUniqueOrThrow({ where: { email: "wirausaha@desamigran.id" } });
    await api.prisma.cooperativeOfficer.upsert({
      where: { userId_cooperativeId: { userId: owner.id, cooperativeId: business.cooperativeId! } },
      create: { userId: owner.id, cooperativeId: business.cooperativeId!, title: "Bendahara II", role: "TREASURER" },
      update: { role: "TREASURER" },
    });
    try {
      // when the seller, as treasurer, rejects the proof
      const sellerTreasurer = await api.signInAs("entrepreneur");
      const refused = await decidePayment(
        api,
        sellerTreasurer,
        gid("Payment", payment.id),
        "Bukti ini tidak saya temukan di rekening.",
      );

      // then it is refused with the reason, and the proof still waits for another treasurer
      expect(refused.__typename).toBe("OwnBusinessPaymentError");
      expect(refused.message).toMatch(/Anda penjual dalam pembayaran ini/);
      const after = await api.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } });
      expect({ status: after.status, rejectReason: after.rejectReason, decidedById: after.decidedById }).toEqual({
        status: "PROOF_SUBMITTED",
        rejectReason: null,
        decidedById: null,
      });
    } finally {
      await api.prisma.cooperativeOfficer.deleteMany({
        where: { userId: owner.id, cooperativeId: business.cooperativeId! },
      });
    }
  });

  it("cancels a payment whose only order the buyer cancelled, leaving the other cooperative's as it was", async () => {
    const { checkout, buyer, other } = await givenTwoCooperativeCheckout();
    const theirs = await api.prisma.order.findFirstOrThrow({
      where: { id: { in: checkout.orders.map((o: { id: string }) => rawId(o.id)) }, businessId: other.businessId },
    });
    const cancelled = await api.gql(
      `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) { __typename } }`,
      { input: { orderId: gid("Order", theirs.id), reason: "Salah pilih toko." } },
      { session: buyer },
    );
    expect(cancelled.data?.cancelOrder.__typename).toBe("MutationCancelOrderSuccess");
    const payments = await api.prisma.payment.findMany({
      where: { id: { in: checkout.payments.map((p: { id: string }) => rawId(p.id)) } },
    });
    const byCooperative = new Map(payments.map((p) => [p.cooperativeId, p.status]));
    expect(byCooperative.get(other.business.cooperativeId)).toBe("CANCELLED");
    expect([...byCooperative.values()].filter((s) => s === "AWAITING_PAYMENT")).toHaveLength(1);
  });

  it("takes cash on delivery as its own status, and refuses a transfer to a business outside any cooperative", async () => {
    // cash on delivery is never "waiting for payment" and has no deadline
    const { checkout } = await givenTwoCooperativeCheckout("CASH_ON_DELIVERY");
    for (const payment of checkout.payments) {
      expect(payment).toMatchObject({ kind: "CASH_ON_DELIVERY", status: "CASH_ON_DELIVERY", deadlineAt: null });
      expect(payment.qrisPayload).toBeNull();
    }
    // a business without a cooperative: transfer refused with a clear message, nothing reserved
    const { product, business } = await entrepreneurProduct(api, 10);
    await api.prisma.business.update({ where: { id: business.id }, data: { cooperativeId: null } });
    try {
      const buyer = await api.signInAs("buyer");
      await api.prisma.cartItem.deleteMany({ where: { user: { email: "pembeli@desamigran.id" } } });
      await addToCart(api, buyer, product.id, 1);
      const refused = await placeOrder(api, buyer, {});
      expect(refused.data?.placeOrder.__typename).toBe("TransferNeedsCooperativeError");
      expect(refused.data?.placeOrder.message).toMatch(/bayar di tempat/);
      expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
      const cod = await placeOrder(api, buyer, { paymentMethod: "CASH_ON_DELIVERY" });
      expect(cod.data?.placeOrder.__typename).toBe("MutationPlaceOrderSuccess");
    } finally {
      await api.prisma.business.update({ where: { id: business.id }, data: { cooperativeId: business.cooperativeId } });
    }
  });
});
