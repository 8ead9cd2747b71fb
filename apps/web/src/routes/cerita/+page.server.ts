import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import type { PageServerLoad } from "./$types";

const StoriesQuery = graphql(`
  query StoryList($first: Int, $after: String, $last: Int, $before: String) {
    stories(first: $first, after: $after, last: $last, before: $before) {
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
      edges {
        node {
          id
          slug
          title
          body
          authorName
          publishedAt
          village {
            name
            code
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const page = readPageArgs(event.url.searchParams, 12);
  const data = await runQuery(createApiClient(event), StoriesQuery, page);
  return {
    stories: data.stories.edges.map((edge) => edge.node),
    links: pageLinks(event.url, page, data.stories.pageInfo),
  };
};
