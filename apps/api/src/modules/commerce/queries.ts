import { Prisma } from "@desa-migran/db";
import { GraphQLError } from "graphql";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { prefersEnglish } from "../common/text.ts";
import { bilingual, wholeRupiah } from "../common/validation.ts";
import { ProvinceRef, RegencyRef, VillageRef } from "../geography/types.ts";
import {
  countRows,
  findRankedIds,
  inOrderOf,
  matchesAllWords,
  relevance,
  searchWords,
  withoutPagination,
} from "../search/service.ts";
import { keptCatalogueCount } from "./catalogue-count.ts";
import { ContradictoryFilterError } from "./errors.ts";
import { BusinessRef, ProductCategoryRef } from "./types.ts";

const MAX_PRICE = 1_000_000_000_000n;

const ProductFilter = builder.inputType("ProductFilter", {
  description: "Narrows the catalogue. Every field is optional; all given fields must match.",
  fields: (t) => ({
    search: t.string({
      required: false,
      description:
        "Words to find (up to 8), all of which must match the name, description, category, business or village: " +
        "by Indonesian stem, as a prefix, or with a typo (kripik finds keripik). Orders by relevance unless orderBy says otherwise.",
      validate: z.string().trim().max(100),
    }),
    villageId: t.globalID({ required: false, for: [VillageRef], description: "Made in this village." }),
    regencyId: t.globalID({ required: false, for: [RegencyRef], description: "Made in this regency." }),
    provinceId: t.globalID({ required: false, for: [ProvinceRef], description: "Made in this province." }),
    categoryId: t.globalID({ required: false, for: [ProductCategoryRef], description: "In this category." }),
    businessId: t.globalID({ required: false, for: [BusinessRef], description: "Sold by this business." }),
    minPriceIdr: t.string({ required: false, description: "Lowest price in whole rupiah.", validate: rupiahString }),
    maxPriceIdr: t.string({ required: false, description: "Highest price in whole rupiah.", validate: rupiahString }),
    inStock: t.boolean({ required: false, description: "Only products with stock." }),
    returneeVerified: t.boolean({
      required: false,
      description: "True: only products of businesses whose owner an officer verified as a returnee (purna PMI).",
    }),
  }),
});

const ProductOrder = builder.enumType("ProductOrder", {
  description: "Order of the catalogue.",
  values: {
    NEWEST: { description: "Newest first." },
    PRICE_ASC: { description: "Cheapest first." },
    PRICE_DESC: { description: "Most expensive first." },
    NAME: { description: "By name." },
    RELEVANCE: {
      description: "Best match for the filter's search words first (the default when searching); NEWEST without words.",
    },
  } as const,
});

const rupiahString = wholeRupiah(
  { id: "Harga", en: "The price" },
  { allowZero: true, max: MAX_PRICE, tooLarge: bilingual("Harga melebihi batas.", "The price is beyond the limit.") },
);

type FilterShape = typeof ProductFilter.$inferInput;

/**
 * Filters that cannot all hold are refused with a reason, rather than answered with an empty catalogue that
 * looks like "nothing for sale".
 */
function assertConsistent(filter: FilterShape | null | undefined): void {
  if (filter?.minPriceIdr && filter.maxPriceIdr && BigInt(filter.minPriceIdr) > BigInt(filter.maxPriceIdr)) {
    throw new ContradictoryFilterError(
      "minPriceIdr",
      `Harga terendah (${filter.minPriceIdr}) lebih tinggi dari harga tertinggi (${filter.maxPriceIdr}): tidak ada produk yang bisa cocok. Tukar atau hapus salah satunya.`,
      `The minimum price (${filter.minPriceIdr}) is above the maximum price (${filter.maxPriceIdr}): no product can match. Swap them or remove one.`,
    );
  }
}

