// Returnee entrepreneurs run their business and catalogue: registerBusiness, updateBusiness, createProduct,
// updateProduct, publishProduct, unpublishProduct, adjustStock. Only the owner (or an admin) changes a business.
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { bilingual, optionalText, requiredText, wholeRupiah } from "../common/validation.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import { VillageRef } from "../geography/types.ts";
import { CooperativeNotInVillageError, StockOutOfRangeError } from "./errors.ts";
import {
  adjustStock,
  businessIdOfProduct,
  createProduct,
  PRICE_MAX_IDR,
  publishProduct,
  registerBusiness,
  STOCK_MAX,
  unpublishProduct,
  updateBusiness,
  updateProduct,
} from "./service.ts";
import { BusinessRef, ProductCategoryRef, ProductRef } from "./types.ts";

// ── Validation (messages in both languages, see common/validation.ts) ──
const businessName = requiredText({ id: "Nama usaha", en: "Business name" }, 160);
const businessStory = optionalText({ id: "Cerita", en: "Story" }, 8000);
const productName = requiredText({ id: "Nama produk", en: "Product name" }, 160);
const productDescription = optionalText({ id: "Deskripsi", en: "Description" }, 8000);
const unit = requiredText({ id: "Satuan", en: "Unit" }, 40);
const priceIdr = wholeRupiah(
  { id: "Harga", en: "The price" },
  {
    max: PRICE_MAX_IDR,
    tooLarge: bilingual(
      "Harga maksimal Rp 1.000.000.000.000 per satuan.",
      "The price is at most Rp 1,000,000,000,000 per unit.",
    ),
  },
);
const stock = z
  .number()
  .int()
  .min(0, bilingual("Stok tidak boleh negatif.", "Stock cannot be negative."))
  .max(
    STOCK_MAX,
    bilingual(
      `Stok maksimal ${STOCK_MAX.toLocaleString("id-ID")}.`,
      `Stock: at most ${STOCK_MAX.toLocaleString("en-US")}.`,
    ),
  );
const employees = z
  .number()
  .int()
  .min(0, bilingual("Jumlah pekerja tidak boleh negatif.", "The number of workers cannot be negative."))
  .max(100_000, bilingual("Jumlah pekerja terlalu besar.", "The number of workers is too large."));
const weightGrams = z
  .number()
  .int()
  .min(1, bilingual("Berat minimal 1 gram.", "Weight: at least 1 gram."))
  .max(1_000_000, bilingual("Berat maksimal 1.000 kg.", "Weight: at most 1,000 kg."));
/** http(s) URLs or paths on our own site ("/images/..."; not "//host", which would be another site). */
const imageUrl = z
  .string()
  .max(500, bilingual("URL gambar maksimal 500 karakter.", "Image URL: at most 500 characters."))
  .regex(
    /^(https?:\/\/[^\s/]+[^\s]*|\/(?!\/)[^\s]*)$/i,
    bilingual(
      "URL gambar harus diawali http://, https:// atau /.",
      "The image URL must start with http://, https:// or /.",
    ),
  );
const imageUrls = z.array(imageUrl).max(8, bilingual("Maksimal 8 gambar.", "At most 8 images."));

// ── Authorization: the owner of the business concerned, or an admin ──
const forbidden = () =>
  new ForbiddenError("Hanya pemilik usaha yang dapat mengubahnya.", "Only the business owner can change it.");

/** Scope for a product mutation; an unknown product is left to the service, which answers NotFoundError. */
async function productOwner(ctx: Context, productId: string) {
  const businessId = await businessIdOfProduct(ctx.prisma, productId);
  return businessId ? { businessOwner: businessId } : { loggedIn: true };
}

const BusinessPayload = builder.simpleObject("BusinessPayload", {
  description: "The business after the change.",
  fields: (t) => ({ business: t.field({ type: BusinessRef, description: "The business." }) }),
});
const ProductPayload = builder.simpleObject("ProductPayload", {
  description: "The product after the change.",
  fields: (t) => ({ product: t.field({ type: ProductRef, description: "The product." }) }),
});

const productIdInput = (name: string) =>
  builder.inputType(name, {
    description: "Names one product.",
    fields: (t) => ({ productId: t.globalID({ for: [ProductRef], description: "The product." }) }),
  });

