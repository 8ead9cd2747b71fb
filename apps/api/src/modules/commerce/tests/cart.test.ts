// cart, addToCart, updateCartItem, removeFromCart.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import {
  entrepreneurProduct,
  ERROR_FIELDS,
  gid,
  otherProduct,
  STOCK_ERROR,
  type TestApi,
} from "../../orders/tests/fixtures.ts";

const CART = `cart { itemCount total { amount } lines { quantity lineTotal { amount } product { name } }
  businesses { business { name } subtotal { amount } lines { quantity } } }`;
const ADD = `mutation($input: AddToCartInput!) { addToCart(input: $input) { ... on MutationAddToCartSuccess { data { ${CART} } }
  ${ERROR_FIELDS} ${STOCK_ERROR} ... on CartQuantityLimitError { maximum } } }`;
const UPDATE = `mutation($input: UpdateCartItemInput!) { updateCartItem(input: $input) { ... on MutationUpdateCartItemSuccess { data { ${CART} } }
  ${ERROR_FIELDS} ${STOCK_ERROR} } }`;
const REMOVE = `mutation($input: RemoveFromCartInput!) { removeFromCart(input: $input) { ... on MutationRemoveFromCartSuccess { data { ${CART} } }
  ${ERROR_FIELDS} } }`;

describe("cart", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("adds to existing lines and totals per business and overall", async () => {
    // given two products of two businesses
    const { product, business } = await entrepreneurProduct(api, 20);
    const other = await otherProduct(api, business.id, 20);
    const buyer = await api.signInAs("buyer");
    // when the buyer adds 2 + 3 of one and 1 of the other
    await api.gql(ADD, { input: { productId: gid("Product", product.id), quantity: 2 } }, { session: buyer });
    await api.gql(ADD, { input: { productId: gid("Product", product.id), quantity: 3 } }, { session: buyer });
    const result = await api.gql(
      ADD,
      { input: { productId: gid("Product", other.id), quantity: 1 } },
      { session: buyer },
    );
    // then the cart has two lines, one group per business, and the right totals
    const cart = result.data!.addToCart.data.cart;
    expect(cart.itemCount).toBe(6);
    expect(cart.lines[0]).toMatchObject({ quantity: 5, lineTotal: { amount: String(product.priceIdr * 5n) } });
    expect(cart.businesses).toHaveLength(2);
    expect(cart.total.amount).toBe(String(product.priceIdr * 5n + other.priceIdr));
    const viewer = await api.gql(`{ viewer { ${CART} } }`, {}, { session: buyer });
    expect(viewer.data!.viewer.cart).toEqual(cart);
  });

  it("sets a quantity, removes with 0 or removeFromCart", async () => {
    const { product, business } = await entrepreneurProduct(api, 20);
    const other = await otherProduct(api, business.id, 20);
    const buyer = await api.signInAs("buyer");
    const updated = await api.gql(
      UPDATE,
      { input: { productId: gid("Product", product.id), quantity: 1 } },
      { session: buyer },
    );
    expect(updated.data!.updateCartItem.data.cart.lines[0].quantity).toBe(1);
    const zero = await api.gql(
      UPDATE,
      { input: { productId: gid("Product", product.id), quantity: 0 } },
      { session: buyer },
    );
    expect(zero.data!.updateCartItem.data.cart.lines).toHaveLength(1);
    const removed = await api.gql(REMOVE, { input: { productId: gid("Product", other.id) } }, { session: buyer });
    expect(removed.data!.removeFromCart.data.cart).toMatchObject({ itemCount: 0, lines: [] });
    const again = await api.gql(REMOVE, { input: { productId: gid("Product", other.id) } }, { session: buyer });
    expect(again.data!.removeFromCart.__typename).toBe("NotFoundError");
  });

  it("refuses a cart line above the per-line maximum, even in steps", async () => {
    // Given a product with plenty of stock and 600 units of it in the cart.
    const { product } = await entrepreneurProduct(api, 5000);
    const buyer = await api.signInAs("buyer");
    const mine = { productId: product.id, user: { email: "pembeli@desamigran.id" } };
    await api.prisma.cartItem.deleteMany({ where: mine });
    await api.gql(ADD, { input: { productId: gid("Product", product.id), quantity: 600 } }, { session: buyer });
    // When 600 more are added, the line would hold 1,200 > 999: refused, the line stays at 600.
    const over = await api.gql(
      ADD,
      { input: { productId: gid("Product", product.id), quantity: 600 } },
      { session: buyer },
    );
    expect(over.data!.addToCart).toMatchObject({ __typename: "CartQuantityLimitError", maximum: 999 });
    expect((await api.prisma.cartItem.findFirstOrThrow({ where: mine })).quantity).toBe(600);
    await api.prisma.cartItem.deleteMany({ where: mine });
  });

  it("refuses more than the stock, unpublished products, bad quantities and IDs of another type", async () => {
    const { product, business } = await entrepreneurProduct(api, 4);
    const buyer = await api.signInAs("buyer");
    const tooMany = await api.gql(
      ADD,
      { input: { productId: gid("Product", product.id), quantity: 5 } },
      { session: buyer },
    );
    expect(tooMany.data!.addToCart).toMatchObject({ __typename: "InsufficientStockError", available: 4, requested: 5 });
    for (const quantity of [0, -1, 1000, 2_000_000_000]) {
      const bad = await api.gql(
        ADD,
        { input: { productId: gid("Product", product.id), quantity } },
        { session: buyer },
      );
      expect(bad.data!.addToCart.__typename).toBe("InputValidationError");
    }
    const wrongType = await api.gql(
      ADD,
      { input: { productId: gid("Business", business.id), quantity: 1 } },
      { session: buyer },
    );
    expect(wrongType.data?.addToCart).toBeUndefined();
    expect(wrongType.errors?.length).toBeGreaterThan(0);
    await api.prisma.product.update({ where: { id: product.id }, data: { status: "UNPUBLISHED" } });
    const hidden = await api.gql(
      ADD,
      { input: { productId: gid("Product", product.id), quantity: 1 } },
      { session: buyer },
    );
    expect(hidden.data!.addToCart.__typename).toBe("ProductNotPublishedError");
    const anonymous = await api.gql(ADD, { input: { productId: gid("Product", product.id), quantity: 1 } });
    expect(anonymous.data!.addToCart.__typename).toBe("ForbiddenError");
    expect(await api.prisma.cartItem.count({ where: { productId: product.id } })).toBe(0);
  });
});
