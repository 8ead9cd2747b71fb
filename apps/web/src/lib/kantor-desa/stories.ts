// GraphQL documents of the village's stories pages (/kantor-desa/[village]/cerita).
import { MutationErrors } from "../forms/mutation-errors.ts";
import { graphql } from "../gql.ts";

/** A story in the office's lists, drafts and published alike. */
const StoryRowFields = graphql(`
  fragment StoryRowFields on Story @_unmask {
    id
    slug
    title
    kind
    authorName
  }
`);

export const VillageStoriesQuery = graphql(
  `
    query VillageOfficeStories($slug: String!, $villageId: ID!) {
      village(slug: $slug) {
        id
        storyDrafts(first: 50) {
          edges {
            node {
              ...StoryRowFields
            }
          }
        }
      }
      stories(first: 20, filter: { villageId: $villageId }) {
        edges {
          node {
            ...StoryRowFields
            publishedAt
          }
        }
      }
    }
  `,
  [StoryRowFields],
);

export const CreateStory = graphql(
  `
    mutation CreateStory($input: CreateStoryInput!) {
      createStory(input: $input) {
        __typename
        ... on MutationCreateStorySuccess {
          data {
            story {
              id
              slug
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const PublishStory = graphql(`
  mutation PublishStory($input: PublishStoryInput!) {
    publishStory(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

export const STORY_FIELDS = [
  "kind",
  "title",
  "body",
  "coverImageUrl",
  "whatWasDone",
  "costIdr",
  "whatChanged",
  "contactRole",
  "publish",
] as const;
export const STORY_KINDS = ["STORY", "PRACTICE"] as const;

export const storyField = (name: string) =>
  ["kind", "title", "body", "coverImageUrl", "whatWasDone", "costIdr", "whatChanged", "contactRole"].includes(name)
    ? name
    : undefined;
