import { error, type RequestHandler } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient } from "#lib/graphql.ts";
import { SESSION_COOKIE } from "#lib/session.ts";

const StatementCsvQuery = graphql(`
  query AccountStatementCsv($id: ID!) {
    node(id: $id) {
      __typename
      ... on Account {
        statementCsv
      }
    }
  }
`);

/**
 * The whole statement as a CSV file. Authorised by the session cookie like the pages: the API
 * answers only for the account's owner. Never cached: it is personal and changes with each entry.
 */
export const GET: RequestHandler = async (event) => {
  if (!event.cookies.get(SESSION_COOKIE)) error(401, "Sign in first");
  const result = await createApiClient(event)
    .query(StatementCsvQuery, { id: event.params.akun ?? "" })
    .toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  const node = result.data?.node;
  if (node?.__typename !== "Account") error(404, "Not found");
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(new Date());
  return new Response(node.statementCsv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="mutasi-${day}.csv"`,
      "cache-control": "private, no-store",
    },
  });
};
