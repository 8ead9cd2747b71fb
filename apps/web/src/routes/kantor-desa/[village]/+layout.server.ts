import { findOffice } from "#lib/kantor-desa/office.ts";

import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async (event) => {
  const { offices } = await event.parent();
  const office = findOffice(offices, event.params.village);
  return { office, village: office.village, base: `/kantor-desa/${encodeURIComponent(office.village.slug)}` };
};
