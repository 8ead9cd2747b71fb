import { error } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadVillageStories } from "#lib/village-stories.ts";

import type { PageServerLoad } from "./$types";

const VillageQuery = graphql(`
  query VillagePage($code: String!) {
    village(code: $code) {
      id
      name
      code
      districtName
      description
      population
      regency {
        name
        province {
          name
        }
      }
      cooperatives {
        id
        slug
        name
        description
        memberCount
        simpananPokok {
          amount
          currency
        }
        simpananWajib {
          amount
          currency
        }
      }
      businesses(first: 24) {
        totalCount
        edges {
          node {
            id
            name
            slug
            ownerName
            employees
            story
          }
        }
      }
      stats {
        summary {
          businesses
          jobs
          fundsRaised {
            amount
            currency
          }
          productiveShareBps
          receivingHouseholds
          remitted {
            amount
            currency
          }
          repaymentRateBps
        }
        remittanceInflow {
          month
          corridorCountry
          amount {
            amount
          }
        }
      }
    }
  }
`);

/** BPS/Kemendagri village codes are 10 digits. */
const VILLAGE_CODE = /^\d{10}$/;

export const load: PageServerLoad = async (event) => {
  if (!VILLAGE_CODE.test(event.params.code)) error(404, "Village not found");
  const client = createApiClient(event);
  const data = await runQuery(client, VillageQuery, { code: event.params.code });
  if (!data.village) error(404, "Village not found");
  const { businesses, ...village } = data.village;
  return {
    village,
    stories: await loadVillageStories(client, village.id, 3),
    businesses: businesses.edges.map((edge) => edge.node),
    businessCount: businesses.totalCount,
  };
};
