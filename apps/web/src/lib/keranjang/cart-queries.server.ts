import { graphql } from "../gql.ts";

/** The buyer's cart grouped by business: each group becomes one order at checkout. */
export const CartQuery = graphql(`
  query CartPage {
    viewer {
      id
      name
      phone
      cart {
        itemCount
        total {
          amount
          currency
        }
        businesses {
          business {
            id
            name
            slug
            village {
              name
            }
          }
          subtotal {
            amount
            currency
          }
          lines {
            quantity
            isAvailable
            lineTotal {
              amount
              currency
            }
            product {
              id
              name
              slug
              unit
              stock
              imageUrl
              priceIdr {
                amount
                currency
              }
            }
          }
        }
      }
    }
  }
`);
