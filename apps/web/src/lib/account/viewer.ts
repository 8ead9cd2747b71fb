import { redirect, type RequestEvent } from "@sveltejs/kit";
import { graphql, type ResultOf } from "../gql.ts";
import { createApiClient, runQuery } from "../graphql.ts";
import { SESSION_COOKIE, signInUrl } from "../session.ts";

type ViewerEvent = Pick<RequestEvent, "cookies" | "fetch" | "url">;

const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      locale
    }
  }
`);

export type Viewer = NonNullable<ResultOf<typeof ViewerQuery>["viewer"]>;

/**
 * The signed-in user for the header, or null. Never fails the page: a visitor without a session
 * costs no API call, and when the API is down the header simply shows "Masuk".
 */
export async function findViewer(event: ViewerEvent): Promise<Viewer | null> {
  if (!event.cookies.get(SESSION_COOKIE)) return null;
  const result = await createApiClient(event).query(ViewerQuery, {}).toPromise();
  return result.data?.viewer ?? null;
}

/**
 * The signed-in user, or a redirect to the sign-in page that comes back to this page afterwards.
 * Unlike findViewer, an unreachable API is an error page: a protected page cannot be shown.
 */
export async function requireViewer(event: ViewerEvent): Promise<Viewer> {
  if (event.cookies.get(SESSION_COOKIE)) {
    const data = await runQuery(createApiClient(event), ViewerQuery, {});
    if (data.viewer) return data.viewer;
  }
  redirect(303, signInUrl(event.url.pathname + event.url.search));
}
