import { loadMyBusinesses } from "#lib/server/my-business.ts";

import type { LayoutServerLoad } from "./$types";

export const load: LayoutServerLoad = (event) => loadMyBusinesses(event);
