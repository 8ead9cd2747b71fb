import { describeSchema } from "#lib/mitra/schema-doc.server.ts";

import type { PageServerLoad } from "./$types";

// A reference page: links, anchors and a GET search form, nothing interactive. Rendering it on the
// server only keeps its JavaScript at zero and spares the browser a second copy of the schema
// (hydration would ship the whole description as data).
export const csr = false;

export const load: PageServerLoad = ({ url }) => {
  const search = (url.searchParams.get("cari") ?? "").trim().slice(0, 100);
  return { search, schema: describeSchema(search) };
};
