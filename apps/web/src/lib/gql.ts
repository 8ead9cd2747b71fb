import { initGraphQLTada } from "gql.tada";

import type { introspection } from "./graphql-env.d.ts";

/**
 * Typed GraphQL documents for the web app. Types come from
 * packages/graphql-client/schema.graphql through `npm run gql:generate`, which writes
 * graphql-env.d.ts beside this file (git-ignored: the committed SDL is the source).
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // The API's IDs are Relay global IDs (opaque strings).
  // DateTime arrives as an ISO 8601 string in JSON.
  scalars: { ID: string; DateTime: string };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
