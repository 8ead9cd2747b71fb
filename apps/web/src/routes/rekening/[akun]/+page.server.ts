import { error } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { statementPeriodOf } from "#lib/statement-period.server.ts";
import { periodQuery } from "#lib/statement-period.ts";
import { requireViewer } from "#lib/viewer.ts";

import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 25;

const StatementQuery = graphql(
  `
    query AccountStatement(
      $id: ID!
      $first: Int
      $after: String
      $last: Int
      $before: String
      $from: DateTime
      $until: DateTime
    ) {
      node(id: $id) {
        __typename
        ... on Account {
          id
          name
          kind
          timeZone
          balance {
            amount
            currency
          }
          statement(first: $first, after: $after, last: $last, before: $before, from: $from, until: $until) {
            pageInfo {
              ...PageInfoFields
            }
            edges {
              cursor
              node {
                createdAt
                description
                amount {
                  amount
                  currency
                }
                balance {
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
  await requireViewer(event);
  const args = readPageArgs(event.url.searchParams, PAGE_SIZE);
  const client = createApiClient(event);
  const period = await statementPeriodOf(client, event.params.akun, event.url.searchParams);
  const result = await client
    .query(StatementQuery, { id: event.params.akun, ...args, from: period.from, until: period.until })
    .toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  const account = result.data?.node?.__typename === "Account" ? result.data.node : null;
  // Someone else's account is refused by the API's scopes; to the visitor it does not exist.
  if (!account) error(404, "Not found");
  return {
    account: { id: account.id, name: account.name, kind: account.kind, balance: account.balance },
    lines: account.statement.edges.map((edge) => ({ cursor: edge.cursor, ...edge.node })),
    links: pageLinks(event.url, args, account.statement.pageInfo),
    period,
    timeZone: account.timeZone,
    csvHref: `/rekening/${encodeURIComponent(event.params.akun)}/unduh${periodQuery(period)}`,
  };
};