builder.mutationFields((t) => ({
  registerBusiness: t.field({
    type: BusinessPayload,
    description:
      "Registers a business owned by the signed-in user; its slug is generated. Naming a cooperative sends it a " +
      "request to accept the business: the business uses the cooperative's name only once an officer accepts.",
    authScopes: { loggedIn: true },
    unauthorizedError: () => new ForbiddenError("Silakan masuk terlebih dahulu.", "Please sign in first."),
    errors: { types: [...commonErrors, CooperativeNotInVillageError] },
    args: {
      input: t.arg({
        type: builder.inputType("RegisterBusinessInput", {
          description: "A new business.",
          fields: (f) => ({
            name: f.string({ description: "Business name.", validate: businessName }),
            story: f.string({ description: "The owner's story (plain text).", validate: businessStory }),
            villageId: f.globalID({ for: [VillageRef], description: "The village it is in." }),
            cooperativeId: f.globalID({
              for: [CooperativeRef],
              required: false,
              description: "The village cooperative asked to accept it (a request; see Business.cooperativeRequests).",
            }),
            employees: f.int({ description: "People working in it.", validate: employees }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      business: await registerBusiness(ctx.prisma, ctx.user!.id, {
        name: input.name,
        story: input.story,
        villageId: input.villageId.id,
        cooperativeId: input.cooperativeId?.id ?? null,
        employees: input.employees,
      }),
    }),
  }),

  updateBusiness: t.field({
    type: BusinessPayload,
    description: "Changes a business's details (owner only). Omitted fields stay as they are.",
    authScopes: (_root, { input }) => ({ businessOwner: input.businessId.id }),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors, CooperativeNotInVillageError] },
    args: {
      input: t.arg({
        type: builder.inputType("UpdateBusinessInput", {
          description: "Changes to a business.",
          fields: (f) => ({
            businessId: f.globalID({ for: [BusinessRef], description: "The business." }),
            name: f.string({ required: false, description: "New name.", validate: businessName }),
            story: f.string({ required: false, description: "New story.", validate: businessStory }),
            cooperativeId: f.globalID({
              for: [CooperativeRef],
              required: false,
              description: "Ask this cooperative to accept the business (a request an officer decides).",
            }),
            leaveCooperative: f.boolean({
              required: false,
              description: "True to stop selling through a cooperative (and withdraw a waiting request).",
            }),
            employees: f.int({ required: false, description: "People working in it.", validate: employees }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      business: await updateBusiness(
        ctx.prisma,
        input.businessId.id,
        {
          name: input.name,
          story: input.story,
          cooperativeId: input.cooperativeId?.id ?? null,
          leaveCooperative: input.leaveCooperative,
          employees: input.employees,
        },
        ctx.user!.id,
      ),
    }),
  }),

  createProduct: t.field({
    type: ProductPayload,
    description: "Adds a product to a business's catalogue as a DRAFT (owner only); publish it to sell it.",
    authScopes: (_root, { input }) => ({ businessOwner: input.businessId.id }),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("CreateProductInput", {
          description: "A new product.",
          fields: (f) => ({
            businessId: f.globalID({ for: [BusinessRef], description: "The business selling it." }),
            categoryId: f.globalID({ for: [ProductCategoryRef], description: "Its category." }),
            name: f.string({ description: "Product name.", validate: productName }),
            description: f.string({ description: "Description (plain text).", validate: productDescription }),
            priceIdr: f.string({
              description: 'Price per unit in whole rupiah, 1 to 1000000000000, e.g. "25000".',
              validate: priceIdr,
            }),
            stock: f.int({ description: "Units in stock (0-1,000,000).", validate: stock }),
            unit: f.string({ description: "What one unit is, e.g. pak, kg, botol.", validate: unit }),
            weightGrams: f.int({ required: false, description: "Shipping weight of one unit.", validate: weightGrams }),
            imageUrls: f.stringList({
              required: false,
              description: "Up to 8 image URLs (http(s) or /-relative).",
              validate: imageUrls,
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      product: await createProduct(ctx.prisma, {
        businessId: input.businessId.id,
        categoryId: input.categoryId.id,
        name: input.name,
        description: input.description,
        priceIdr: BigInt(input.priceIdr),
        stock: input.stock,
        unit: input.unit,
        weightGrams: input.weightGrams,
        imageUrls: input.imageUrls ?? [],
      }),
    }),
  }),

  updateProduct: t.field({
    type: ProductPayload,
    description: "Changes a product's details (owner only). Omitted fields stay; past orders keep their copy.",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("UpdateProductInput", {
          description: "Changes to a product.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            categoryId: f.globalID({ for: [ProductCategoryRef], required: false, description: "New category." }),
            name: f.string({ required: false, description: "New name.", validate: productName }),
            description: f.string({
              required: false,
              description: "New description.",
              validate: productDescription,
            }),
            priceIdr: f.string({
              required: false,
              description: "New price per unit in whole rupiah.",
              validate: priceIdr,
            }),
            unit: f.string({ required: false, description: "New unit.", validate: unit }),
            weightGrams: f.int({ required: false, description: "New shipping weight.", validate: weightGrams }),
            imageUrls: f.stringList({
              required: false,
              description: "New image URLs (replace the old ones).",
              validate: imageUrls,
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      product: await updateProduct(ctx.prisma, input.productId.id, {
        categoryId: input.categoryId?.id ?? null,
        name: input.name,
        description: input.description,
        priceIdr: input.priceIdr == null ? null : BigInt(input.priceIdr),
        unit: input.unit,
        weightGrams: input.weightGrams,
        imageUrls: input.imageUrls,
      }),
    }),
  }),

  publishProduct: t.field({
    type: ProductPayload,
    description: "Puts a product on sale in the public catalogue (owner only).",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors] },
    args: { input: t.arg({ type: productIdInput("PublishProductInput") }) },
    resolve: async (_root, { input }, ctx) => ({ product: await publishProduct(ctx.prisma, input.productId.id) }),
  }),

  unpublishProduct: t.field({
    type: ProductPayload,
    description: "Withdraws a product from sale (owner only); it can be published again.",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors] },
    args: { input: t.arg({ type: productIdInput("UnpublishProductInput") }) },
    resolve: async (_root, { input }, ctx) => ({ product: await unpublishProduct(ctx.prisma, input.productId.id) }),
  }),

  adjustStock: t.field({
    type: ProductPayload,
    description: "Adds to (positive delta) or removes from (negative) a product's stock (owner only); never below 0.",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors, StockOutOfRangeError] },
    args: {
      input: t.arg({
        type: builder.inputType("AdjustStockInput", {
          description: "A stock change.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            delta: f.int({
              description: "Units to add (positive) or remove (negative).",
              validate: z
                .number()
                .int()
                .min(-STOCK_MAX)
                .max(STOCK_MAX)
                .refine(
                  (d) => d !== 0,
                  bilingual("Perubahan stok tidak boleh nol.", "The stock change cannot be zero."),
                ),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      product: await adjustStock(ctx.prisma, input.productId.id, input.delta),
    }),
  }),
}));
