import { graphql } from "./gql.ts";
import { PaymentFields } from "./payments.ts";

/** What the buyer's and the seller's order pages show of one order. */
export const OrderFields = graphql(`
  fragment OrderFields on Order @_unmask {
    id
    number
    status
    paymentMethod
    placedAt
    paidAt
    confirmedAt
    shippedAt
    deliveredAt
    cancelledAt
    cancelReason
    recipientName
    phone
    address
    total {
      amount
      currency
    }
    deliveryFee {
      amount
      currency
    }
    deliveryMethod
    deliveryRegency {
      name
    }
    pickupAddress
    pickupHours
    courierName
    trackingNumber
    shippingNote
    autoCompleteAt
    buyerCooperative {
      name
      village {
        name
      }
    }
    business {
      id
      name
      slug
      contactPhone
      cooperative {
        id
        name
        contactPhone
      }
      delivery {
        courierNames
      }
    }
    lines {
      productName
      quantity
      unitPrice {
        amount
        currency
      }
      lineTotal {
        amount
        currency
      }
      product {
        id
        slug
        unit
      }
    }
  }
`);

/** The buyer's orders of one checkout, each with its payment (one per cooperative; several orders may share one). */
export const OrdersByIdQuery = graphql(
  `
    query OrdersById($ids: [ID!]!) {
      nodes(ids: $ids) {
        __typename
        ... on Order {
          ...OrderFields
          payment {
            ...PaymentFields
          }
        }
      }
    }
  `,
  [OrderFields, PaymentFields],
);
