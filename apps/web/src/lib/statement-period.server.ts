import type { Client } from "@urql/core";

import { graphql } from "#lib/gql.ts";

import { readStatementPeriod, type StatementPeriod } from "./statement-period.ts";

const AccountZoneQuery = graphql(`
  query AccountTimeZone($id: ID!) {
    node(id: $id) {
      __typename
      ... on Account {
        timeZone
      }
    }
  }
`);

/**
 * The period asked for in the URL, read in the account's local time. Only the API knows that zone, so a period
 * costs one small query first; without a period (the usual visit) there is nothing to convert and no query.
 */
export async function statementPeriodOf(
  client: Client,
  accountId: string,
  params: URLSearchParams,
): Promise<StatementPeriod> {
  if (!params.get("dari")?.trim() && !params.get("sampai")?.trim()) return readStatementPeriod(params, "WIB");
  const zone = await client.query(AccountZoneQuery, { id: accountId }).toPromise();
  return readStatementPeriod(params, zone.data?.node?.__typename === "Account" ? zone.data.node.timeZone : "WIB");
}
