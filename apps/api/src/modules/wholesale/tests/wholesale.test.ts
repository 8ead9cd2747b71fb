// Wholesale between villages through GraphQL: the seller's tiers and their rules, the tier price at checkout, who may
// buy for which cooperative, and the order going through the same payment and ledger as any other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, noViolations } from "../../../../test/ledger-invariants.ts";
import {
  addToCart,
  entrepreneurProduct,
  ERROR_FIELDS,
  gid,
  newKey,
  placeOrder,
  rawId,
  STOCK_ERROR,
  type TestApi,
  treasurerConfirms,
} from "../../orders/tests/fixtures.ts";

const SET_TIERS = `mutation($input: SetWholesalePriceTiersInput!) { setWholesalePriceTiers(input: $input) {
  ... on MutationSetWholesalePriceTiersSuccess { data { product { wholesalePriceTiers { minQuantity unitPrice { amount } } } } }
  ${ERROR_FIELDS} ... on InvalidWholesaleTiersError { tierIndex } } }`;

const PLACE = `mutation($input: PlaceWholesaleOrderInput!) { placeWholesaleOrder(input: $input) {
  ... on MutationPlaceWholesaleOrderSuccess { data { replayed checkout { total { amount } orders {
    id number status subtotal { amount } total { amount } buyerCooperative { slug }
    lines { quantity unitPrice { amount } lineTotal { amount } wholesaleMinQuantity } } } } }
  ${ERROR_FIELDS} ${STOCK_ERROR} ... on WholesaleQuantityBelowMinimumError { minimum } } }`;

const TRADE = `query($slug: String!) { cooperative(slug: $slug) {
  wholesalePurchases(first: 10) { edges { node { number status total { amount } business { name } buyerCooperative { slug } } } }
  wholesaleSales(first: 10) { edges { node { number status buyerCooperative { slug } lines { quantity unitPrice { amount } } } } }
} }`;

const tiers = (...pairs: [number, number][]) =>
  pairs.map(([minQuantity, unitPriceIdr]) => ({ minQuantity, unitPriceIdr: String(unitPriceIdr) }));

