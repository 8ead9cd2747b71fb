import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { ProgramDatesPlacesFields } from "#lib/program/dates-places-fields.ts";

import type { PageServerLoad } from "./$types";

const ProgramsQuery = graphql(
  `
    query ProgramList($first: Int, $after: String, $last: Int, $before: String) {
      programs(first: $first, after: $after, last: $last, before: $before) {
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            id
            slug
            title
            kind
            teaches
            online
            venue
            ...ProgramDatesPlacesFields
            organization {
              name
            }
            village {
              name
              code
            }
          }
        }
      }
    }
  `,
  [PageInfoFields, ProgramDatesPlacesFields],
);

export const load: PageServerLoad = async (event) => {
  const page = readPageArgs(event.url.searchParams, 12);
  const data = await runQuery(createApiClient(event), ProgramsQuery, page);
  return {
    programs: data.programs.edges.map((edge) => edge.node),
    links: pageLinks(event.url, page, data.programs.pageInfo),
  };
};
