import { redirect } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireOfficer } from "#lib/koperasi/access.ts";

import type { PageServerLoad } from "./$types";

const OverviewQuery = graphql(`
  query CoopOverview($slug: String!) {
    cooperative(slug: $slug) {
      id
      simpananPokok {
        amount
        currency
      }
      simpananWajib {
        amount
        currency
      }
      members(first: 1) {
        totalCount
      }
      meetings(first: 1) {
        totalCount
        edges {
          node {
            id
            kind
            title
            status
            scheduledAt
          }
        }
      }
      ledgerSummary {
        memberSavings {
          total {
            amount
            currency
          }
        }
        reserve {
          amount
          currency
        }
      }
    }
  }
`);

/** The officer's overview; a member is sent to the meetings, the only section they use. */
export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  if (role.signedIn && role.officerTitle === null && role.memberNumber !== null) {
    redirect(303, `/koperasi/${cooperative.slug}/rapat`);
  }
  requireOfficer(event, role);
  const data = await runQuery(createApiClient(event), OverviewQuery, { slug: cooperative.slug });
  if (!data.cooperative) redirect(303, "/koperasi");
  const c = data.cooperative;
  return {
    overview: {
      simpananPokok: c.simpananPokok,
      simpananWajib: c.simpananWajib,
      members: c.members.totalCount,
      meetings: c.meetings.totalCount,
      nextMeeting: c.meetings.edges[0]?.node ?? null,
      savings: c.ledgerSummary.memberSavings.total,
      reserve: c.ledgerSummary.reserve,
    },
  };
};
