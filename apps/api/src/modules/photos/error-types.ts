// Registers this module's domain errors as GraphQL error types (the classes live in errors.ts).
import { builder } from "../../builder.ts";
import { ErrorInterface } from "../common/error-types.ts";
import { MAX_PHOTOS, ProductPhotoError } from "./errors.ts";

const PhotoErrorReason = builder.enumType("ProductPhotoErrorReason", {
  description: "Why a photo change was refused.",
  values: {
    TOO_LARGE: { description: "The file is over 10 MB." },
    UNSUPPORTED_TYPE: { description: "Not a JPEG, PNG, WebP or (readable) HEIC picture, judged by its content." },
    UNREADABLE: { description: "The picture is damaged or cannot be decoded." },
    TOO_MANY: { description: `The product already has ${MAX_PHOTOS} photos.` },
    NOT_FOUND: { description: "The URL is not one of the product's photos." },
    ORDER_MISMATCH: { description: "A new order must list each current photo exactly once." },
    CHANGED: { description: "The photos changed at the same time; retry." },
  } as const,
});

builder.objectType(ProductPhotoError, {
  name: "ProductPhotoError",
  description: "A photo upload, removal or reordering was refused; nothing was changed.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reason: t.field({ type: PhotoErrorReason, description: "Why.", resolve: (e) => e.reason }),
    maximum: t.exposeInt("maximum", { description: "Most photos a product may have." }),
  }),
});
