import { error, type RequestHandler } from "@sveltejs/kit";

import { csvDownload } from "#lib/download.server.ts";
import { todayInJakarta } from "#lib/format.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient } from "#lib/graphql.ts";
import { SESSION_COOKIE } from "#lib/session.ts";
import { statementPeriodOf } from "#lib/statement-period.server.ts";

const StatementCsvQuery = graphql(`
  query AccountStatementCsv($id: ID!, $from: DateTime, $until: DateTime) {
    node(id: $id) {
      __typename
      ... on Account {
        statementCsv(from: $from, until: $until)
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
  const client = createApiClient(event);
  const id = event.params.akun ?? "";
  const period = await statementPeriodOf(client, id, event.url.searchParams);
  const result = await client.query(StatementCsvQuery, { id, from: period.from, until: period.until }).toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  const node = result.data?.node;
  if (node?.__typename !== "Account") error(404, "Not found");
  const day = todayInJakarta();
  const name =
    !period.problem && (period.dari || period.sampai)
      ? `mutasi-${period.dari || "awal"}-${period.sampai || day}`
      : `mutasi-${day}`;
  return csvDownload(node.statementCsv, name);
};
