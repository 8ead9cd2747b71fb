// mergeGuestCart: a guest's cart joins the account's cart at sign-in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid, type TestApi } from "../../orders/tests/fixtures.ts";

const MERGE = `mutation($input: MergeGuestCartInput!) {
  mergeGuestCart(input: $input) {
    __typename
    ... on MutationMergeGuestCartSuccess {
      data { cart { itemCount lines { quantity product { name } } } notes { productName reason quantityInCart } }
    }
    ... on InputValidationError { issues { message } }
    ... on Error { message }
  }
}`;
const ADD = `mutation($input: AddToCartInput!) { addToCart(input: $input) { __typename } }`;

describe("guest cart merge", () => {
  let api: TestApi;
  let products: { id: string; name: string }[];
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    products = await api.prisma.product.findMany({
      where: { status: "PUBLISHED", business: { status: "ACTIVE" } },
      orderBy: { slug: "asc" },
      take: 4,
      select: { id: true, name: true },
    });
  });
  afterAll(() => api?.cleanup());

  let counter = 0;
  const buyer = async () => (await api.createUserSession({ email: `tamu-${++counter}@contoh.id` })).token;
  const stock = (index: number, units: number) =>
    api.prisma.product.update({ where: { id: products[index]!.id }, data: { stock: units } });
  const line = (index: number, quantity: number) => ({ productId: gid("Product", products[index]!.id), quantity });

  it("adds the guest's quantities to the account's cart, capped by the stock, with a note for the cap", async () => {
    // given an account with 2 of product 0 in its cart, product 0 with 5 in stock and product 1 with 10
    await stock(0, 5);
    await stock(1, 10);
    const session = await buyer();
    await api.gql(ADD, { input: line(0, 2) }, { session });
    // when the guest cart with 4 of product 0 and 3 of product 1 joins it
    const result = await api.gql(MERGE, { input: { lines: [line(0, 4), line(1, 3)] } }, { session });
    // then product 0 is capped at its stock (2 + 4 > 5) and product 1 is added as it was
    const data = result.data?.mergeGuestCart.data;
    expect(data.cart.lines).toEqual([
      { quantity: 5, product: { name: products[0]!.name } },
      { quantity: 3, product: { name: products[1]!.name } },
    ]);
    expect(data.notes).toEqual([{ productName: products[0]!.name, reason: "CAPPED", quantityInCart: 5 }]);
  });

  it("drops an unpublished and an out-of-stock product, each with a note, and keeps the rest", async () => {
    await stock(1, 10);
    await stock(2, 0);
    await api.prisma.product.update({ where: { id: products[3]!.id }, data: { status: "DRAFT" } });
    const session = await buyer();
    try {
      const result = await api.gql(MERGE, { input: { lines: [line(1, 1), line(2, 1), line(3, 2)] } }, { session });
      const data = result.data?.mergeGuestCart.data;
      expect(data.cart).toMatchObject({ itemCount: 1, lines: [{ quantity: 1, product: { name: products[1]!.name } }] });
      expect(data.notes).toEqual(
        expect.arrayContaining([
          { productName: products[2]!.name, reason: "OUT_OF_STOCK", quantityInCart: 0 },
          { productName: products[3]!.name, reason: "NOT_ON_SALE", quantityInCart: 0 },
        ]),
      );
      expect(data.notes).toHaveLength(2);
    } finally {
      await api.prisma.product.update({ where: { id: products[3]!.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("never lowers a line already in the account's cart when the stock fell below it", async () => {
    await stock(1, 10);
    const session = await buyer();
    await api.gql(ADD, { input: line(1, 8) }, { session });
    await stock(1, 4);
    const result = await api.gql(MERGE, { input: { lines: [line(1, 1)] } }, { session });
    const data = result.data?.mergeGuestCart.data;
    expect(data.cart.lines).toEqual([{ quantity: 8, product: { name: products[1]!.name } }]);
    expect(data.notes).toEqual([{ productName: products[1]!.name, reason: "CAPPED", quantityInCart: 8 }]);
  });

  it("refuses a guest, more than 20 lines, and a quantity outside 1-999", async () => {
    const anonymous = await api.gql(MERGE, { input: { lines: [line(1, 1)] } });
    expect(anonymous.data?.mergeGuestCart).toMatchObject({ __typename: "ForbiddenError" });

    const session = await buyer();
    const many = await api.gql(MERGE, { input: { lines: Array.from({ length: 21 }, () => line(1, 1)) } }, { session });
    expect(many.data?.mergeGuestCart).toMatchObject({
      __typename: "InputValidationError",
      issues: [{ message: "Keranjang tamu paling banyak 20 baris." }],
    });
    const huge = await api.gql(MERGE, { input: { lines: [line(1, 1000)] } }, { session });
    expect(huge.data?.mergeGuestCart.__typename).toBe("InputValidationError");
    expect(await api.prisma.cartItem.count({ where: { user: { email: `tamu-${counter}@contoh.id` } } })).toBe(0);
  });
});
