import { queryConfidential } from "#lib/confidential.server.ts";
import { graphql } from "#lib/gql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";

import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 20;

const MigrationDeskQuery = graphql(
  `
    query MigrationDesk(
      $slug: String!
      $filter: MigrationDeskFilter
      $first: Int
      $after: String
      $last: Int
      $before: String
    ) {
      village(slug: $slug) {
        id
        migrationDesk(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
          pageInfo {
            ...PageInfoFields
          }
          edges {
            node {
              id
              destinationCountry
              plannedDepartureAt
              placementAgency
              agencyCheck
              expiringDocuments {
                document
                expiresOn
              }
              checklistProgress {
                done
                applicable
              }
              person {
                id
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

/** The flags in the address (`tanda=agen|dokumen`) and the API's names for them. */
const FLAGS = { agen: "AGENCY", dokumen: "DOCUMENTS" } as const;

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const params = event.url.searchParams;
  const tanda = params.get("tanda") ?? "";
  const cari = (params.get("cari") ?? "").trim().slice(0, 100);
  const flag = tanda in FLAGS ? FLAGS[tanda as keyof typeof FLAGS] : null;
  const filter = { ...(flag ? { flag } : {}), ...(cari ? { search: cari } : {}) };
  const page = readPageArgs(params, PAGE_SIZE);
  const data = await queryConfidential(event, MigrationDeskQuery, { slug: village.slug, filter, ...page });
  const desk = data.village?.migrationDesk;
  return {
    filter: { tanda: flag ? tanda : "", cari },
    filtered: Object.keys(filter).length > 0,
    stints: (desk?.edges ?? []).map(({ node }) => node),
    links: desk ? pageLinks(event.url, page, desk.pageInfo) : { previous: null, next: null },
  };
};
