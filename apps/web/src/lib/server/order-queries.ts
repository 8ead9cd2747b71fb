import { graphql } from "../gql.ts";

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
    business {
      id
      name
      slug
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

export const OrdersByIdQuery = graphql(
  `
    query OrdersById($ids: [ID!]!) {
      nodes(ids: $ids) {
        __typename
        ... on Order {
          ...OrderFields
        }
      }
    }
  `,
  [OrderFields],
);
