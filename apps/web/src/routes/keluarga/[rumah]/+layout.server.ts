import { loadHousehold } from "#lib/keluarga/households.ts";
import { requireViewer } from "#lib/viewer.ts";

import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async (event) => {
  await requireViewer(event);
  const household = await loadHousehold(event, event.params.rumah);
  return {
    household,
    // The household's wallet account: its statement lives under /rekening.
    walletId: household.wallet?.id ?? null,
    base: `/keluarga/${encodeURIComponent(event.params.rumah)}`,
  };
};
