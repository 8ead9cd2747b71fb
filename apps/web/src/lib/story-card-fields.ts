import { graphql, type ResultOf } from "./gql.ts";
import { storyExcerpt } from "./stories.ts";

/**
 * What a story card shows (the story list, a village's page, more stories below a story), selected once.
 * `@_unmask` so `storyCard` reads the fields straight off each node.
 */
export const StoryCardFields = graphql(`
  fragment StoryCardFields on Story @_unmask {
    id
    slug
    title
    kind
    body
    authorName
    publishedAt
  }
`);

/** A story for a card: its opening (`excerptLength` characters) instead of the whole body. */
export function storyCard<Story extends ResultOf<typeof StoryCardFields>>(
  { body, ...story }: Story,
  excerptLength?: number,
): Omit<Story, "body"> & { excerpt: string } {
  return { ...story, excerpt: storyExcerpt(body, excerptLength) };
}
