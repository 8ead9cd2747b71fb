import { error, type RequestHandler } from "@sveltejs/kit";

import { API_URL } from "$app/env/private";

/**
 * `/media/products/<id>-<width>.webp`: product photos, kept by the API's media storage and passed
 * through, so browsers only ever talk to the marketplace's own origin.
 */
export const GET: RequestHandler = async ({ params, fetch }) => {
  if (!/^[A-Za-z0-9_-]{1,64}\.webp$/.test(params.file ?? "")) error(404, "Not found");
  const upstream = await fetch(new URL(`/media/products/${params.file}`, API_URL)).catch(() => null);
  if (!upstream) error(503, "Photos unavailable");
  if (upstream.status === 404) error(404, "Not found");
  if (!upstream.ok) error(502, "Photos unavailable");
  const headers = new Headers({
    "content-type": "image/webp",
    "cache-control": upstream.headers.get("cache-control") ?? "public, max-age=86400",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'",
  });
  const length = upstream.headers.get("content-length");
  if (length) headers.set("content-length", length);
  return new Response(upstream.body, { headers });
};
