import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireOfficer } from "#lib/koperasi/access.ts";

import type { PageServerLoad } from "./$types";

// A trade as both lists show it: the order, its lines at their frozen prices, and the selling business.
const WholesaleTradeFields = graphql(`
  fragment WholesaleTradeFields on WholesaleTrade @_unmask {
    number
    status
    placedAt
    total {
      amount
      currency
    }
    lines {
      productName
      quantity
      unitPrice {
        amount
        currency
      }
    }
    business {
      name
      village {
        name
      }
    }
  }
`);

const WholesaleTradeQuery = graphql(
  `
    query CoopWholesaleTrade($slug: String!) {
      cooperative(slug: $slug) {
        id
        wholesalePurchases(first: 50) {
          edges {
            node {
              ...WholesaleTradeFields
            }
          }
        }
        wholesaleSales(first: 50) {
          edges {
            node {
              ...WholesaleTradeFields
              buyerCooperative {
                name
                village {
                  name
                }
              }
            }
          }
        }
      }
    }
  `,
  [WholesaleTradeFields],
);

/** The cooperative's inter-village wholesale: what it bought from other villages, and what they bought from it. */
export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const data = await runQuery(createApiClient(event), WholesaleTradeQuery, { slug: cooperative.slug });
  return {
    purchases: data.cooperative?.wholesalePurchases.edges.map((e) => e.node) ?? [],
    sales: data.cooperative?.wholesaleSales.edges.map((e) => e.node) ?? [],
  };
};
