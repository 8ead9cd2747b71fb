import { graphql } from "../gql.ts";

/**
 * What `product-card.svelte` shows of a product (`ProductCardData`), selected once for every list of cards that
 * says when a product is sold out (catalogue, a product's "more from this business", a business's products).
 * `@_unmask` so the loads hand the nodes to the card as they are.
 */
export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product @_unmask {
    id
    name
    slug
    priceIdr {
      amount
      currency
    }
    unit
    stock
    imageUrl
    business {
      name
      village {
        name
      }
    }
  }
`);
