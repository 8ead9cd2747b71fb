import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { SavingsBalancesFields } from "#lib/koperasi/savings-fields.ts";

import type { PageServerLoad } from "./$types";

const LedgerQuery = graphql(
  `
    query CoopPublicLedger($slug: String!) {
      cooperative(slug: $slug) {
        id
        simpananPokok {
          amount
          currency
        }
        simpananWajib {
          amount
          currency
        }
        shuPolicy {
          reservePct
          membersPct
          boardPct
          staffPct
          educationPct
          socialPct
          juaPctOfMembers
          jmaPctOfMembers
        }
        ledgerSummary {
          capital {
            amount
            currency
          }
          reserve {
            amount
            currency
          }
          shuDistributed {
            amount
            currency
          }
          shuDistributedAdoptedByRat {
            amount
            currency
          }
          funds {
            amount
            currency
          }
          feeIncome {
            amount
            currency
          }
          memberSavings {
            ...SavingsBalancesFields
          }
        }
      }
    }
  `,
  [SavingsBalancesFields],
);

/** The cooperative's public books: totals only, never a person's balance. No sign-in needed. */
export const load: PageServerLoad = async (event) => {
  const { cooperative } = await event.parent();
  const data = await runQuery(createApiClient(event), LedgerQuery, { slug: cooperative.slug });
  return { ledger: data.cooperative };
};
