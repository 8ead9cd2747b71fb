import { graphql } from "./gql.ts";

/**
 * A business's delivery fees: the couriers and their flat fee, and its own delivery's fee per regency. Selected once
 * for the checkout (the fees the buyer sees before placing an order) and the seller's delivery settings.
 */
export const DeliveryFeesFields = graphql(`
  fragment DeliveryFeesFields on DeliverySettings @_unmask {
    courierNames
    courierRate {
      amount
      currency
    }
    rates {
      regency {
        id
        code
      }
      rate {
        amount
        currency
      }
    }
  }
`);
