import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { RoundCardFields } from "#lib/pendanaan/round-card-fields.ts";

import type { PageServerLoad } from "./$types";

const FundingRoundsQuery = graphql(
  `
    query FundingRoundList($first: Int, $after: String, $last: Int, $before: String) {
      fundingRounds(first: $first, after: $after, last: $last, before: $before) {
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            ...RoundCard
          }
        }
      }
    }
  `,
  [RoundCardFields, PageInfoFields],
);

export const load: PageServerLoad = async (event) => {
  const page = readPageArgs(event.url.searchParams, 12);
  const data = await runQuery(createApiClient(event), FundingRoundsQuery, page);
  return {
    rounds: data.fundingRounds.edges.map((edge) => edge.node),
    links: pageLinks(event.url, page, data.fundingRounds.pageInfo),
  };
};
