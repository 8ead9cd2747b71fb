// Files between the browser and the API, through the web server: an upload is posted by the browser as a plain
// multipart form to a SvelteKit action (it works without JavaScript) and forwarded here as a GraphQL multipart
// request; a private file (proof of transfer, problem photo) is proxied back with the visitor's session, with the
// same headers as every GraphQL request (apiHeaders).
import type { RequestEvent } from "@sveltejs/kit";
import { type AnyVariables, type DocumentInput, stringifyDocument } from "@urql/core";

import { API_URL } from "$app/env/private";

import { apiHeaders } from "./graphql.ts";

type Event = Pick<RequestEvent, "cookies" | "fetch" | "getClientAddress">;

export type UploadAnswer<Result> =
  | { status: "unavailable" }
  | { status: "too-large" }
  | { status: "answered"; result: Result | undefined; errors?: unknown };

/**
 * Runs `mutation` (a typed `graphql()` document, its root field named `field`) with `input`, `file` (if any) going
 * in as `input[fileField]`. Returns the root field's result as the API answered it, typed by the document; the
 * caller maps it to its form's failure.
 */
export async function uploadToApi<Data, Variables extends AnyVariables, Field extends keyof Data & string>(
  event: Event,
  request: {
    mutation: DocumentInput<Data, Variables>;
    field: Field;
    input: Record<string, unknown>;
    fileField: string;
    file: File | null;
  },
): Promise<UploadAnswer<Data[Field]>> {
  const { field, input, fileField, file } = request;
  const query = stringifyDocument(request.mutation);
  const body = new FormData();
  body.set("operations", JSON.stringify({ query, variables: { input: { ...input, [fileField]: null } } }));
  body.set("map", JSON.stringify(file ? { 0: [`variables.input.${fileField}`] } : {}));
  if (file) body.set("0", file, file.name || fileField);
  // Yoga refuses multipart requests without this header (a cross-site form cannot send it).
  const headers = { ...apiHeaders(event), "x-graphql-yoga-csrf": "1" };
  let response: Response;
  try {
    response = await event.fetch(API_URL, { method: "POST", body, headers, credentials: "omit" });
  } catch (error) {
    console.error("GraphQL API unreachable:", error);
    return { status: "unavailable" };
  }
  if (response.status === 413) return { status: "too-large" };
  const json = (await response.json().catch(() => null)) as { data?: Record<string, unknown>; errors?: unknown } | null;
  return { status: "answered", result: json?.data?.[field] as Data[Field] | undefined, errors: json?.errors };
}

/** A file from one of the API's private routes, for the signed-in viewer (the API decides who may read it). */
export async function proxyPrivateFile(event: Event, path: string): Promise<Response> {
  const response = await event.fetch(new URL(path, API_URL), { headers: apiHeaders(event), credentials: "omit" });
  if (!response.ok) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(response.body, {
    headers: {
      "content-type": response.headers.get("content-type") ?? "application/octet-stream",
      "cache-control": "private, no-store",
      "content-disposition": "inline",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
