// A village's latest published stories, newest first: on its page (/desa/[code]) and below a story of it
// (/cerita/[slug]). Stories filter by the village's ID, which each page's first query gives.
import type { Client } from "@urql/core";

import { graphql } from "./gql.ts";
import { runQuery } from "./graphql.ts";
import { storyCard, StoryCardFields } from "./story-card-fields.ts";

const VillageStoriesQuery = graphql(
  `
    query VillageStories($villageId: ID!, $first: Int!) {
      stories(first: $first, filter: { villageId: $villageId }) {
        edges {
          node {
            ...StoryCardFields
          }
        }
      }
    }
  `,
  [StoryCardFields],
);

/** The village's `first` latest published stories, each with the opening of its body (`excerptLength` characters). */
export async function loadVillageStories(client: Client, villageId: string, first: number, excerptLength = 160) {
  const data = await runQuery(client, VillageStoriesQuery, { villageId, first });
  return data.stories.edges.map(({ node }) => storyCard(node, excerptLength));
}
