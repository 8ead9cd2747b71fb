// Who may see which cooperative page. The API enforces every rule; these checks only choose what
// to show (a sign-in link, an explanation) instead of letting a page fail with an API error.
import { error, type RequestEvent } from "@sveltejs/kit";

import { graphql, type ResultOf } from "../gql.ts";
import { createApiClient, runQuery } from "../graphql.ts";
import { redirectToSignIn, SESSION_COOKIE } from "../session.ts";

type Event = Pick<RequestEvent, "cookies" | "fetch" | "url" | "params">;

const CooperativeQuery = graphql(`
  query CoopBySlug($slug: String!) {
    cooperative(slug: $slug) {
      id
      slug
      name
      legalNumber
      description
      foundedAt
      memberCount
      village {
        name
        code
      }
    }
  }
`);

const ViewerRolesQuery = graphql(`
  query CoopViewerRoles {
    viewer {
      id
      name
      isPlatformAdmin
      cooperativeOffices {
        title
        role
        cooperative {
          id
        }
      }
      memberships {
        id
        status
        memberNumber
        cooperative {
          id
        }
      }
    }
  }
`);

export type CooperativeSummary = NonNullable<ResultOf<typeof CooperativeQuery>["cooperative"]>;

/** The viewer's standing in one cooperative: what the pages offer them (the API decides what they get). */
export interface CooperativeRole {
  signedIn: boolean;
  /** Post held (Ketua, Bendahara…), or "" for a platform admin acting as officer; null when not an officer. */
  officerTitle: string | null;
  /** Member number of the viewer's ACTIVE membership, or null. */
  memberNumber: string | null;
  /** Whether the viewer is this cooperative's treasurer (confirms payments); admins count too. */
  treasurer: boolean;
}

/** The cooperative in the URL (a 404 when there is none) and the viewer's role in it. Public pages use it too. */
export async function loadCooperative(
  event: Event,
): Promise<{ cooperative: CooperativeSummary; role: CooperativeRole }> {
  const slug = event.params.slug ?? "";
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) error(404, "Not found");
  const client = createApiClient(event);
  const { cooperative } = await runQuery(client, CooperativeQuery, { slug });
  if (!cooperative) error(404, "Not found");
  const role: CooperativeRole = { signedIn: false, officerTitle: null, memberNumber: null, treasurer: false };
  if (event.cookies.get(SESSION_COOKIE)) {
    const { viewer } = await runQuery(client, ViewerRolesQuery, {});
    if (viewer) {
      role.signedIn = true;
      const office = viewer.cooperativeOffices.find((o) => o.cooperative.id === cooperative.id);
      role.officerTitle = office ? office.title : viewer.isPlatformAdmin ? "" : null;
      role.treasurer = office?.role === "TREASURER" || viewer.isPlatformAdmin;
      role.memberNumber =
        viewer.memberships.find((ms) => ms.cooperative.id === cooperative.id && ms.status === "ACTIVE")?.memberNumber ??
        null;
    }
  }
  return { cooperative, role };
}

/** Sign-in first (coming back here), then a 403 page unless the viewer is an officer of this cooperative. */
export function requireOfficer(event: Pick<RequestEvent, "url">, role: CooperativeRole): void {
  if (!role.signedIn) redirectToSignIn(event.url);
  if (role.officerTitle === null) error(403, "Officers only");
}

/** Sign-in first, then a 403 page unless the viewer is an officer or an active member (meetings). */
export function requireOfficerOrMember(event: Pick<RequestEvent, "url">, role: CooperativeRole): void {
  if (!role.signedIn) redirectToSignIn(event.url);
  if (role.officerTitle === null && role.memberNumber === null) error(403, "Officers and members only");
}

/** A Relay ID from the URL or a form that cannot be ours is a 404 (saves the API a lookup). */
export function checkNodeId(id: string | undefined): string {
  if (!id || !/^[A-Za-z0-9+/=_-]{4,200}$/.test(id)) error(404, "Not found");
  return id;
}
