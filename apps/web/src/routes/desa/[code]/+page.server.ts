import { error } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { partnerOf } from "#lib/jaringan/labels.ts";
import { PartnerLinkFields } from "#lib/jaringan/partner-link-fields.ts";
import { loadVillageStories } from "#lib/village-stories.ts";

import type { PageServerLoad } from "./$types";

const VillageQuery = graphql(
  `
    query VillagePage($code: String!) {
      village(code: $code) {
        id
        name
        code
        districtName
        description
        population
        knownFor
        links(first: 20) {
          edges {
            node {
              ...PartnerLinkFields
            }
          }
        }
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
  `,
  [PartnerLinkFields],
);

// The village's good practices, with how many villages adopted each. Stories filter by the village's ID, which the
// first query gives.
const VillagePracticesQuery = graphql(`
  query VillagePractices($villageId: ID!) {
    practices: stories(first: 20, filter: { villageId: $villageId, kind: PRACTICE }) {
      edges {
        node {
          id
          slug
          title
          adoptionCount
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
  const [stories, practices] = await Promise.all([
    loadVillageStories(client, village.id, 3),
    runQuery(client, VillagePracticesQuery, { villageId: village.id }),
  ]);
  const { links, ...place } = village;
  return {
    village: place,
    partners: links.edges.map(({ node: link }) => ({
      kind: link.kind,
      village: partnerOf(link, village.id),
    })),
    practices: practices.practices.edges.map((edge) => edge.node),
    stories,
    businesses: businesses.edges.map((edge) => edge.node),
    businessCount: businesses.totalCount,
  };
};
