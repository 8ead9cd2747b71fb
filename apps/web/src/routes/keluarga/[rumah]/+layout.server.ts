import { findHouseholdWalletId, loadHousehold } from "#lib/account/households.ts";
import { requireViewer } from "#lib/account/viewer.ts";
import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = async (event) => {
  await requireViewer(event);
  const [household, walletId] = await Promise.all([
    loadHousehold(event, event.params.rumah),
    findHouseholdWalletId(event, event.params.rumah),
  ]);
  return { household, walletId, base: `/keluarga/${encodeURIComponent(event.params.rumah)}` };
};
