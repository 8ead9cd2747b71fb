// Forwards a seller's photo upload to the API as a GraphQL multipart request: the browser posts a plain
// multipart form to the SvelteKit action (it works without JavaScript), and the action passes the file on.
import type { RequestEvent } from "@sveltejs/kit";

import { API_URL } from "$app/env/private";

import { getLocale } from "../paraglide/runtime.js";
import { SESSION_COOKIE } from "../session.ts";

const ADD_PHOTO = `mutation AddProductPhoto($input: AddProductPhotoInput!) {
  addProductPhoto(input: $input) { __typename ... on ProductPhotoError { reason } }
}`;

export type UploadOutcome = { ok: true } | { ok: false; reason: string; forbidden?: boolean };

export async function uploadProductPhoto(
  event: Pick<RequestEvent, "cookies" | "fetch" | "getClientAddress">,
  productId: string,
  photo: File,
): Promise<UploadOutcome> {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: ADD_PHOTO, variables: { input: { productId, photo: null } } }));
  body.set("map", JSON.stringify({ 0: ["variables.input.photo"] }));
  body.set("0", photo, photo.name || "photo");
  // Yoga refuses multipart requests without this header (a cross-site form cannot send it).
  const headers: Record<string, string> = { "x-graphql-yoga-csrf": "1", "accept-language": getLocale() };
  const session = event.cookies.get(SESSION_COOKIE);
  if (session) headers.cookie = `${SESSION_COOKIE}=${encodeURIComponent(session)}`;
  try {
    headers["x-forwarded-for"] = event.getClientAddress();
  } catch {
    // not every runtime knows the peer address
  }
  let response: Response;
  try {
    response = await event.fetch(API_URL, { method: "POST", body, headers, credentials: "omit" });
  } catch (error) {
    console.error("GraphQL API unreachable:", error);
    return { ok: false, reason: "UNAVAILABLE" };
  }
  if (response.status === 413) return { ok: false, reason: "TOO_LARGE" };
  const json = (await response.json().catch(() => null)) as {
    data?: { addProductPhoto?: { __typename: string; reason?: string } };
    errors?: unknown;
  } | null;
  const result = json?.data?.addProductPhoto;
  if (!result) {
    console.error("GraphQL API returned errors:", json?.errors);
    return { ok: false, reason: "UNAVAILABLE" };
  }
  if (result.__typename === "MutationAddProductPhotoSuccess") return { ok: true };
  if (result.__typename === "ProductPhotoError") return { ok: false, reason: result.reason ?? "UNREADABLE" };
  return { ok: false, reason: "NOT_FOUND", forbidden: true };
}
