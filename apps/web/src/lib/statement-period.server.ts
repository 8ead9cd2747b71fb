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

/** The period asked for in the URL, read in the account's local time (which only the API knows). */
export async function statementPeriodOf(client: Client, accountId: string, params: URLSearchParams) {
  const zone = await client.query(AccountZoneQuery, { id: accountId }).toPromise();
  const timeZone = zone.data?.node?.__typename === "Account" ? zone.data.node.timeZone : "WIB";
  const period: StatementPeriod = readStatementPeriod(params, timeZone);
  return { period, timeZone };
}
