import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { redirectToSignIn, requireSession } from "#lib/session.ts";

import type { PageServerLoad } from "./$types";

const MyCooperativesQuery = graphql(`
  query MyCooperatives {
    viewer {
      id
      name
      cooperativeOffices {
        title
        cooperative {
          id
          slug
          name
          memberCount
          village {
            name
          }
        }
      }
      memberships {
        id
        memberNumber
        status
        cooperative {
          id
          slug
          name
        }
      }
    }
  }
`);

/** The cooperatives the signed-in user is an officer of, and (for a non-officer) where they are a member. */
export const load: PageServerLoad = async (event) => {
  requireSession(event);
  const { viewer } = await runQuery(createApiClient(event), MyCooperativesQuery, {});
  if (!viewer) redirectToSignIn(event.url);
  return {
    viewerName: viewer.name,
    offices: viewer.cooperativeOffices,
    memberships: viewer.memberships.filter((ms) => ms.status === "ACTIVE"),
  };
};
