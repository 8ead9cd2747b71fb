import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { RoundCardFields } from "#lib/pendanaan/round-card-fields.ts";

import type { PageServerLoad } from "./$types";

const HomeQuery = graphql(
  `
    query Home {
      featuredProducts(first: 8) {
        edges {
          node {
            id
            name
            slug
            priceIdr {
              amount
              currency
            }
            unit
            imageUrl
            business {
              name
              village {
                name
              }
            }
          }
        }
      }
      fundingRounds(first: 3, filter: { status: OPEN }) {
        edges {
          node {
            ...RoundCard
          }
        }
      }
      villages(first: 12) {
        edges {
          node {
            id
            name
            code
            regency {
              name
              province {
                name
              }
            }
          }
        }
      }
    }
  `,
  [RoundCardFields],
);

export const load: PageServerLoad = async (event) => {
  const data = await runQuery(createApiClient(event), HomeQuery, {});
  return {
    products: data.featuredProducts.edges.map((edge) => edge.node),
    villages: data.villages.edges.map((edge) => edge.node),
    rounds: data.fundingRounds.edges.map((edge) => edge.node),
  };
};
