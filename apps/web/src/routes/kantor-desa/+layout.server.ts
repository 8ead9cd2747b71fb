import { loadVillageOffices } from "#lib/kantor-desa/office.ts";
import { offlineSecret } from "#lib/offline/secret.server.ts";
import { SESSION_COOKIE } from "#lib/session.ts";

import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async (event) => {
  // Personal data of migrant workers (UU 27/2022): no shared cache or browser history cache may keep it.
  event.setHeaders({ "cache-control": "private, no-store" });
  const offices = await loadVillageOffices(event);
  // Signed in (loadVillageOffices sends anyone else to sign in): the offline queue's secret for this session.
  return { ...offices, offlineSecret: offlineSecret(event.cookies.get(SESSION_COOKIE) ?? "") };
};
