import { error, type RequestHandler } from "@sveltejs/kit";

import { placeholderSvg } from "#lib/placeholder-image.ts";

/** `/images/products/<slug>.svg`: a drawn placeholder until product photos are uploaded. */
export const GET: RequestHandler = ({ params }) => {
  const match = /^([a-z0-9-]{1,160})\.svg$/.exec(params.file ?? "");
  if (!match) error(404, "Not found");
  return new Response(placeholderSvg(match[1]!), {
    headers: {
      "content-type": "image/svg+xml; charset=utf-8",
      "cache-control": "public, max-age=86400",
      // An SVG opened on its own is a document: allow nothing active in it.
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
      "x-content-type-options": "nosniff",
    },
  });
};
