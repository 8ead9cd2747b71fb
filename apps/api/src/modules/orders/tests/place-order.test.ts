import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { addToCart, entrepreneurProduct, gid, newKey, otherProduct, placeOrder, type TestApi } from "./fixtures.ts";

describe("placeOrder", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("turns a cart with two businesses into one checkout and one order per business, reserving stock", async () => {
    // given a buyer with 3 units from the entrepreneur's business and 2 from another business in the cart
    const { product, business } = await entrepreneurProduct(api, 10);
    const other = await otherProduct(api, business.id, 10);
    const buyer = await api.signInAs("buyer");
    await addToCart(api, buyer, product.id, 3);
    await addToCart(api, buyer, other.id, 2);

    // when the buyer places the order
    const result = await placeOrder(api, buyer);

    // then there are two orders with copied names and prices, a fee from the cooperative, and the stock is reserved
    expect(result.errors).toBeUndefined();
    const { checkout, replayed } = result.data!.placeOrder.data;
    expect(replayed).toBe(false);
    expect(checkout.orders).toHaveLength(2);
    const mine = checkout.orders.find((o: any) => o.lines[0].productName === product.name);
    expect(mine.number).toMatch(/^DM-\d{4}-\d{6}$/);
    expect(mine.status).toBe("PENDING_PAYMENT");
    expect(mine.subtotal).toEqual({ amount: String(product.priceIdr * 3n), currency: "IDR" });
    const feeBps = BigInt(business.cooperative!.marketplaceFeeBps);
    expect(mine.fee.amount).toBe(String((product.priceIdr * 3n * feeBps) / 10_000n));
    expect(mine.lines[0]).toMatchObject({ quantity: 3, unitPrice: { amount: String(product.priceIdr) } });
    expect(checkout.total.amount).toBe(String(product.priceIdr * 3n + other.priceIdr * 2n));
    expect(new Set(checkout.orders.map((o: any) => o.number)).size).toBe(2);
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(7);
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: other.id } })).stock).toBe(8);
    // and the cart is empty
    const cart = await api.gql(`{ cart { itemCount lines { quantity } } }`, {}, { session: buyer });
    expect(cart.data!.cart).toEqual({ itemCount: 0, lines: [] });
  });

  it("returns the same checkout for a replayed idempotency key and creates nothing", async () => {
    // given a placed order
    const { product } = await entrepreneurProduct(api, 10);
    const buyer = await api.signInAs("buyer");
    await addToCart(api, buyer, product.id, 1);
    const key = newKey();
    const first = await placeOrder(api, buyer, { idempotencyKey: key });
    const ordersBefore = await api.prisma.order.count();

    // when the same request is sent again (even with a refilled cart)
    await addToCart(api, buyer, product.id, 1);
    const again = await placeOrder(api, buyer, { idempotencyKey: key });

    // then the same orders come back, flagged as replayed, and nothing new is written
    expect(again.data!.placeOrder.data.replayed).toBe(true);
    expect(again.data!.placeOrder.data.checkout.orders.map((o: any) => o.number)).toEqual(
      first.data!.placeOrder.data.checkout.orders.map((o: any) => o.number),
    );
    expect(await api.prisma.order.count()).toBe(ordersBefore);
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(9);
    await api.prisma.cartItem.deleteMany({});
  });

  it("refuses another buyer's idempotency key with IdempotencyConflictError, writing nothing", async () => {
    // given a buyer's placed order
    const { product } = await entrepreneurProduct(api, 10);
    const buyer = await api.signInAs("buyer");
    await addToCart(api, buyer, product.id, 1);
    const key = newKey();
    expect((await placeOrder(api, buyer, { idempotencyKey: key })).data!.placeOrder.data.replayed).toBe(false);
    const ordersBefore = await api.prisma.order.count();

    // when another account with a cart of its own checks out with the same key
    const other = await api.signInAs("household");
    await addToCart(api, other, product.id, 2);
    const conflict = await placeOrder(api, other, { idempotencyKey: key });

    // then it is refused, no order is written, no stock is taken and the cart stays
    expect(conflict.data!.placeOrder.__typename).toBe("IdempotencyConflictError");
    expect(await api.prisma.order.count()).toBe(ordersBefore);
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(9);
    const cart = await api.gql(`{ cart { itemCount } }`, {}, { session: other });
    expect(cart.data!.cart.itemCount).toBe(2);
    await api.prisma.cartItem.deleteMany({});
  });

  it("refuses an empty cart with EmptyCartError", async () => {
    const buyer = await api.signInAs("buyer");
    await api.prisma.cartItem.deleteMany({});
    const result = await placeOrder(api, buyer);
    expect(result.data!.placeOrder.__typename).toBe("EmptyCartError");
  });

  it("fails the whole checkout when one line is short of stock, writing nothing", async () => {
    // given a cart with a line whose stock was reduced after it was added
    const { product, business } = await entrepreneurProduct(api, 10);
    const other = await otherProduct(api, business.id, 10);
    const buyer = await api.signInAs("buyer");
    await addToCart(api, buyer, product.id, 2);
    await addToCart(api, buyer, other.id, 5);
    await api.prisma.product.update({ where: { id: other.id }, data: { stock: 4 } });
    const ordersBefore = await api.prisma.order.count();

    // when the buyer checks out
    const result = await placeOrder(api, buyer);

    // then InsufficientStockError names the product, and no stock, order or cart change happened
    expect(result.data!.placeOrder).toMatchObject({
      __typename: "InsufficientStockError",
      productId: gid("Product", other.id),
      available: 4,
      requested: 5,
    });
    expect(await api.prisma.order.count()).toBe(ordersBefore);
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(10);
    expect(await api.prisma.cartItem.count({ where: { user: { email: "pembeli@desamigran.id" } } })).toBe(2);
    await api.prisma.cartItem.deleteMany({});
  });

  it("refuses a product withdrawn from sale with ProductNotPublishedError", async () => {
    const { product } = await entrepreneurProduct(api, 10);
    const buyer = await api.signInAs("buyer");
    await addToCart(api, buyer, product.id, 1);
    await api.prisma.product.update({ where: { id: product.id }, data: { status: "UNPUBLISHED" } });
    const result = await placeOrder(api, buyer);
    expect(result.data!.placeOrder.__typename).toBe("ProductNotPublishedError");
    await api.prisma.cartItem.deleteMany({});
  });

  it("rejects bad input (short key, 1 MB address, bad phone) and anonymous callers", async () => {
    const buyer = await api.signInAs("buyer");
    for (const [field, value] of [
      ["idempotencyKey", "x"],
      ["address", "a".repeat(501)],
      ["phone", "<b>"],
    ] as const) {
      const bad = await placeOrder(api, buyer, { [field]: value });
      expect(bad.data!.placeOrder.__typename).toBe("InputValidationError");
      expect(bad.data!.placeOrder.issues[0].path).toEqual(["input", field]);
    }
    // a 1 MB body is refused before parsing
    const huge = await placeOrder(api, buyer, { address: "a".repeat(1_000_000) });
    expect(huge.status).toBe(413);
    const anonymous = await placeOrder(api, "");
    expect(anonymous.data!.placeOrder.__typename).toBe("ForbiddenError");
  });

  it("never oversells: 200 buyers race for a product with 50 in stock", async () => {
    // given a product with 50 units and 200 buyers with one unit each in their carts
    const { product } = await entrepreneurProduct(api, 50);
    const buyers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => api.createUserSession({ email: `racer${i}@example.id` })),
    );
    await api.prisma.cartItem.createMany({
      data: buyers.map((b) => ({ userId: b.user.id, productId: product.id, quantity: 1 })),
    });

    // when they all check out at once
    const results = await Promise.all(buyers.map((b) => placeOrder(api, b.token)));

    // then exactly 50 succeed, the others get InsufficientStockError, and the stock ends at 0
    const kinds = results.map((r) => r.data?.placeOrder.__typename ?? JSON.stringify(r.errors));
    expect(kinds.filter((k) => k === "MutationPlaceOrderSuccess")).toHaveLength(50);
    expect(kinds.filter((k) => k === "InsufficientStockError")).toHaveLength(150);
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    expect(await api.prisma.order.count({ where: { buyerId: { in: buyers.map((b) => b.user.id) } } })).toBe(50);
  }, 120_000);
});
