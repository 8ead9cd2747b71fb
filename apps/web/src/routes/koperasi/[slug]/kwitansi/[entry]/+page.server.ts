import { error } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { checkNodeId } from "#lib/koperasi/access.ts";
import { redirectToSignIn } from "#lib/session.ts";

import type { PageServerLoad } from "./$types";

const ReceiptQuery = graphql(`
  query SavingsReceipt($entryId: ID!) {
    savingsReceipt(entryId: $entryId) {
      entryId
      receiptNumber
      recordedAt
      direction
      kind
      amount {
        amount
        currency
      }
      channel
      balanceAfter {
        amount
        currency
      }
      memberName
      memberNumber
      membershipId
      membershipStatus
      cooperativeName
      cooperativeSlug
      cooperativeLegalNumber
      recordedByName
      memo
      reversed
    }
  }
`);

// A receipt (kwitansi) of one savings deposit or withdrawal. The API shows it to the cooperative's officers and the
// member concerned only; to anyone else it does not exist (404), so a guessed address tells nothing.
export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  if (!role.signedIn) redirectToSignIn(event.url);
  const entryId = checkNodeId(event.params.entry);
  const { savingsReceipt: receipt } = await runQuery(createApiClient(event), ReceiptQuery, { entryId });
  if (!receipt || receipt.cooperativeSlug !== cooperative.slug) error(404, "Not found");
  return {
    receipt,
    isOfficer: role.officerTitle !== null,
    recorded: event.url.searchParams.has("baru"),
  };
};
