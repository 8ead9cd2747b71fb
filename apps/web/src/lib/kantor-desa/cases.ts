// GraphQL documents of the protection case pages (/kantor-desa/[village]/kasus).
import { MutationErrors } from "../forms/mutation-errors.ts";
import { graphql } from "../gql.ts";
import { PageInfoFields } from "../page-info-fields.ts";

export const VillageCasesQuery = graphql(
  `
    query VillageCases(
      $slug: String!
      $status: ProtectionCaseStatus
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      village(slug: $slug) {
        id
        protectionCases(status: $status, first: $first, after: $after, last: $last, before: $before) {
          pageInfo {
            ...PageInfoFields
          }
          edges {
            node {
              id
              type
              status
              openedAt
              closedAt
              countryOfIncident
              person {
                fullName
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFields],
);

export const ProtectionCaseQuery = graphql(`
  query ProtectionCaseDetail($id: ID!) {
    node(id: $id) {
      __typename
      ... on ProtectionCase {
        id
        type
        status
        summary
        countryOfIncident
        referralAgency
        referredAt
        openedAt
        closedAt
        handlerName
        version
        village {
          slug
        }
        person {
          id
          fullName
        }
        events {
          status
          note
          createdAt
        }
      }
    }
  }
`);

export const OpenProtectionCase = graphql(
  `
    mutation OpenProtectionCase($input: OpenProtectionCaseInput!) {
      openProtectionCase(input: $input) {
        __typename
        ... on MutationOpenProtectionCaseSuccess {
          data {
            protectionCase {
              id
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const UpdateProtectionCase = graphql(
  `
    mutation UpdateProtectionCase($input: UpdateProtectionCaseInput!) {
      updateProtectionCase(input: $input) {
        __typename
        ... on ProtectionCaseConflictError {
          current {
            status
            version
            events {
              status
              note
              createdAt
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const ReferProtectionCase = graphql(
  `
    mutation ReferProtectionCase($input: ReferProtectionCaseInput!) {
      referProtectionCase(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const CASE_FIELDS = ["type", "summary", "countryOfIncident"] as const;

/** Where the cases' typed errors belong on the forms. */
export function caseField(name: string): string | undefined {
  if (name === "InvalidStatusTransitionError") return "status";
  return ["type", "summary", "countryOfIncident", "status", "note", "agency"].includes(name) ? name : undefined;
}
