import { builder } from "../../builder.ts";
import { keyScoped } from "../auth/scopes.ts";
import { idr, Money } from "../common/money.ts";
import { prefersEnglish } from "../common/text.ts";

export const ProductStatus = builder.enumType("ProductStatus", {
  description: "Where a product is in its life: only PUBLISHED products are shown to buyers.",
  values: {
    DRAFT: { description: "Being prepared; only the owner sees it." },
    PUBLISHED: { description: "For sale in the catalogue." },
    UNPUBLISHED: { description: "Withdrawn from sale by the owner." },
  } as const,
});

export const BusinessRef = builder.prismaNode("Business", {
  id: { field: "id" },
  // Select mode: only the columns a query asks for are read (the story alone may be 8,000 characters).
  select: { id: true },
  authScopes: (_business, ctx) => keyScoped(ctx, "catalog:read", true),
  description: "A business run by a returned migrant worker (purna PMI), selling through its village cooperative.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    name: t.exposeString("name", { description: "Business name." }),
    story: t.exposeString("story", { description: "The owner's story, in their own words." }),
    employees: t.exposeInt("employees", { description: "People working in the business (jobs created)." }),
    foundedAt: t.expose("foundedAt", { type: "DateTime", nullable: true, description: "When it was founded." }),
    ownerName: t.string({
      description: "The owner's public display name.",
      select: { owner: { select: { name: true } } },
      resolve: (business) => business.owner.name,
    }),
    village: t.relation("village", { description: "The village the business is in." }),
    cooperative: t.relation("cooperative", { nullable: true, description: "The cooperative it sells through." }),
    products: t.relatedConnection("products", {
      description: "Its published products, newest first.",
      cursor: "id",
      query: { where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { id: "asc" }] },
      totalCount: true,
    }),
    allProducts: t.relatedConnection("products", {
      description:
        "All its products, drafts and withdrawn ones included, newest first. Only for the owner (and admins).",
      cursor: "id",
      authScopes: (business) => ({ businessOwner: business.id }),
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

export const ProductCategoryRef = builder.prismaNode("ProductCategory", {
  id: { field: "id" },
  authScopes: (_category, ctx) => keyScoped(ctx, "catalog:read", true),
  description: "A product category.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    name: t.string({
      description: "Name in the requested language (Bahasa Indonesia unless Accept-Language asks for English).",
      select: { nameId: true, nameEn: true },
      resolve: (c, _args, ctx) => (prefersEnglish(ctx.request) ? c.nameEn : c.nameId),
    }),
    nameId: t.exposeString("nameId", { description: "Name in Bahasa Indonesia." }),
    nameEn: t.exposeString("nameEn", { description: "Name in English." }),
  }),
});

export const ProductRef = builder.prismaNode("Product", {
  id: { field: "id" },
  description: "A product made in a migrant village. A draft is visible only to its business's owner.",
  select: { status: true, businessId: true },
  // Drafts were never on sale: only the owner may see one. Withdrawn products stay readable (carts, past orders).
  authScopes: (product, ctx) =>
    product.status === "DRAFT" ? { businessOwner: product.businessId } : keyScoped(ctx, "catalog:read", true),
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    name: t.exposeString("name", { description: "Product name." }),
    description: t.exposeString("description", { description: "Description, in Bahasa Indonesia." }),
    priceIdr: t.field({
      type: Money,
      description: "Price per unit in rupiah.",
      select: { priceIdr: true },
      resolve: (p) => idr(p.priceIdr),
    }),
    unit: t.exposeString("unit", { description: "What one unit is, e.g. pak, kg, botol." }),
    stock: t.exposeInt("stock", { description: "Units available now." }),
    weightGrams: t.exposeInt("weightGrams", { nullable: true, description: "Shipping weight of one unit." }),
    imageUrls: t.exposeStringList("imageUrls", { description: "Image URLs, the first being the main one." }),
    imageUrl: t.string({
      nullable: true,
      description: "The main image URL, if any.",
      select: { imageUrls: true },
      resolve: (p) => p.imageUrls[0] ?? null,
    }),
    status: t.expose("status", { type: ProductStatus, description: "Whether it is for sale." }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true, description: "When it went on sale." }),
    business: t.relation("business", { description: "Who makes and sells it." }),
    category: t.relation("category", { description: "Its category." }),
  }),
});
