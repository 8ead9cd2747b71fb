import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { redirectToSignIn, requireSession } from "#lib/session.ts";

import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 20;

const MyOrdersQuery = graphql(`
  query MyOrdersPage($first: Int!, $after: String) {
    viewer {
      id
      orders(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            number
            status
            paymentMethod
            placedAt
            total {
              amount
              currency
            }
            business {
              name
            }
            lines {
              productName
              quantity
            }
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  requireSession(event);
  const after = event.url.searchParams.get("after")?.slice(0, 200) || null;
  const data = await runQuery(createApiClient(event), MyOrdersQuery, { first: PAGE_SIZE, after });
  if (!data.viewer) redirectToSignIn(event.url);
  const { orders } = data.viewer;
  return {
    orders: orders.edges.map((edge) => edge.node),
    totalCount: orders.totalCount,
    next:
      orders.pageInfo.hasNextPage && orders.pageInfo.endCursor
        ? `/pesanan?after=${encodeURIComponent(orders.pageInfo.endCursor)}`
        : null,
    isFirstPage: after === null,
  };
};
