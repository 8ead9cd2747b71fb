import type { RequestHandler } from "@sveltejs/kit";

import { loadAreaImpact } from "#lib/dampak/impact.ts";
import { downloadName, impactCsv } from "#lib/dampak/open-data.ts";
import { csvDownload, OPEN_DATA_CACHE } from "#lib/download.server.ts";

/** The impact figures of `?wilayah=` (the country when absent) as CSV: open data, described at /dampak/kamus. */
export const GET: RequestHandler = async (event) => {
  const area = await loadAreaImpact(event);
  return csvDownload(impactCsv(area), downloadName(area), OPEN_DATA_CACHE);
};
