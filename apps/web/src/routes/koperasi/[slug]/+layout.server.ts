import { loadCooperative } from "#lib/koperasi/access.ts";

import type { LayoutServerLoad } from "./$types";

// Public: the ledger page is for everyone; officer and member pages check the role themselves.
export const load: LayoutServerLoad = (event) => loadCooperative(event);
