import { redirect } from "@sveltejs/kit";

import { findViewerHouseholds } from "#lib/keluarga/households.ts";
import { requireViewer } from "#lib/viewer.ts";

import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  await requireViewer(event);
  const households = await findViewerHouseholds(event);
  // Most families have one household: go straight to it.
  const [only] = households;
  if (only && households.length === 1) redirect(303, `/keluarga/${encodeURIComponent(only.id)}`);
  return { households };
};
