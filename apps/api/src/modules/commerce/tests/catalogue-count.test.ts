// The catalogue's total read from the counts kept per category (migration *_catalogue_counts) must always equal a
// count of the listed products: after publishing, unpublishing, moving a product, a business's suspension, deletion
// and two changes at once. Read through GraphQL, as the catalogue page reads it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid, type TestApi } from "../../orders/tests/fixtures.ts";

const TOTAL = `query($filter: ProductFilter) { products(filter: $filter, first: 1) { totalCount } }`;

describe("the catalogue's total from the kept counts", () => {
  let api: TestApi;
  let categories: string[];

  /** What the API answers, for the whole catalogue and each category. */
  const answered = async () =>
    Promise.all(
      [null, ...categories].map(async (id) => {
        const filter = id ? { categoryId: gid("ProductCategory", id) } : {};
        const { data, errors } = await api.gql(TOTAL, { filter });
        expect(errors).toBeUndefined();
        return data!.products.totalCount as number;
      }),
    );
  /** The same totals counted from the products. */
  const counted = async () =>
    Promise.all(
      [null, ...categories].map((id) =>
        api.prisma.product.count({
          where: { status: "PUBLISHED", business: { status: "ACTIVE" }, ...(id ? { categoryId: id } : {}) },
        }),
      ),
    );

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    categories = (await api.prisma.productCategory.findMany({ select: { id: true } })).map((c) => c.id);
  });
  afterAll(() => api?.cleanup());

  it("equals the count of listed products in the seeded catalogue", async () => {
    const totals = await answered();
    expect(totals[0]).toBeGreaterThan(0);
    expect(totals).toEqual(await counted());
  });

  it("follows every change that lists or unlists a product", async () => {
    const before = await answered();
    const [first, second, third] = await api.prisma.product.findMany({
      where: { status: "PUBLISHED", business: { status: "ACTIVE" } },
      orderBy: { id: "asc" },
      take: 3,
    });
    const otherCategory = categories.find((id) => id !== second!.categoryId)!;
    // when a product is unpublished, another moves category, and a third's business is suspended
    await api.prisma.product.update({ where: { id: first!.id }, data: { status: "DRAFT" } });
    await api.prisma.product.update({ where: { id: second!.id }, data: { categoryId: otherCategory } });
    await api.prisma.business.update({ where: { id: third!.businessId }, data: { status: "SUSPENDED" } });
    // then the totals are the counted ones, and they changed
    const after = await answered();
    expect(after).toEqual(await counted());
    expect(after).not.toEqual(before);
    // when the business is active again and the product published again; then the totals follow back
    await api.prisma.business.update({ where: { id: third!.businessId }, data: { status: "ACTIVE" } });
    await api.prisma.product.update({ where: { id: first!.id }, data: { status: "PUBLISHED" } });
    expect(await answered()).toEqual(await counted());
  });

  it("follows a stock change without touching the count, and two listings at once", async () => {
    const drafts = await api.prisma.product.findMany({
      where: { status: "PUBLISHED", business: { status: "ACTIVE" } },
      orderBy: { id: "desc" },
      take: 2,
    });
    expect(drafts).toHaveLength(2);
    for (const p of drafts) await api.prisma.product.update({ where: { id: p.id }, data: { status: "DRAFT" } });
    const unlisted = await answered();
    const listed = await api.prisma.product.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    await api.prisma.product.update({ where: { id: listed.id }, data: { stock: { increment: 5 } } });
    await Promise.all(
      drafts.map((p) => api.prisma.product.update({ where: { id: p.id }, data: { status: "PUBLISHED" } })),
    );
    const relisted = await answered();
    expect(relisted).toEqual(await counted());
    expect(relisted[0]).toBe(unlisted[0]! + 2);
  });

  it("counts with a filter it does not keep (in stock) by counting the products", async () => {
    const { data } = await api.gql(TOTAL, { filter: { inStock: true } });
    expect(data!.products.totalCount).toBe(
      await api.prisma.product.count({
        where: { status: "PUBLISHED", business: { status: "ACTIVE" }, stock: { gt: 0 } },
      }),
    );
  });
});
