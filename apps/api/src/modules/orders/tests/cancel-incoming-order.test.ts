import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import {
  ERROR_FIELDS,
  givenPlacedOrder,
  ORDER_FIELDS,
  rawId,
  sellerStep,
  type TestApi,
  TRANSITION_ERROR,
  treasurerConfirms,
} from "./fixtures.ts";

const CANCEL = `mutation($input: CancelIncomingOrderInput!) { cancelIncomingOrder(input: $input) {
  ... on MutationCancelIncomingOrderSuccess { data { order { ${ORDER_FIELDS} } } } ${ERROR_FIELDS} ${TRANSITION_ERROR} } }`;

describe("cancelIncomingOrder", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lets the seller cancel a paid, confirmed order: stock returned, money refunded", async () => {
    // given a paid and confirmed order for 3 of 20 units
    const { order, product } = await givenPlacedOrder(api, { quantity: 3, stock: 20 });
    const seller = await api.signInAs("entrepreneur");
    await treasurerConfirms(api, order.id);
    await sellerStep(api, seller, "confirmOrder", order.id);
    // when the seller cancels it
    const result = await api.gql(
      CANCEL,
      { input: { orderId: order.id, reason: "Bahan baku habis" } },
      { session: seller },
    );
    // then it is cancelled, the stock is 20 again and the payment was refunded
    expect(result.data!.cancelIncomingOrder.data.order).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Bahan baku habis",
    });
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(20);
    const transit = await api.prisma.account.findUniqueOrThrow({
      where: { key: `order:${rawId(order.id)}:in-transit` },
    });
    expect(transit.balance).toBe(0n);
  });

  it("refuses once shipped", async () => {
    const { order } = await givenPlacedOrder(api, { paymentMethod: "CASH_ON_DELIVERY" });
    const seller = await api.signInAs("entrepreneur");
    await sellerStep(api, seller, "confirmOrder", order.id);
    await sellerStep(api, seller, "shipOrder", order.id);
    const result = await api.gql(CANCEL, { input: { orderId: order.id, reason: "x" } }, { session: seller });
    expect(result.data!.cancelIncomingOrder).toMatchObject({
      __typename: "InvalidOrderTransitionError",
      from: "SHIPPED",
      to: "CANCELLED",
    });
  });

  it("is not available to the buyer or other users, and rejects a 1 MB reason", async () => {
    const { order, buyer } = await givenPlacedOrder(api);
    const asBuyer = await api.gql(CANCEL, { input: { orderId: order.id, reason: "x" } }, { session: buyer });
    expect(asBuyer.data!.cancelIncomingOrder.__typename).toBe("NotFoundError");
    const seller = await api.signInAs("entrepreneur");
    const huge = await api.gql(
      CANCEL,
      { input: { orderId: order.id, reason: "x".repeat(1_000_000) } },
      { session: seller },
    );
    expect(huge.status === 413 || huge.data?.cancelIncomingOrder.__typename === "InputValidationError").toBe(true);
    expect((await api.prisma.order.findUniqueOrThrow({ where: { id: rawId(order.id) } })).status).toBe(
      "PENDING_PAYMENT",
    );
  });
});