/** A contradictory filter as a GraphQL error in the caller's language, with a code clients can act on. */
function explainContradiction(error: unknown, request: Request): never {
  if (error instanceof ContradictoryFilterError) {
    throw new GraphQLError(prefersEnglish(request) ? error.messageEn : error.message, {
      extensions: {
        code: "CONTRADICTORY_FILTER",
        field: error.field,
        messageId: error.message,
        messageEn: error.messageEn,
      },
    });
  }
  throw error;
}

/** The catalogue's filter in SQL, over Product p, its ProductSearch s and Business b, for searches. */
function productSearchFrom(filter: FilterShape, words: string[]): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`p."status" = 'PUBLISHED'`,
    Prisma.sql`b."status" = 'ACTIVE'`,
    matchesAllWords(words, Prisma.sql`s`),
  ];
  if (filter.returneeVerified) conditions.push(Prisma.sql`b."returneeVerifiedAt" IS NOT NULL`);
  if (filter.villageId) conditions.push(Prisma.sql`b."villageId" = ${filter.villageId.id}::uuid`);
  if (filter.regencyId) {
    conditions.push(
      Prisma.sql`b."villageId" IN (SELECT "id" FROM "Village" WHERE "regencyId" = ${filter.regencyId.id}::uuid)`,
    );
  }
  if (filter.provinceId) {
    conditions.push(Prisma.sql`b."villageId" IN (SELECT v."id" FROM "Village" v JOIN "Regency" r ON r."id" = v."regencyId"
      WHERE r."provinceId" = ${filter.provinceId.id}::uuid)`);
  }
  if (filter.businessId) conditions.push(Prisma.sql`p."businessId" = ${filter.businessId.id}::uuid`);
  if (filter.categoryId) conditions.push(Prisma.sql`p."categoryId" = ${filter.categoryId.id}::uuid`);
  if (filter.inStock) conditions.push(Prisma.sql`p."stock" > 0`);
  if (filter.minPriceIdr) conditions.push(Prisma.sql`p."priceIdr" >= ${BigInt(filter.minPriceIdr)}`);
  if (filter.maxPriceIdr) conditions.push(Prisma.sql`p."priceIdr" <= ${BigInt(filter.maxPriceIdr)}`);
  return Prisma.sql`FROM "Product" p JOIN "ProductSearch" s ON s."productId" = p."id"
    JOIN "Business" b ON b."id" = p."businessId" WHERE ${Prisma.join(conditions, " AND ")}`;
}

/** The sort key of each catalogue order in SQL (the id breaks ties), and whether it runs high to low. */
function productSearchOrder(order: string, words: string[]): { key: Prisma.Sql; descending: boolean } {
  switch (order) {
    case "NEWEST":
      return { key: Prisma.sql`p."publishedAt"`, descending: true };
    case "PRICE_ASC":
      return { key: Prisma.sql`p."priceIdr"`, descending: false };
    case "PRICE_DESC":
      return { key: Prisma.sql`p."priceIdr"`, descending: true };
    case "NAME":
      return { key: Prisma.sql`p."name"`, descending: false };
    default:
      return { key: relevance(words, Prisma.sql`s`), descending: true };
  }
}

function productWhere(filter: FilterShape | null | undefined): Prisma.ProductWhereInput {
  const business: Prisma.BusinessWhereInput = { status: "ACTIVE" };
  if (filter?.returneeVerified) business.returneeVerifiedAt = { not: null };
  if (filter?.villageId) business.villageId = filter.villageId.id;
  if (filter?.regencyId) business.village = { regencyId: filter.regencyId.id };
  if (filter?.provinceId)
    business.village = { ...(business.village as object), regency: { provinceId: filter.provinceId.id } };
  const price: Prisma.BigIntFilter<"Product"> = {};
  if (filter?.minPriceIdr) price.gte = BigInt(filter.minPriceIdr);
  if (filter?.maxPriceIdr) price.lte = BigInt(filter.maxPriceIdr);
  return {
    status: "PUBLISHED",
    business,
    ...(filter?.businessId ? { businessId: filter.businessId.id } : {}),
    ...(filter?.categoryId ? { categoryId: filter.categoryId.id } : {}),
    ...(filter?.inStock ? { stock: { gt: 0 } } : {}),
    ...(Object.keys(price).length ? { priceIdr: price } : {}),
  };
}

