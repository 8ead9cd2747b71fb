import { requireViewer } from "#lib/account/viewer.ts";

import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const viewer = await requireViewer(event);
  return { account: { name: viewer.name, email: viewer.email, locale: viewer.locale } };
};
