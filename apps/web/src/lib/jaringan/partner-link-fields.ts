import { graphql } from "../gql.ts";

/** A link between two villages as `partnerOf` (./labels.ts) reads it: the other village and how they are tied. */
export const PartnerLinkFields = graphql(`
  fragment PartnerLinkFields on VillageLink @_unmask {
    id
    kind
    fromVillage {
      id
      name
      code
    }
    toVillage {
      id
      name
      code
    }
  }
`);