const orderBy: Record<string, Prisma.ProductOrderByWithRelationInput[]> = {
  NEWEST: [{ publishedAt: "desc" }, { id: "asc" }],
  PRICE_ASC: [{ priceIdr: "asc" }, { id: "asc" }],
  PRICE_DESC: [{ priceIdr: "desc" }, { id: "asc" }],
  NAME: [{ name: "asc" }, { id: "asc" }],
};

builder.queryFields((t) => ({
  products: t.prismaConnection({
    type: "Product",
    cursor: "id",
    defaultSize: 24,
    description: "The public catalogue: published products of active businesses.",
    args: {
      filter: t.arg({ type: ProductFilter, required: false }),
      orderBy: t.arg({
        type: ProductOrder,
        required: false,
        description: "Order of the list. Default: RELEVANCE when the filter has search words, otherwise NEWEST.",
      }),
    },
    totalCount: async (_conn, { filter }, ctx) => {
      // Words are searched in the trigger-maintained documents (see ../search/service.ts), which Prisma cannot read.
      const words = searchWords(filter?.search);
      if (filter && words.length > 0) return countRows(ctx.prisma, productSearchFrom(filter, words));
      return (
        (await keptCatalogueCount(ctx.prisma, filter)) ?? ctx.prisma.product.count({ where: productWhere(filter) })
      );
    },
    resolve: async (query, _root, { filter, orderBy: order }, ctx) => {
      try {
        assertConsistent(filter);
      } catch (error) {
        explainContradiction(error, ctx.request);
      }
      const words = searchWords(filter?.search);
      if (!filter || words.length === 0) {
        const plainOrder = order && order !== "RELEVANCE" ? order : "NEWEST";
        return ctx.prisma.product.findMany({ ...query, where: productWhere(filter), orderBy: orderBy[plainOrder] });
      }
      // Taken first: Pothos checks that every resolver reads its query (onUnusedQuery), even when it finds nothing.
      const selection = withoutPagination(query);
      const ids = await findRankedIds(ctx.prisma, {
        from: productSearchFrom(filter, words),
        idColumn: Prisma.sql`p."id"`,
        ...productSearchOrder(order ?? "RELEVANCE", words),
        page: query,
      });
      if (ids.length === 0) return [];
      const rows = await ctx.prisma.product.findMany({ ...selection, where: { id: { in: ids } } });
      return inOrderOf(ids, rows);
    },
  }),
  featuredProducts: t.prismaConnection({
    type: "Product",
    cursor: "id",
    maxSize: 24,
    defaultSize: 8,
    description: "Products for the home page: newest published products in stock.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.product.findMany({
        ...query,
        where: { ...productWhere({ inStock: true }) },
        orderBy: orderBy.NEWEST,
      }),
  }),
  product: t.prismaField({
    type: "Product",
    nullable: true,
    description: "A published product by its slug.",
    args: { slug: t.arg.string({ validate: z.string().max(160) }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.prisma.product.findFirst({ ...query, where: { slug, status: "PUBLISHED" } }),
  }),
  business: t.prismaField({
    type: "Business",
    nullable: true,
    description: "An active business by its slug.",
    args: { slug: t.arg.string({ validate: z.string().max(120) }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.prisma.business.findFirst({ ...query, where: { slug, status: "ACTIVE" } }),
  }),
  productCategories: t.prismaField({
    type: ["ProductCategory"],
    description: "All product categories, by Indonesian name.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.productCategory.findMany({ ...query, orderBy: { nameId: "asc" } }),
  }),
}));
