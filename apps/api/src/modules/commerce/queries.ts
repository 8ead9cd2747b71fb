import type { Prisma } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { ProvinceRef, RegencyRef, VillageRef } from "../geography/types.ts";
import { BusinessRef, ProductCategoryRef } from "./types.ts";

const MAX_PRICE = 1_000_000_000_000n;

const ProductFilter = builder.inputType("ProductFilter", {
  description: "Narrows the catalogue. Every field is optional; all given fields must match.",
  fields: (t) => ({
    search: t.string({
      required: false,
      description: "Words in the name or description.",
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
  } as const,
});

const rupiahString = z
  .string()
  .regex(/^[0-9]{1,13}$/, { message: "Harga harus berupa bilangan bulat rupiah.", abort: true })
  .refine((v) => BigInt(v) <= MAX_PRICE, "Harga melebihi batas.");

type FilterShape = typeof ProductFilter.$inferInput;

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
    ...(filter?.search
      ? {
          OR: [
            { name: { contains: filter.search, mode: "insensitive" } },
            { description: { contains: filter.search, mode: "insensitive" } },
          ],
        }
      : {}),
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
    maxSize: 100,
    defaultSize: 24,
    description: "The public catalogue: published products of active businesses.",
    args: {
      filter: t.arg({ type: ProductFilter, required: false }),
      orderBy: t.arg({ type: ProductOrder, required: false, defaultValue: "NEWEST" }),
    },
    totalCount: (_conn, { filter }, ctx) => ctx.prisma.product.count({ where: productWhere(filter) }),
    resolve: (query, _root, { filter, orderBy: order }, ctx) =>
      ctx.prisma.product.findMany({ ...query, where: productWhere(filter), orderBy: orderBy[order ?? "NEWEST"] }),
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
