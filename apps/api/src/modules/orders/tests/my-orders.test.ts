// myOrders (buyers), Business.orders (sellers) and reading an Order through node(id).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid, givenPlacedOrder, type TestApi } from "./fixtures.ts";

describe("order queries", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists the buyer's orders newest first and shows one by node(id) to buyer and seller only", async () => {
    // given the buyer's order history from the seed, and two new orders
    const history = await api.gql(
      `{ myOrders(first: 1) { totalCount } }`,
      {},
      { session: await api.signInAs("buyer") },
    );
    const seeded: number = history.data!.myOrders.totalCount;
    const first = await givenPlacedOrder(api);
    const second = await givenPlacedOrder(api);
    // when the buyer lists their orders
    const mine = await api.gql(
      `{ myOrders(first: 10) { totalCount edges { node { id number status } } } }`,
      {},
      { session: second.buyer },
    );
    // then the newest comes first
    const ids = mine.data!.myOrders.edges.map((e: any) => e.node.id);
    expect(ids.slice(0, 2)).toEqual([second.order.id, first.order.id]);
    expect(mine.data!.myOrders.totalCount).toBe(seeded + 2);

    const NODE = `query($id: ID!) { node(id: $id) { ... on Order { number total { amount } lines { productName } } } }`;
    const asBuyer = await api.gql(NODE, { id: first.order.id }, { session: first.buyer });
    expect(asBuyer.data!.node.number).toBe(first.order.number);
    const seller = await api.signInAs("entrepreneur");
    expect((await api.gql(NODE, { id: first.order.id }, { session: seller })).data!.node.number).toBe(
      first.order.number,
    );
    const stranger = await api.createUserSession({ email: "nosy@example.id" });
    const asStranger = await api.gql(NODE, { id: first.order.id }, { session: stranger.token });
    expect(asStranger.data?.node ?? null).toBeNull();
    expect(asStranger.errors?.length).toBeGreaterThan(0);
    expect((await api.gql(NODE, { id: first.order.id })).data?.node ?? null).toBeNull();
  });

  it("shows a business its incoming orders, filtered by status, to the owner only", async () => {
    const { business, order } = await givenPlacedOrder(api);
    const Q = `query($slug: String!) { business(slug: $slug) { orders(first: 20, status: PENDING_PAYMENT) { totalCount edges { node { id status } } } } }`;
    const seller = await api.signInAs("entrepreneur");
    const result = await api.gql(Q, { slug: business.slug }, { session: seller });
    expect(result.errors).toBeUndefined();
    expect(result.data!.business.orders.edges.map((e: any) => e.node.id)).toContain(order.id);
    expect(result.data!.business.orders.edges.every((e: any) => e.node.status === "PENDING_PAYMENT")).toBe(true);

    const buyer = await api.signInAs("buyer");
    const asBuyer = await api.gql(Q, { slug: business.slug }, { session: buyer });
    expect(asBuyer.errors?.length).toBeGreaterThan(0);
    expect(gid("Business", business.id)).toBeTruthy();
  });
});
