import { graphql } from "#lib/gql.ts";
import { queryConfidential } from "#lib/kantor-desa/office.ts";
import type { PageServerLoad } from "./$types";

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
      openCases: protectionCases(first: 100) {
        edges {
          node {
            id
            status
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const data = await queryConfidential(event, OverviewQuery, { slug: village.slug });
  const cases = data.village?.openCases?.edges.map((edge) => edge.node) ?? [];
  return {
    summary: data.village?.registrySummary ?? null,
    openCaseCount: cases.filter((c) => c.status !== "RESOLVED" && c.status !== "CLOSED_UNRESOLVED").length,
  };
};
