import { error, fail } from "@sveltejs/kit";

import { checkGlobalId } from "#lib/global-id.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runMutation, runQuery } from "#lib/graphql.ts";
import { PHOTO_MAX_BYTES } from "#lib/product-photo.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";
import { uploadProductPhoto } from "#lib/usahaku/product-photos.server.ts";

import type { Actions, PageServerLoad, RequestEvent } from "./$types";

const ProductPhotosQuery = graphql(`
  query OwnProductPhotos($id: ID!) {
    node(id: $id) {
      __typename
      ... on Product {
        id
        name
        slug
        status
        imageUrls
        business {
          id
        }
      }
    }
  }
`);

const RemovePhoto = graphql(`
  mutation RemoveProductPhoto($input: RemoveProductPhotoInput!) {
    removeProductPhoto(input: $input) {
      __typename
      ... on ProductPhotoError {
        reason
      }
    }
  }
`);

const ReorderPhotos = graphql(`
  mutation ReorderProductPhotos($input: ReorderProductPhotosInput!) {
    reorderProductPhotos(input: $input) {
      __typename
      ... on ProductPhotoError {
        reason
      }
    }
  }
`);

/** The seller's own product, or a 404 (another seller's product is not managed here, whatever the API says). */
async function ownProduct(event: RequestEvent) {
  const business = await requireMyBusiness(event);
  checkGlobalId(event.params.id);
  const data = await runQuery(createApiClient(event), ProductPhotosQuery, { id: event.params.id });
  const product = data.node?.__typename === "Product" ? data.node : null;
  if (!product || product.business.id !== business.id) error(404, "Product not found");
  return product;
}

export const load: PageServerLoad = async (event) => ({ product: await ownProduct(event) });

const refused = (reason: string) => fail(reason === "UNAVAILABLE" ? 503 : 400, { reason });

export const actions: Actions = {
  add: async (event) => {
    const product = await ownProduct(event);
    const photo = (await event.request.formData()).get("photo");
    if (!(photo instanceof File) || photo.size === 0) return refused("MISSING");
    if (photo.size > PHOTO_MAX_BYTES) return refused("TOO_LARGE");
    const outcome = await uploadProductPhoto(event, product.id, photo);
    if (!outcome.ok) {
      if (outcome.forbidden) error(404, "Product not found");
      return refused(outcome.reason);
    }
    return { done: "added" as const };
  },

  remove: async (event) => {
    const product = await ownProduct(event);
    const url = String((await event.request.formData()).get("url") ?? "");
    const outcome = await runMutation(event, RemovePhoto, { input: { productId: product.id, url } });
    if (!outcome.ok) return refused("UNAVAILABLE");
    const result = outcome.data.removeProductPhoto;
    if (result.__typename === "ProductPhotoError") return refused(result.reason);
    if (result.__typename !== "MutationRemoveProductPhotoSuccess") error(404, "Product not found");
    return { done: "removed" as const };
  },

  main: async (event) => {
    const product = await ownProduct(event);
    const url = String((await event.request.formData()).get("url") ?? "");
    if (!product.imageUrls.includes(url)) return refused("NOT_FOUND");
    const urls = [url, ...product.imageUrls.filter((u) => u !== url)];
    const outcome = await runMutation(event, ReorderPhotos, { input: { productId: product.id, urls } });
    if (!outcome.ok) return refused("UNAVAILABLE");
    const result = outcome.data.reorderProductPhotos;
    if (result.__typename === "ProductPhotoError") return refused(result.reason);
    if (result.__typename !== "MutationReorderProductPhotosSuccess") error(404, "Product not found");
    return { done: "reordered" as const };
  },
};
