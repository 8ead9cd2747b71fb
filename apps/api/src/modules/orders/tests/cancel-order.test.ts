import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import {
  ERROR_FIELDS,
  givenPlacedOrder,
  ORDER_FIELDS,
  sellerStep,
  type TestApi,
  treasurerConfirms,
} from "./fixtures.ts";

const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) {
  ... on MutationCancelOrderSuccess { data { order { ${ORDER_FIELDS} } } } ${ERROR_FIELDS} ... on OrderNotCancellableError { status } } }`;

describe("cancelOrder", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("cancels a pending order and returns the stock", async () => {
    // given a pending order for 2 of 10 units
    const { buyer, product, order } = await givenPlacedOrder(api, { quantity: 2, stock: 10 });
    // when the buyer cancels it
    const result = await api.gql(CANCEL, { input: { orderId: order.id, reason: "Salah pesan" } }, { session: buyer });
    // then it is cancelled with the reason and the stock is back to 10
    expect(result.data!.cancelOrder.data.order).toMatchObject({ status: "CANCELLED", cancelReason: "Salah pesan" });
    expect(result.data!.cancelOrder.data.order.cancelledAt).toBeTruthy();
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
  });

  it("refunds a paid order in the ledger", async () => {
    // given a paid order
    const { buyer, order } = await givenPlacedOrder(api, { quantity: 1 });
    await treasurerConfirms(api, order.id);
    // when the buyer cancels it
    const result = await api.gql(
      CANCEL,
      { input: { orderId: order.id, reason: "Berubah pikiran" } },
      { session: buyer },
    );
    // then it is cancelled and the money held in transit went back out: the transit account is at 0
    expect(result.data!.cancelOrder.data.order.status).toBe("CANCELLED");
    const raw = Buffer.from(order.id, "base64").toString().split(":")[1];
    const transit = await api.prisma.account.findUniqueOrThrow({ where: { key: `order:${raw}:in-transit` } });
    expect(transit.balance).toBe(0n);
    expect(await api.prisma.journalEntry.count({ where: { idempotencyKey: `order:${raw}:refund` } })).toBe(1);
  });

  it("refuses once the seller confirmed, with OrderNotCancellableError", async () => {
    const { buyer, order } = await givenPlacedOrder(api, { paymentMethod: "CASH_ON_DELIVERY" });
    const seller = await api.signInAs("entrepreneur");
    await sellerStep(api, seller, "confirmOrder", order.id);
    const result = await api.gql(CANCEL, { input: { orderId: order.id, reason: "Terlambat" } }, { session: buyer });
    expect(result.data!.cancelOrder).toMatchObject({ __typename: "OrderNotCancellableError", status: "CONFIRMED" });
  });

  it("hides other buyers' orders (NotFoundError) and refuses an ID of another type", async () => {
    const { order } = await givenPlacedOrder(api);
    const stranger = await api.createUserSession({ email: "stranger@example.id" });
    const other = await api.gql(CANCEL, { input: { orderId: order.id, reason: "x" } }, { session: stranger.token });
    expect(other.data!.cancelOrder.__typename).toBe("NotFoundError");
    const buyer = await api.signInAs("buyer");
    const wrongType = await api.gql(
      CANCEL,
      {
        input: { orderId: Buffer.from("Product:0190f2c4-1c2d-7000-8000-000000000000").toString("base64"), reason: "x" },
      },
      { session: buyer },
    );
    expect(wrongType.data?.cancelOrder.__typename ?? wrongType.errors?.[0]?.message).not.toBe(
      "MutationCancelOrderSuccess",
    );
    expect(JSON.stringify(wrongType)).toMatch(/Order/);
  });
});
