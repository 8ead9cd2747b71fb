import { redirect, type RequestEvent } from "@sveltejs/kit";

import { graphql } from "../gql.ts";
import { createApiClient, runQuery } from "../graphql.ts";
import { redirectToSignIn, requireSession } from "../session.ts";

const MyBusinessesQuery = graphql(`
  query MyBusinesses {
    viewer {
      id
      name
      businesses {
        id
        name
        slug
        story
        employees
        ownerName
        village {
          id
          name
          code
        }
        cooperative {
          id
          name
        }
      }
    }
  }
`);

/**
 * The signed-in user's businesses for /usahaku (sign-in first when there is no session). The
 * dashboard manages the first one: the demo and almost every returnee have exactly one.
 */
export async function loadMyBusinesses(event: Pick<RequestEvent, "cookies" | "fetch" | "url">) {
  requireSession(event);
  const data = await runQuery(createApiClient(event), MyBusinessesQuery, {});
  if (!data.viewer) redirectToSignIn(event.url);
  return { viewerName: data.viewer.name, business: data.viewer.businesses[0] ?? null };
}

/** The business a /usahaku sub-page works on; without one, back to /usahaku to register it. */
export async function requireMyBusiness(event: Pick<RequestEvent, "cookies" | "fetch" | "url">) {
  const { business } = await loadMyBusinesses(event);
  if (!business) redirect(303, "/usahaku");
  return business;
}
