// A seller's photo upload, forwarded to the API as a GraphQL multipart request (api-files.ts).
import type { RequestEvent } from "@sveltejs/kit";

import { uploadToApi } from "../api-files.server.ts";
import { graphql } from "../gql.ts";

const AddProductPhoto = graphql(`
  mutation AddProductPhoto($input: AddProductPhotoInput!) {
    addProductPhoto(input: $input) {
      __typename
      ... on ProductPhotoError {
        reason
      }
    }
  }
`);

export type UploadOutcome = { ok: true } | { ok: false; reason: string; forbidden?: boolean };

export async function uploadProductPhoto(
  event: Pick<RequestEvent, "cookies" | "fetch" | "getClientAddress">,
  productId: string,
  photo: File,
): Promise<UploadOutcome> {
  const answer = await uploadToApi(event, {
    mutation: AddProductPhoto,
    field: "addProductPhoto",
    input: { productId },
    fileField: "photo",
    file: photo,
  });
  if (answer.status === "unavailable") return { ok: false, reason: "UNAVAILABLE" };
  if (answer.status === "too-large") return { ok: false, reason: "TOO_LARGE" };
  const result = answer.result;
  if (!result) {
    console.error("GraphQL API returned errors:", answer.errors);
    return { ok: false, reason: "UNAVAILABLE" };
  }
  if (result.__typename === "MutationAddProductPhotoSuccess") return { ok: true };
  if (result.__typename === "ProductPhotoError") return { ok: false, reason: result.reason ?? "UNREADABLE" };
  return { ok: false, reason: "NOT_FOUND", forbidden: true };
}
