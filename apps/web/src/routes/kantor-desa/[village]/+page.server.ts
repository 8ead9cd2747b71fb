import { queryConfidential } from "#lib/confidential.server.ts";
import { graphql } from "#lib/gql.ts";

import type { PageServerLoad } from "./$types";

// Only counts: the overview fetches no confidential case, and the count is right however many there are.
const OverviewQuery = graphql(`
  query VillageOfficeOverview($slug: String!) {
    village(slug: $slug) {
      id
      registrySummary {
        total
        byStatus {
          status
          count
        }
        byDestination {
          destinationCountry
          prospective
          abroad
          returned
          total
        }
      }
      openCases: protectionCases(open: true) {
        totalCount
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const data = await queryConfidential(event, OverviewQuery, { slug: village.slug });
  return {
    summary: data.village?.registrySummary ?? null,
    openCaseCount: data.village?.openCases?.totalCount ?? 0,
  };
};
