import { graphql } from "./gql.ts";

/**
 * The page info every paged list selects, once: what `pageLinks` (./pagination.ts) reads to link the
 * neighbouring pages. `@_unmask` so the loads hand `connection.pageInfo` straight to it.
 */
export const PageInfoFields = graphql(`
  fragment PageInfoFields on PageInfo @_unmask {
    startCursor
    endCursor
    hasNextPage
    hasPreviousPage
  }
`);
