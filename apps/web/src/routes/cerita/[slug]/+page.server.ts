import { error } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadVillageStories } from "#lib/village-stories.ts";

import type { PageServerLoad } from "./$types";

const StoryQuery = graphql(`
  query StoryPage($slug: String!) {
    story(slug: $slug) {
      id
      slug
      title
      kind
      status
      body
      authorName
      authorBusiness {
        name
        slug
      }
      publishedAt
      coverImageUrl
      village {
        id
        name
        code
        districtName
        regency {
          name
        }
      }
    }
  }
`);

/** Slugs are lowercase words joined by hyphens; anything else cannot be a story. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const load: PageServerLoad = async (event) => {
  if (!SLUG.test(event.params.slug) || event.params.slug.length > 200) error(404, "Story not found");
  const client = createApiClient(event);
  // A draft is returned to its village's officers only; for anyone else it is null, like a missing story.
  const { story } = await runQuery(client, StoryQuery, { slug: event.params.slug });
  if (!story) error(404, "Story not found");
  // Anything but a published story is shown to its village's officers only: no shared cache may keep it.
  if (story.status !== "PUBLISHED") event.setHeaders({ "cache-control": "private, no-store" });
  // Up to three other published stories of the same village, to keep reading.
  const more = await loadVillageStories(client, story.village.id, 4);
  return {
    story,
    moreFromVillage: more
      .filter((other) => other.id !== story.id)
      .slice(0, 3)
      .map(({ id, slug, title, publishedAt }) => ({ id, slug, title, publishedAt })),
  };
};
