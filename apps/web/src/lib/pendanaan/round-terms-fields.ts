import { graphql } from "../gql.ts";

/**
 * A funding round's terms as a family or an officer reads them before money moves or a round is approved: the
 * instrument and its return (`returnLabel` in ./labels.ts), the tenor, the target and the ticket range. Selected
 * once for the round page, the pledge steps and the cooperative's review queue; `@_unmask` so the pages read the
 * fields as they are.
 */
export const RoundTermsFields = graphql(`
  fragment RoundTermsFields on FundingRound @_unmask {
    instrument
    isPublic
    returnBps
    tenorMonths
    target {
      amount
      currency
    }
    minTicket {
      amount
      currency
    }
    maxTicket {
      amount
      currency
    }
  }
`);
