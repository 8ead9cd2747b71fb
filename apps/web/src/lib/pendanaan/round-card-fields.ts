import { graphql, type ResultOf } from "../gql.ts";

/**
 * What round-card.svelte shows of a funding round, selected once for every list that renders the card
 * (the home page, /pendanaan, a business page). `@_unmask`: the pages hand the fields straight to the card.
 * Kept out of the component so the GraphQL document stays on the server.
 */
export const RoundCardFields = graphql(`
  fragment RoundCard on FundingRound @_unmask {
    id
    slug
    title
    purpose
    status
    instrument
    tenorMonths
    returnBps
    progressBps
    investorCount
    closesAt
    target {
      amount
      currency
    }
    raised {
      amount
      currency
    }
    arrears {
      amount
      currency
    }
    business {
      name
      slug
      village {
        name
        code
      }
    }
  }
`);

export type CardRound = ResultOf<typeof RoundCardFields>;
