import { findHeaderViewer } from "#lib/viewer.ts";

import type { LayoutServerLoad } from "./$types";

// The header shows who is signed in and links to their workspaces (one API call).
// Visitors without a session cost no API call.
export const load: LayoutServerLoad = async (event) => ({ viewer: await findHeaderViewer(event) });
