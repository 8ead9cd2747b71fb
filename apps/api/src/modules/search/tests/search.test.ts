// Search through GraphQL over HTTP on a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL): Indonesian
// stems, typos, several words, ranking, highlights, businesses and villages, and contradictory filters explained.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import type { TestApi } from "../../orders/tests/fixtures.ts";

const PRODUCTS = `query($search: String, $min: String, $max: String, $first: Int, $after: String, $orderBy: ProductOrder) {
  products(filter: { search: $search, minPriceIdr: $min, maxPriceIdr: $max }, first: $first, after: $after, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { name highlight(query: $search) { name { text matches { start length } } snippet { text matches { start length } } } } } } }`;

const SEARCH = `query($query: String!) { search(query: $query) { words
  businesses(first: 5) { totalCount edges { node { name highlight(query: $query) { name { matches { start length } } } } } }
  villages(first: 5) { totalCount edges { node { name highlight(query: $query) { name { matches { start length } } } } } } } }`;

type ProductsResult = {
  products: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: {
      cursor: string;
      node: {
        name: string;
        highlight: {
          name: { text: string; matches: { start: number; length: number }[] };
          snippet: { text: string; matches: { start: number; length: number }[] } | null;
        };
      };
    }[];
  };
};

describe("search", () => {
  let api: TestApi;
  let businessId: string;

  beforeAll(async () => {
    // Given one village with one business and a few products, on an empty database (so the ranking is ours).
    api = await createTestApi();
    const { prisma } = api;
    await api.createUserSession({ email: "siti@example.id", name: "Siti" });
    const owner = await prisma.user.findUniqueOrThrow({ where: { email: "siti@example.id" } });
    const province = await prisma.province.create({ data: { code: "32", name: "Jawa Barat" } });
    const regency = await prisma.regency.create({ data: { code: "3212", name: "Indramayu", provinceId: province.id } });
    const village = await prisma.village.create({
      data: { code: "3212010001", slug: "sukamaju", name: "Sukamaju", districtName: "Lohbener", regencyId: regency.id },
    });
    const business = await prisma.business.create({
      data: { slug: "dapur-mbak-siti", name: "Dapur Mbak Siti", ownerId: owner.id, villageId: village.id },
    });
    businessId = business.id;
    const category = await prisma.productCategory.create({
      data: { slug: "makanan-ringan", nameId: "Makanan Ringan", nameEn: "Snacks" },
    });
    const product = (slug: string, name: string, description: string, priceIdr: bigint, published = true) => ({
      businessId: business.id,
      categoryId: category.id,
      slug,
      name,
      description,
      priceIdr,
      unit: "pak",
      stock: 10,
      status: published ? ("PUBLISHED" as const) : ("DRAFT" as const),
      publishedAt: published ? new Date() : null,
    });
    await prisma.product.createMany({
      data: [
        product("sambal", "Sambal Bawang Pedas", "Sambal teman makan keripik dan nasi hangat.", 18_000n),
        product("keripik-tempe", "Keripik Tempe Original", "Tempe iris tipis, gurih dan sedikit pedas.", 15_000n),
        product("keripik-singkong", "Keripik Singkong Pedas Daun Jeruk", "Singkong iris tipis, renyah.", 25_000n),
        product("kopi", "Kopi Robusta Bubuk", "Kopi dari lereng gunung.", 40_000n),
        product("draft", "Keripik Pedas Rahasia", "Belum dijual.", 10_000n, false),
      ],
    });
  });
  afterAll(() => api?.cleanup());

  const names = (result: { data?: ProductsResult }) => result.data!.products.edges.map((edge) => edge.node.name);

  it("finds 'keripik pedas' by every word, best match (both words in the name) first", async () => {
    // When a buyer searches two words
    const result = await api.gql<ProductsResult>(PRODUCTS, { search: "keripik pedas" });

    // Then products with both words anywhere are found, the one naming both first; drafts and coffee are not
    expect(result.errors).toBeUndefined();
    expect(names(result)[0]).toBe("Keripik Singkong Pedas Daun Jeruk");
    expect(new Set(names(result))).toEqual(
      new Set(["Keripik Singkong Pedas Daun Jeruk", "Keripik Tempe Original", "Sambal Bawang Pedas"]),
    );
    expect(result.data!.products.totalCount).toBe(3);
  });

  it("finds 'kripik' (the common spelling) and highlights the word it matched", async () => {
    // When a buyer types the word as people write it
    const result = await api.gql<ProductsResult>(PRODUCTS, { search: "kripik pedas" });

    // Then the keripik products are found, the one with both words in its name first, with both words marked
    expect(names(result)).toEqual(["Keripik Singkong Pedas Daun Jeruk", "Keripik Tempe Original"]);
    const first = result.data!.products.edges[0]!.node.highlight;
    expect(first.name.matches).toEqual([
      { start: 0, length: 7 },
      { start: 17, length: 5 },
    ]);
    const marked = first.name.matches.map(({ start, length }) => first.name.text.slice(start, start + length));
    expect(marked).toEqual(["Keripik", "Pedas"]);
    // And a word found only in the description is shown in a passage of it
    const second = result.data!.products.edges[1]!.node.highlight;
    expect(second.snippet?.text).toBe("Tempe iris tipis, gurih dan sedikit pedas.");
    expect(second.snippet?.matches).toEqual([{ start: 36, length: 5 }]);
  });

  it("matches Indonesian stems and half-typed words", async () => {
    // "pedasnya" stems to pedas; "singk" is a prefix of singkong; "makanan" is the category of every product
    expect(names(await api.gql<ProductsResult>(PRODUCTS, { search: "pedasnya singk" }))).toEqual([
      "Keripik Singkong Pedas Daun Jeruk",
    ]);
    expect((await api.gql<ProductsResult>(PRODUCTS, { search: "makanan" })).data!.products.totalCount).toBe(4);
  });

  it("pages through ranked results with cursors and keeps other orders when asked", async () => {
    // Given the whole ranked list
    const all = names(await api.gql<ProductsResult>(PRODUCTS, { search: "keripik pedas" }));

    // When it is read one at a time
    const first = await api.gql<ProductsResult>(PRODUCTS, { search: "keripik pedas", first: 1 });
    const second = await api.gql<ProductsResult>(PRODUCTS, {
      search: "keripik pedas",
      first: 2,
      after: first.data!.products.pageInfo.endCursor,
    });

    // Then the pages follow one another, and a price order still applies to the matches
    expect([...names(first), ...names(second)]).toEqual(all);
    expect(first.data!.products.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.products.pageInfo.hasNextPage).toBe(false);
    expect(names(await api.gql<ProductsResult>(PRODUCTS, { search: "keripik pedas", orderBy: "PRICE_ASC" }))).toEqual([
      "Keripik Tempe Original",
      "Sambal Bawang Pedas",
      "Keripik Singkong Pedas Daun Jeruk",
    ]);
  });

  it("explains a minimum price above the maximum instead of showing nothing, in the caller's language", async () => {
    // When the minimum price is above the maximum
    const id = await api.gql<ProductsResult>(PRODUCTS, { search: "keripik", min: "50000", max: "10000" });
    const en = await api.gql<ProductsResult>(
      PRODUCTS,
      { min: "50000", max: "10000" },
      { headers: { "accept-language": "en" } },
    );

    // Then the answer says why, in Bahasa Indonesia by default and in English when asked
    expect(id.errors?.[0]?.message).toMatch(/Harga terendah .* lebih tinggi dari harga tertinggi/);
    expect(id.errors?.[0]?.extensions?.code).toBe("CONTRADICTORY_FILTER");
    expect(en.errors?.[0]?.message).toMatch(/minimum price .* is above the maximum price/);
  });

  it("finds businesses and villages, with typos, and follows a rename", async () => {
    // When searching a village with a typo and a business by two of its words
    const village = await api.gql(SEARCH, { query: "sukamju" });

    const business = await api.gql(SEARCH, { query: "siti dapur" });

    // Then each is found and highlighted
    expect(village.data!.search.villages.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
      "Sukamaju",
    ]);
    expect(village.data!.search.villages.edges[0].node.highlight.name.matches).toEqual([{ start: 0, length: 8 }]);
    expect(business.data!.search.businesses.totalCount).toBe(1);
    expect(business.data!.search.businesses.edges[0].node.name).toBe("Dapur Mbak Siti");
    // And products of the business are found by the village's name (the documents quote it)
    expect((await api.gql<ProductsResult>(PRODUCTS, { search: "sukamaju kopi" })).data!.products.totalCount).toBe(1);

    // When the business is renamed, Then its new name finds it and its products (triggers refresh the documents)
    await api.prisma.business.update({ where: { id: businessId }, data: { name: "Warung Bu Ani" } });
    const renamed = await api.gql(SEARCH, { query: "warung" });
    expect(renamed.data!.search.businesses.totalCount).toBe(1);
    expect((await api.gql<ProductsResult>(PRODUCTS, { search: "warung" })).data!.products.totalCount).toBe(4);
  });
});
