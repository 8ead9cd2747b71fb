import { graphql } from "./gql.ts";

/** Regencies (kabupaten/kota) of the provinces taking part, by province: for delivery rates and the checkout. */
export const RegenciesQuery = graphql(`
  query DeliveryRegencies {
    provinces {
      id
      name
      regencies {
        id
        code
        name
      }
    }
  }
`);
