// The treasurer's confirmPayment, then the seller's confirmOrder, shipOrder and deliverOrder are one life cycle; each
// step is checked here in turn. The seller can no longer confirm a payment (payments/tests covers who can).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { givenPlacedOrder, rawId, sellerStep, type TestApi, treasurerConfirms } from "./fixtures.ts";

describe("seller order steps", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("takes a bank-transfer order from payment to delivery, settling the seller less the fee", async () => {
    // given a pending bank-transfer order, its buyer and its seller
    const { order, business, buyer } = await givenPlacedOrder(api, { quantity: 2 });
    const seller = await api.signInAs("entrepreneur");

    // when the cooperative's treasurer confirms the payment, the seller the order and ships it
    const paid = await treasurerConfirms(api, order.id);
    const confirmed = await sellerStep(api, seller, "confirmOrder", order.id);
    const shipped = await sellerStep(api, seller, "shipOrder", order.id);
    // the seller cannot declare it delivered (and be paid before the goods arrive): nothing changes
    expect(await sellerStep(api, seller, "deliverOrder", order.id)).toMatchObject({
      __typename: "ReceiptIsTheBuyersError",
      message: expect.stringContaining("pembeli mengonfirmasi"),
    });
    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(order.id) } })).status).toBe("SHIPPED");
    // and the buyer confirms receipt
    const delivered = await sellerStep(api, buyer, "confirmReceipt", order.id);

    // then each step sets its status and timestamp
    expect(paid.data.payment).toMatchObject({ status: "CONFIRMED", orderSummaries: [{ status: "PAID" }] });
    expect(confirmed.data.order.confirmedAt).toBeTruthy();
    expect(shipped.data.order.shippedAt).toBeTruthy();
    expect(delivered.data.order).toMatchObject({ status: "DELIVERED" });
    expect(delivered.data.order.deliveredAt).toBeTruthy();
    // and the money moved: the business got subtotal - fee, the cooperative the fee
    const operating = await api.prisma.account.findUniqueOrThrow({
      where: { key: `business:${business.id}:operating` },
    });
    expect(operating.balance).toBeGreaterThanOrEqual(BigInt(delivered.data.order.sellerProceeds.amount));
    const transit = await api.prisma.account.findUniqueOrThrow({
      where: { key: `order:${rawId(order.id)}:in-transit` },
    });
    expect(transit.balance).toBe(0n);
  });

  it("confirms a cash-on-delivery order before payment and records the cash at delivery", async () => {
    const { order } = await givenPlacedOrder(api, { paymentMethod: "CASH_ON_DELIVERY" });
    const seller = await api.signInAs("entrepreneur");
    expect((await sellerStep(api, seller, "confirmOrder", order.id)).data.order.status).toBe("CONFIRMED");
    await sellerStep(api, seller, "shipOrder", order.id);
    const delivered = await sellerStep(api, seller, "deliverOrder", order.id);
    expect(delivered.data.order.status).toBe("DELIVERED");
    expect(delivered.data.order.paidAt).toBeTruthy();
    const payment = await api.prisma.journalEntry.count({
      where: { idempotencyKey: `order:${rawId(order.id)}:payment` },
    });
    expect(payment).toBe(1);
  });

  it("refuses steps out of order with InvalidOrderTransitionError, changing nothing", async () => {
    // given a pending bank-transfer order
    const { order } = await givenPlacedOrder(api);
    const seller = await api.signInAs("entrepreneur");
    // when the seller tries to confirm it unpaid, ship or deliver it
    expect(await sellerStep(api, seller, "confirmOrder", order.id)).toMatchObject({
      from: "PENDING_PAYMENT",
      to: "CONFIRMED",
    });
    expect(await sellerStep(api, seller, "shipOrder", order.id)).toMatchObject({
      from: "PENDING_PAYMENT",
      to: "SHIPPED",
    });
    expect(await sellerStep(api, seller, "deliverOrder", order.id)).toMatchObject({
      from: "PENDING_PAYMENT",
      to: "DELIVERED",
    });
    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(order.id) } })).status).toBe(
      "PENDING_PAYMENT",
    );
  });

  it("hides the order from anyone but its seller", async () => {
    const { order, buyer } = await givenPlacedOrder(api);
    expect((await sellerStep(api, buyer, "confirmOrder", order.id)).__typename).toBe("NotFoundError");
  });
});
