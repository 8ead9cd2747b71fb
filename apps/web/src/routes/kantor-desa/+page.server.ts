import { error } from "@sveltejs/kit";

import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { offices } = await event.parent();
  // Not an officer anywhere: explain it (+error.svelte) rather than show an empty list.
  if (offices.length === 0) error(403, "Not a village officer");
  return {};
};