describe("wholesale between villages", () => {
  let api: TestApi;
  let owner: string;
  let product: Awaited<ReturnType<typeof entrepreneurProduct>>["product"];
  let business: Awaited<ReturnType<typeof entrepreneurProduct>>["business"];
  /** An officer of another village's cooperative, their session and cooperative. */
  let buyer: { session: string; cooperativeId: string; slug: string; userId: string };

  const setTiers = (list: unknown, session = owner) =>
    api.gql(SET_TIERS, { input: { productId: gid("Product", product.id), tiers: list } }, { session });
  const order = (quantity: number, overrides: Record<string, unknown> = {}, session = buyer.session) =>
    api.gql(
      PLACE,
      {
        input: {
          cooperativeId: gid("Cooperative", buyer.cooperativeId),
          productId: gid("Product", product.id),
          quantity,
          idempotencyKey: newKey(),
          paymentMethod: "BANK_TRANSFER",
          recipientName: "Gudang Koperasi",
          phone: "081234567891",
          address: "Kantor koperasi, Jl. Desa 1",
          ...overrides,
        },
      },
      { session },
    );

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    ({ product, business } = await entrepreneurProduct(api, 500));
    await api.prisma.product.update({ where: { id: product.id }, data: { priceIdr: 25_000n } });
    owner = await api.signInAs("entrepreneur");
    const officer = await api.prisma.cooperativeOfficer.findFirstOrThrow({
      where: { cooperative: { villageId: { not: business.villageId } } },
      include: { user: true, cooperative: true },
      orderBy: { user: { email: "asc" } },
    });
    buyer = {
      session: await api.createSessionFor(officer.user.email),
      cooperativeId: officer.cooperativeId,
      slug: officer.cooperative.slug,
      userId: officer.userId,
    };
  });
  afterAll(() => api?.cleanup());

  describe("tiers", () => {
    it.each([
      ["a minimum of 1", tiers([1, 24_000]), 0, "jumlah minimal harus 2"],
      ["minimums not increasing", tiers([10, 23_000], [10, 22_000]), 1, "lebih dari tingkat sebelumnya"],
      ["prices not decreasing", tiers([10, 22_000], [20, 22_000]), 1, "lebih rendah dari tingkat sebelumnya"],
      ["a price at retail", tiers([10, 25_000]), 0, "di bawah harga eceran Rp 25.000"],
      ["six tiers", tiers([2, 24_000], [3, 23_000], [4, 22_000], [5, 21_000], [6, 20_000], [7, 19_000]), null, "5"],
    ])("refuses %s with a typed error and changes nothing", async (_case, list, tierIndex, words) => {
      // given tiers already set
      await setTiers(tiers([10, 23_000]));
      // when the owner sends a list breaking a rule
      const result = await setTiers(list);
      // then the error names the tier and the rule, and the tiers are as before
      expect(result.data!.setWholesalePriceTiers).toMatchObject({
        __typename: "InvalidWholesaleTiersError",
        tierIndex,
      });
      expect(result.data!.setWholesalePriceTiers.message).toContain(words);
      expect(await api.prisma.wholesalePriceTier.findMany({ where: { productId: product.id } })).toMatchObject([
        { minQuantity: 10, unitPriceIdr: 23_000n },
      ]);
    });

    it("answers in English when asked", async () => {
      const result = await api.gql(
        SET_TIERS,
        { input: { productId: gid("Product", product.id), tiers: tiers([10, 30_000]) } },
        { session: owner, headers: { "accept-language": "en" } },
      );
      expect(result.data!.setWholesalePriceTiers.message).toBe(
        "Tier 1: the wholesale price must be below the retail price of Rp 25,000.",
      );
    });

    it("is the owner's: another seller and a cooperative officer are refused", async () => {
      for (const session of [buyer.session, await api.signInAs("cooperativeOfficer")]) {
        const result = await setTiers(tiers([10, 20_000]), session);
        expect(result.data!.setWholesalePriceTiers.__typename).toBe("ForbiddenError");
      }
    });

    it("saves a valid list, shown on the product for everyone", async () => {
      const result = await setTiers(tiers([10, 23_000], [50, 21_000], [100, 20_000]));
      expect(result.data!.setWholesalePriceTiers.data.product.wholesalePriceTiers).toEqual([
        { minQuantity: 10, unitPrice: { amount: "23000" } },
        { minQuantity: 50, unitPrice: { amount: "21000" } },
        { minQuantity: 100, unitPrice: { amount: "20000" } },
      ]);
      const anonymous = await api.gql(
        `query($slug: String!) { product(slug: $slug) { wholesalePriceTiers { minQuantity } } }`,
        {
          slug: product.slug,
        },
      );
      expect(anonymous.data!.product.wholesalePriceTiers).toHaveLength(3);
    });
  });

  describe("ordering", () => {
    beforeAll(async () => {
      await setTiers(tiers([10, 23_000], [50, 21_000], [100, 20_000]));
    });

    it.each([
      [10, "23000", 10],
      [49, "23000", 10],
      [50, "21000", 50],
      [120, "20000", 100],
    ])("prices %i units at the tier reached, frozen on the line", async (quantity, unit, tierMin) => {
      const result = await order(quantity);
      const placed = result.data!.placeWholesaleOrder.data.checkout.orders[0];
      expect(placed.lines).toEqual([
        {
          quantity,
          unitPrice: { amount: unit },
          lineTotal: { amount: String(BigInt(unit) * BigInt(quantity)) },
          wholesaleMinQuantity: tierMin,
        },
      ]);
      expect(placed.buyerCooperative).toEqual({ slug: buyer.slug });
      expect(placed.subtotal.amount).toBe(String(BigInt(unit) * BigInt(quantity)));
    });

    it("refuses fewer units than the lowest tier", async () => {
      const result = await order(9);
      expect(result.data!.placeWholesaleOrder).toMatchObject({
        __typename: "WholesaleQuantityBelowMinimumError",
        minimum: 10,
      });
    });

    it("refuses a cooperative of the seller's own village, and reserves nothing", async () => {
      // given the seller's own village's cooperative officer
      const stockBefore = (await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock;
      const ownOfficer = await api.signInAs("cooperativeOfficer");
      // when they order wholesale for their cooperative
      const result = await order(20, { cooperativeId: gid("Cooperative", business.cooperativeId!) }, ownOfficer);
      // then it is refused with the rule, and the stock is untouched
      expect(result.data!.placeWholesaleOrder.__typename).toBe("SameVillageWholesaleError");
      expect((await api.prisma.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(stockBefore);
    });

    it("refuses someone who is not an officer of the cooperative named", async () => {
      for (const session of [await api.signInAs("buyer"), await api.signInAs("cooperativeOfficer")]) {
        const result = await order(20, {}, session);
        expect(result.data!.placeWholesaleOrder.__typename).toBe("ForbiddenError");
      }
    });

    it("records the buying cooperative, is paid and booked like any order, and both cooperatives see it", async () => {
      // given a wholesale order of 60 units (21,000 each)
      const result = await order(60, { idempotencyKey: "wholesale-paid-1" });
      const placed = result.data!.placeWholesaleOrder.data.checkout.orders[0];
      const row = await api.prisma.order.findUniqueOrThrow({
        where: { id: rawId(placed.id) },
        include: { payment: true },
      });
      expect(row).toMatchObject({
        buyerCooperativeId: buyer.cooperativeId,
        buyerId: buyer.userId,
        subtotalIdr: 1_260_000n,
      });
      // the payment is to the seller's cooperative, for goods plus delivery
      expect(row.payment).toMatchObject({
        cooperativeId: business.cooperativeId,
        amountIdr: 1_260_000n + row.deliveryFeeIdr,
      });
      // when the seller's treasurer confirms it
      await treasurerConfirms(api, placed.id);
      // then it is paid and the ledger stays balanced
      expect((await api.prisma.order.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("PAID");
      expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
      // and a retry with the same key creates nothing new
      const replay = await order(60, { idempotencyKey: "wholesale-paid-1" });
      expect(replay.data!.placeWholesaleOrder.data.replayed).toBe(true);
      // and the buying cooperative lists it as a purchase, the seller's as a sale, without personal data
      const purchases = await api.gql(TRADE, { slug: buyer.slug }, { session: buyer.session });
      expect(purchases.data!.cooperative.wholesalePurchases.edges.map((e: any) => e.node.number)).toContain(
        placed.number,
      );
      const sellerCooperative = await api.prisma.cooperative.findUniqueOrThrow({
        where: { id: business.cooperativeId! },
      });
      const sales = await api.gql(
        TRADE,
        { slug: sellerCooperative.slug },
        { session: await api.signInAs("cooperativeOfficer") },
      );
      expect(sales.data!.cooperative.wholesaleSales.edges.map((e: any) => e.node)).toContainEqual(
        expect.objectContaining({ number: placed.number, status: "PAID", buyerCooperative: { slug: buyer.slug } }),
      );
      // and nobody else reads those lists
      const anonymous = await api.gql(TRADE, { slug: buyer.slug });
      expect(anonymous.data?.cooperative?.wholesalePurchases ?? null).toBeNull();
    });

    it("leaves ordinary buyers at retail, whatever the quantity", async () => {
      const retail = await api.signInAs("buyer");
      await api.prisma.cartItem.deleteMany({ where: { user: { email: "pembeli@desamigran.id" } } });
      await addToCart(api, retail, product.id, 60);
      const placed = await placeOrder(api, retail);
      const line = placed.data!.placeOrder.data.checkout.orders[0].lines[0];
      expect(line).toMatchObject({ quantity: 60, unitPrice: { amount: "25000" }, lineTotal: { amount: "1500000" } });
      const row = await api.prisma.order.findFirstOrThrow({
        where: { number: placed.data!.placeOrder.data.checkout.orders[0].number },
      });
      expect(row.buyerCooperativeId).toBeNull();
    });

    it("leaves the officer's own cart alone", async () => {
      await api.prisma.cartItem.deleteMany({ where: { userId: buyer.userId } });
      await addToCart(api, buyer.session, product.id, 1);
      await order(10);
      expect(await api.prisma.cartItem.count({ where: { userId: buyer.userId } })).toBe(1);
    });
  });
});
