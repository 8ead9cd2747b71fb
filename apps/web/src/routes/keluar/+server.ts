import type { RequestHandler } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { runMutation } from "#lib/graphql.ts";
import { SESSION_COOKIE } from "#lib/session.ts";

const SignOut = graphql(`
  mutation SignOut {
    signOut
  }
`);

/**
 * Sign-out from the header's POST form (Kit's origin check refuses cross-site posts). The API
 * revokes the session; the browser's cookie is cleared even when the API cannot be reached, so
 * the visitor is signed out of this browser either way. `Clear-Site-Data: "storage"` deletes what the site kept
 * in the browser (the village office's offline queue in IndexedDB, the service worker and its asset cache), even
 * when the page signing out had no script running.
 */
export const POST: RequestHandler = async (event) => {
  if (event.cookies.get(SESSION_COOKIE)) await runMutation(event, SignOut, {});
  event.cookies.delete(SESSION_COOKIE, { path: "/", secure: event.url.protocol === "https:" });
  return new Response(null, { status: 303, headers: { location: "/", "clear-site-data": '"storage"' } });
};
