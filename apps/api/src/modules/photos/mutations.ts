// Sellers' product photos: addProductPhoto (a GraphQL multipart upload), removeProductPhoto, reorderProductPhotos.
// Only the product's owner (or an admin) may change them.
import { GraphQLError } from "graphql";
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { businessIdOfProduct } from "../commerce/service.ts";
import { ProductRef } from "../commerce/types.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { MAX_PHOTOS, ProductPhotoError } from "./errors.ts";
import { addProductPhoto, removeProductPhoto, reorderProductPhotos } from "./service.ts";
import { mediaStorage } from "./storage.ts";

builder.scalarType("File", {
  description: "A file sent as a part of a GraphQL multipart request (graphql-multipart-request-spec).",
  serialize: () => {
    throw new GraphQLError("File is an input only.");
  },
  parseValue: (value) => {
    // Yoga's multipart parser hands over its own File implementation (@whatwg-node), so check the shape.
    if (value instanceof Blob || (typeof value === "object" && value !== null && "arrayBuffer" in value)) {
      return value as File;
    }
    throw new GraphQLError("File must be sent as a multipart upload.");
  },
  parseLiteral: () => {
    throw new GraphQLError("File must be sent as a multipart upload.");
  },
});

const forbidden = () =>
  new ForbiddenError(
    "Hanya pemilik usaha yang dapat mengubah foto produknya.",
    "Only the business owner can change its product photos.",
  );

async function productOwner(ctx: Context, productId: string) {
  const businessId = await businessIdOfProduct(ctx.prisma, productId);
  return businessId ? { businessOwner: businessId } : { loggedIn: true };
}

const ProductPhotoPayload = builder.simpleObject("ProductPhotoPayload", {
  description: "The product after the change to its photos.",
  fields: (t) => ({ product: t.field({ type: ProductRef, description: "The product, imageUrls in their order." }) }),
});

const photoUrl = z.string().max(500);

builder.mutationFields((t) => ({
  addProductPhoto: t.field({
    type: ProductPhotoPayload,
    description:
      `Uploads a photo (JPEG, PNG, WebP; HEIC where the server can decode it; at most 10 MB) as the last of a ` +
      `product's photos (at most ${MAX_PHOTOS}; owner only). It is checked by content, turned upright, stripped of ` +
      "EXIF/GPS and stored as WebP in 320, 640 and 1280 px widths; its URL is the 1280 px one.",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors, ProductPhotoError] },
    args: {
      input: t.arg({
        type: builder.inputType("AddProductPhotoInput", {
          description: "A photo for a product.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            photo: f.field({ type: "File", description: "The picture file." }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const file = input.photo as File;
      // Refused before reading a byte more than needed (the request body limit stops far larger ones).
      if (file.size > 10 * 1024 * 1024) throw new ProductPhotoError("TOO_LARGE");
      const bytes = new Uint8Array(await file.arrayBuffer());
      return { product: await addProductPhoto(ctx.prisma, mediaStorage(), input.productId.id, bytes) };
    },
  }),

  removeProductPhoto: t.field({
    type: ProductPhotoPayload,
    description: "Removes one of a product's photos (owner only); an uploaded photo's files are deleted.",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors, ProductPhotoError] },
    args: {
      input: t.arg({
        type: builder.inputType("RemoveProductPhotoInput", {
          description: "A photo to remove.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            url: f.string({ description: "The photo's URL, as in Product.imageUrls.", validate: photoUrl }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      product: await removeProductPhoto(ctx.prisma, mediaStorage(), input.productId.id, input.url),
    }),
  }),

  reorderProductPhotos: t.field({
    type: ProductPhotoPayload,
    description: "Puts a product's photos in a new order, the first being the main one (owner only).",
    authScopes: (_root, { input }, ctx) => productOwner(ctx, input.productId.id),
    unauthorizedError: forbidden,
    errors: { types: [...commonErrors, ProductPhotoError] },
    args: {
      input: t.arg({
        type: builder.inputType("ReorderProductPhotosInput", {
          description: "A product's photos in their new order.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            urls: f.stringList({
              description: "Every current photo URL, once each, main photo first.",
              validate: z.array(photoUrl).max(20),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      product: await reorderProductPhotos(ctx.prisma, input.productId.id, input.urls),
    }),
  }),
}));
