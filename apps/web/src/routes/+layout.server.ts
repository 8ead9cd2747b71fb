import { findViewer } from "#lib/account/viewer.ts";
import type { LayoutServerLoad } from "./$types";

// The header shows who is signed in. Visitors without a session cost no API call.
export const load: LayoutServerLoad = async (event) => {
  const viewer = await findViewer(event);
  return { viewer: viewer ? { name: viewer.name } : null };
};
