import { loadMyBusinesses } from "#lib/usahaku/my-business.server.ts";

import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = (event) => loadMyBusinesses(event);
