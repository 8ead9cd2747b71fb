import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { storyCard, StoryCardFields } from "#lib/story-card-fields.ts";

import type { PageServerLoad } from "./$types";

const StoriesQuery = graphql(
  `
    query StoryList($first: Int, $after: String, $last: Int, $before: String) {
      stories(first: $first, after: $after, last: $last, before: $before) {
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            ...StoryCardFields
            village {
              name
              code
            }
          }
        }
      }
    }
  `,
  [PageInfoFields, StoryCardFields],
);

export const load: PageServerLoad = async (event) => {
  const page = readPageArgs(event.url.searchParams, 12);
  const data = await runQuery(createApiClient(event), StoriesQuery, page);
  return {
    // Cards show an excerpt: the whole body stays on the story's own page.
    stories: data.stories.edges.map(({ node }) => storyCard(node)),
    links: pageLinks(event.url, page, data.stories.pageInfo),
  };
};
