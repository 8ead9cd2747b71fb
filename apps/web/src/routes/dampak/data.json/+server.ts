import type { RequestHandler } from "@sveltejs/kit";

import { loadAreaImpact } from "#lib/dampak/impact.ts";
import { downloadName, impactJson } from "#lib/dampak/open-data.ts";
import { jsonDownload, OPEN_DATA_CACHE } from "#lib/download.server.ts";

/** The impact figures of `?wilayah=` as JSON, with the licence and each column's meaning in both languages. */
export const GET: RequestHandler = async (event) => {
  const area = await loadAreaImpact(event);
  const dictionary = new URL("/dampak/kamus", event.url).href;
  return jsonDownload(impactJson(area, dictionary), downloadName(area), OPEN_DATA_CACHE);
};
