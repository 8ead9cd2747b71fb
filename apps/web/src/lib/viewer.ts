import type { RequestEvent } from "@sveltejs/kit";

import { graphql, type ResultOf } from "./gql.ts";
import { createApiClient, runQuery } from "./graphql.ts";
import { redirectToSignIn, requireSession, SESSION_COOKIE } from "./session.ts";

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
  requireSession(event);
  const data = await runQuery(createApiClient(event), ViewerQuery, {});
  return data.viewer ?? redirectToSignIn(event.url);
}

const HeaderQuery = graphql(`
  query HeaderViewer {
    viewer {
      id
      name
      isPlatformAdmin
      cart {
        itemCount
      }
      households {
        id
      }
      businesses {
        id
      }
      cooperativeOffices {
        title
      }
      memberships {
        status
      }
      villageOffices {
        title
      }
    }
    viewerOrganizations {
      id
    }
  }
`);

/** What the header needs about the signed-in user: their name, cart size and workspaces. */
export interface HeaderViewer {
  name: string;
  cartItemCount: number;
  roles: WorkspaceRoles;
}

/** Which workspaces the user has a reason to open; each becomes a header link. */
export interface WorkspaceRoles {
  household: boolean;
  business: boolean;
  /** An officer, or an active member (members vote at the RAT). */
  cooperative: boolean;
  villageOfficer: boolean;
  partner: boolean;
  admin: boolean;
}

const NO_ROLES: WorkspaceRoles = {
  household: false,
  business: false,
  cooperative: false,
  villageOfficer: false,
  partner: false,
  admin: false,
};

/**
 * The signed-in user for the header, with their roles, in one API call; null for visitors.
 * Like findViewer it never fails the page: if the API is down the header shows "Masuk".
 */
export async function findHeaderViewer(event: ViewerEvent): Promise<HeaderViewer | null> {
  if (!event.cookies.get(SESSION_COOKIE)) return null;
  const result = await createApiClient(event).query(HeaderQuery, {}).toPromise();
  const viewer = result.data?.viewer;
  if (!viewer) {
    if (!result.error?.graphQLErrors.length) return null;
    // A failing role field must not sign the user out of the header: show the name without workspaces.
    console.error("Header query failed:", result.error.graphQLErrors);
    const plain = await findViewer(event);
    return plain ? { name: plain.name, cartItemCount: 0, roles: NO_ROLES } : null;
  }
  return {
    name: viewer.name,
    cartItemCount: viewer.cart.itemCount,
    roles: {
      household: viewer.households.length > 0,
      business: viewer.businesses.length > 0,
      cooperative:
        viewer.cooperativeOffices.length > 0 || viewer.memberships.some((membership) => membership.status === "ACTIVE"),
      villageOfficer: viewer.villageOffices.length > 0,
      partner: (result.data?.viewerOrganizations.length ?? 0) > 0,
      admin: viewer.isPlatformAdmin,
    },
  };
}
