import { loadVillageOffices } from "#lib/kantor-desa/office.ts";

import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async (event) => {
  // Personal data of migrant workers (UU 27/2022): no shared cache or browser history cache may keep it.
  event.setHeaders({ "cache-control": "private, no-store" });
  return loadVillageOffices(event);
};
