// GraphQL documents and input helpers of the migrant registry pages (/kantor-desa/[village]/registri).
import { MutationErrors } from "../forms/mutation-errors.ts";
import { graphql } from "../gql.ts";
import { PageInfoFields } from "../page-info-fields.ts";

export const VillageRegistryQuery = graphql(
  `
    query VillageRegistry(
      $slug: String!
      $filter: RegistryFilter
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      village(slug: $slug) {
        id
        registry(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
          pageInfo {
            ...PageInfoFields
          }
          edges {
            node {
              id
              fullName
              gender
              currentStatus
              episodes {
                destinationCountry
                departedAt
                returnedAt
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFields],
);

export const RegisterPerson = graphql(
  `
    mutation RegisterPerson($input: RegisterPersonInput!) {
      registerPerson(input: $input) {
        __typename
        ... on MutationRegisterPersonSuccess {
          data {
            person {
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

export const RegistryPersonQuery = graphql(`
  query RegistryPerson($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        fullName
        gender
        birthDate
        phone
        currentStatus
        createdAt
        village {
          slug
        }
        episodes {
          id
          status
          destinationCountry
          jobSector
          employerName
          placementAgency
          agencyCheck
          procedural
          plannedDepartureAt
          departedAt
          returnedAt
          consentGivenAt
          recordedByName
          createdAt
          version
        }
      }
    }
  }
`);

export const RecordMigrationEpisode = graphql(
  `
    mutation RecordMigrationEpisode($input: RecordMigrationEpisodeInput!) {
      recordMigrationEpisode(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const UpdateMigrationEpisodeStatus = graphql(
  `
    mutation UpdateMigrationEpisodeStatus($input: UpdateMigrationEpisodeStatusInput!) {
      updateMigrationEpisodeStatus(input: $input) {
        __typename
        ... on MigrationEpisodeConflictError {
          current {
            status
            version
            departedAt
            returnedAt
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

/** Form fields of "register a migrant"; the NIK is among them but is never sent back to the page. */
export const PERSON_FIELDS = ["fullName", "nik", "gender", "birthDate", "phone", "consentGiven"] as const;

/** Form fields of "record a stint abroad". */
export const EPISODE_FIELDS = [
  "status",
  "destinationCountry",
  "jobSector",
  "employerName",
  "placementAgency",
  "procedural",
  "plannedDepartureAt",
  "departedAt",
  "returnedAt",
  "consentGivenAt",
] as const;

/** Where the registry's typed errors belong on the forms. */
export function registryField(name: string): string | undefined {
  if (name === "DuplicatePersonError") return "nik";
  if (name === "ConsentRequiredError") return "consentGiven";
  if (name === "InvalidEpisodeDatesError") return "dates";
  if (name === "InvalidStatusTransitionError") return "status";
  return ([...PERSON_FIELDS, ...EPISODE_FIELDS, "date"] as readonly string[]).includes(name) ? name : undefined;
}
