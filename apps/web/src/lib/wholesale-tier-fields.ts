import { graphql } from "./gql.ts";

/** A wholesale tier as every page selects it: what `tierFor` and the tier table (./wholesale.ts) read. */
export const WholesaleTierFields = graphql(`
  fragment WholesaleTierFields on WholesalePriceTier @_unmask {
    minQuantity
    unitPrice {
      amount
      currency
    }
  }
`);
