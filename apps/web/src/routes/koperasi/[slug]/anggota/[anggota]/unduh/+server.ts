import { error, type RequestHandler } from "@sveltejs/kit";

import { csvDownload } from "#lib/download.server.ts";
import { todayInJakarta } from "#lib/format.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient } from "#lib/graphql.ts";
import { SESSION_COOKIE } from "#lib/session.ts";

const SavingsCsvQuery = graphql(`
  query MemberSavingsCsv($id: ID!) {
    node(id: $id) {
      __typename
      ... on Membership {
        memberNumber
        savingsStatementCsv
      }
    }
  }
`);

/** A member's savings movements, for the member and the cooperative's officers (the API refuses anyone else). */
export const GET: RequestHandler = async (event) => {
  if (!event.cookies.get(SESSION_COOKIE)) error(401, "Sign in first");
  const result = await createApiClient(event)
    .query(SavingsCsvQuery, { id: event.params.anggota ?? "" })
    .toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  const node = result.data?.node;
  if (node?.__typename !== "Membership") error(404, "Not found");
  return csvDownload(node.savingsStatementCsv, `simpanan-${node.memberNumber}-${todayInJakarta()}`);
};
