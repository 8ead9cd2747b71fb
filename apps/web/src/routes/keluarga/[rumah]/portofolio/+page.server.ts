import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";

import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 20;

const PortfolioQuery = graphql(
  `
    query HouseholdPortfolio($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
      node(id: $id) {
        __typename
        ... on Household {
          pledges(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo {
              ...PageInfoFields
            }
            edges {
              node {
                id
                createdAt
                status
                roundSlug
                roundTitle
                amount {
                  amount
                  currency
                }
                received {
                  amount
                  currency
                }
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFields],
);

export const load: PageServerLoad = async (event) => {
  const args = readPageArgs(event.url.searchParams, PAGE_SIZE);
  const data = await runQuery(createApiClient(event), PortfolioQuery, { id: event.params.rumah, ...args });
  const connection = data.node?.__typename === "Household" ? data.node.pledges : null;
  const pledges = connection?.edges.map((edge) => edge.node) ?? [];
  const sum = (pick: (p: (typeof pledges)[number]) => string) =>
    pledges.reduce((total, p) => total + BigInt(pick(p)), 0n).toString();
  return {
    pledges,
    totalCount: connection?.totalCount ?? 0,
    // Totals of the pledges on this page that are still invested.
    invested: sum((p) => (p.status === "ACTIVE" ? p.amount.amount : "0")),
    received: sum((p) => p.received.amount),
    links: connection ? pageLinks(event.url, args, connection.pageInfo) : { previous: null, next: null },
  };
};
