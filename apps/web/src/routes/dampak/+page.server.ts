import { loadAreaImpact } from "#lib/dampak/impact.ts";

import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => ({ area: await loadAreaImpact(event) });
