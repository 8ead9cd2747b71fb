import { graphql } from "../gql.ts";

/**
 * A member's savings by kind (pokok, wajib, sukarela) and their total, or the cooperative's sums of them: selected
 * once for the member list, a member's page and the public ledger. `@_unmask` so the pages read the amounts as they are.
 */
export const SavingsBalancesFields = graphql(`
  fragment SavingsBalancesFields on SavingsBalances @_unmask {
    pokok {
      amount
      currency
    }
    wajib {
      amount
      currency
    }
    sukarela {
      amount
      currency
    }
    total {
      amount
      currency
    }
  }
`);
