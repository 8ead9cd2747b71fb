// registerBusiness, updateBusiness, createProduct, updateProduct, publishProduct, unpublishProduct, adjustStock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { ERROR_FIELDS, gid, type TestApi } from "../../orders/tests/fixtures.ts";

const PRODUCT = `product { id name description status stock priceIdr { amount } imageUrls }`;
const result = (name: string, body: string, extra = "") =>
  `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) {
    ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { ${body} } } ${ERROR_FIELDS} ${extra} } }`;

describe("businesses and products", () => {
  let api: TestApi;
  let owner: string;
  let businessId: string;
  let categoryId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    owner = (await api.createUserSession({ email: "baru@example.id", name: "Purna PMI Baru" })).token;
    const village = await api.prisma.village.findFirstOrThrow({ include: { cooperatives: true } });
    const reg = await api.gql(
      result("registerBusiness", "business { id slug name story }"),
      {
        input: {
          name: "Keripik <b>Tempe</b>",
          story: "<script>alert(1)</script>",
          villageId: gid("Village", village.id),
          cooperativeId: gid("Cooperative", village.cooperatives[0]!.id),
          employees: 3,
        },
      },
      { session: owner },
    );
    businessId = reg.data!.registerBusiness.data.business.id;
    categoryId = gid("ProductCategory", (await api.prisma.productCategory.findFirstOrThrow()).id);
  });
  afterAll(() => api?.cleanup());

  it("registers a business with a unique slug and stores HTML as text", async () => {
    const business = await api.prisma.business.findFirstOrThrow({ where: { owner: { email: "baru@example.id" } } });
    expect(business.slug).toBe("keripik-b-tempe-b");
    expect(business.story).toBe("<script>alert(1)</script>");
    const village = await api.prisma.village.findFirstOrThrow();
    const second = await api.gql(
      result("registerBusiness", "business { slug }"),
      {
        input: { name: "Keripik <b>Tempe</b>", story: "", villageId: gid("Village", village.id), employees: 1 },
      },
      { session: owner },
    );
    expect(second.data!.registerBusiness.data.business.slug).toBe("keripik-b-tempe-b-2");
    const updated = await api.gql(
      result("updateBusiness", "business { name employees }"),
      {
        input: { businessId, name: "Keripik Tempe", employees: 4 },
      },
      { session: owner },
    );
    expect(updated.data!.updateBusiness.data.business).toEqual({ name: "Keripik Tempe", employees: 4 });
  });

  it("refuses a cooperative of another village, on registering and on updating", async () => {
    // Given a village and a cooperative of a different village.
    const business = await api.prisma.business.findUniqueOrThrow({
      where: { id: Buffer.from(businessId, "base64").toString().split(":")[1]! },
    });
    const elsewhere = await api.prisma.cooperative.findFirstOrThrow({
      where: { villageId: { not: business.villageId } },
    });
    const register = await api.gql(
      result("registerBusiness", "business { slug }"),
      {
        input: {
          name: "Usaha Salah Desa",
          story: "",
          villageId: gid("Village", business.villageId),
          cooperativeId: gid("Cooperative", elsewhere.id),
          employees: 1,
        },
      },
      { session: owner },
    );
    expect(register.data!.registerBusiness.__typename).toBe("CooperativeNotInVillageError");
    expect(await api.prisma.business.count({ where: { name: "Usaha Salah Desa" } })).toBe(0);
    const update = await api.gql(
      result("updateBusiness", "business { name }"),
      {
        input: { businessId, cooperativeId: gid("Cooperative", elsewhere.id) },
      },
      { session: owner },
    );
    expect(update.data!.updateBusiness.__typename).toBe("CooperativeNotInVillageError");
    expect((await api.prisma.business.findUniqueOrThrow({ where: { id: business.id } })).cooperativeId).toBe(
      business.cooperativeId,
    );
  });

  it("creates a DRAFT product, shows it only to the owner, publishes and adjusts stock", async () => {
    // given the owner creates a product
    const created = await api.gql(
      result("createProduct", PRODUCT),
      {
        input: {
          businessId,
          categoryId,
          name: "Keripik Tempe Pedas",
          description: "Renyah",
          priceIdr: "15000",
          stock: 10,
          unit: "pak",
          imageUrls: ["/images/a.svg", "https://example.id/b.jpg"],
        },
      },
      { session: owner },
    );
    const product = created.data!.createProduct.data.product;
    expect(product).toMatchObject({ status: "DRAFT", stock: 10, priceIdr: { amount: "15000" } });
    // then the public sees nothing, the owner sees it in allProducts
    const slug = (
      await api.prisma.business.findFirstOrThrow({
        where: { owner: { email: "baru@example.id" } },
        orderBy: { createdAt: "asc" },
      })
    ).slug;
    const Q = `query($slug: String!) { business(slug: $slug) { products(first: 10) { totalCount } allProducts(first: 10) { totalCount } } }`;
    expect((await api.gql(Q, { slug }, { session: owner })).data!.business).toEqual({
      products: { totalCount: 0 },
      allProducts: { totalCount: 1 },
    });
    const buyer = await api.signInAs("buyer");
    expect((await api.gql(Q, { slug }, { session: buyer })).errors?.length).toBeGreaterThan(0);
    // when it is updated, published and its stock adjusted
    const updated = await api.gql(
      result("updateProduct", PRODUCT),
      { input: { productId: product.id, priceIdr: "17000" } },
      { session: owner },
    );
    expect(updated.data!.updateProduct.data.product.priceIdr.amount).toBe("17000");
    const published = await api.gql(
      result("publishProduct", PRODUCT),
      { input: { productId: product.id } },
      { session: owner },
    );
    expect(published.data!.publishProduct.data.product.status).toBe("PUBLISHED");
    const adjusted = await api.gql(
      result("adjustStock", PRODUCT),
      { input: { productId: product.id, delta: -4 } },
      { session: owner },
    );
    expect(adjusted.data!.adjustStock.data.product.stock).toBe(6);
    const below = await api.gql(
      result("adjustStock", PRODUCT, "... on StockOutOfRangeError { stock delta }"),
      { input: { productId: product.id, delta: -7 } },
      { session: owner },
    );
    expect(below.data!.adjustStock).toMatchObject({ __typename: "StockOutOfRangeError", stock: 6, delta: -7 });
    const unpublished = await api.gql(
      result("unpublishProduct", PRODUCT),
      { input: { productId: product.id } },
      { session: owner },
    );
    expect(unpublished.data!.unpublishProduct.data.product.status).toBe("UNPUBLISHED");
    // and nobody else may change it
    const foreign = await api.gql(
      result("publishProduct", PRODUCT),
      { input: { productId: product.id } },
      { session: buyer },
    );
    expect(foreign.data?.publishProduct?.__typename, JSON.stringify(foreign.errors)).toBe("ForbiddenError");
    const admin = await api.signInAs("admin");
    const byAdmin = await api.gql(
      result("publishProduct", PRODUCT),
      { input: { productId: product.id } },
      { session: admin },
    );
    expect(byAdmin.data!.publishProduct.data.product.status).toBe("PUBLISHED");
  });

  it("rejects bad product input with clear messages and writes nothing", async () => {
    const base = { businessId, categoryId, name: "X", description: "", priceIdr: "1000", stock: 1, unit: "pak" };
    const cases: [Record<string, unknown>, string][] = [
      [{ priceIdr: "1000000000001" }, "priceIdr"],
      [{ priceIdr: "0" }, "priceIdr"],
      [{ priceIdr: "12.5" }, "priceIdr"],
      [{ stock: -1 }, "stock"],
      [{ stock: 1_000_001 }, "stock"],
      [{ name: "n".repeat(161) }, "name"],
      [{ description: "d".repeat(8001) }, "description"],
      [{ imageUrls: ["javascript:alert(1)"] }, "imageUrls"],
      [{ imageUrls: ["//evil.example/x.png"] }, "imageUrls"],
      [{ imageUrls: Array.from({ length: 9 }, (_, i) => `/i/${i}.png`) }, "imageUrls"],
      [{ imageUrls: [`https://x.id/${"a".repeat(500)}`] }, "imageUrls"],
    ];
    const before = await api.prisma.product.count();
    for (const [change, field] of cases) {
      const r = await api.gql(result("createProduct", PRODUCT), { input: { ...base, ...change } }, { session: owner });
      expect(r.data!.createProduct.__typename, JSON.stringify(change).slice(0, 80)).toBe("InputValidationError");
      expect(r.data!.createProduct.issues[0].path[1]).toBe(field);
    }
    const tooExpensive = await api.gql(
      result("createProduct", PRODUCT),
      { input: { ...base, priceIdr: "1000000000001" } },
      { session: owner },
    );
    expect(tooExpensive.data!.createProduct.issues[0].message).toMatch(/maksimal Rp 1\.000\.000\.000\.000/);
    expect(await api.prisma.product.count()).toBe(before);
    const notMine = await api.prisma.business.findFirstOrThrow({
      where: { owner: { email: "wirausaha@desamigran.id" } },
    });
    const foreign = await api.gql(
      result("createProduct", PRODUCT),
      { input: { ...base, businessId: gid("Business", notMine.id) } },
      { session: owner },
    );
    expect(foreign.data!.createProduct.__typename).toBe("ForbiddenError");
  });
});
