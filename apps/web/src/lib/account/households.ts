import { error, type RequestEvent } from "@sveltejs/kit";
import type { CombinedError } from "@urql/core";
import { graphql, type ResultOf } from "../gql.ts";
import { createApiClient } from "../graphql.ts";

type ApiEvent = Pick<RequestEvent, "cookies" | "fetch">;

/** A household the signed-in user belongs to, for the picker on /keluarga. */
export interface HouseholdSummary {
  id: string;
  name: string;
}

/**
 * API GAP: the schema has no way to list the viewer's households (nor a household's wallet
 * account). These documents ask for the fields the web app needs — `viewer { households }` and
 * `Household.wallet` — untyped, because gql.tada would reject fields the committed schema lacks.
 * While the API answers "Cannot query field", they return `supported: false` and the pages
 * explain it; once the API has the fields, they work without a change here. Replace them with
 * typed `graphql()` documents then.
 */
const VIEWER_HOUSEHOLDS = /* GraphQL */ `
  query ViewerHouseholds {
    viewer {
      households {
        id
        name
      }
    }
  }
`;

const HOUSEHOLD_WALLET = /* GraphQL */ `
  query HouseholdWallet($id: ID!) {
    node(id: $id) {
      ... on Household {
        wallet {
          id
        }
      }
    }
  }
`;

const missingField = (combined: CombinedError | undefined) =>
  !!combined?.graphQLErrors.some((e) => /Cannot query field/.test(e.message));

/** The viewer's households, or `supported: false` while the API cannot list them. */
export async function findViewerHouseholds(
  event: ApiEvent,
): Promise<{ supported: boolean; households: HouseholdSummary[] }> {
  const result = await createApiClient(event)
    .query<{ viewer: { households: HouseholdSummary[] } | null }>(VIEWER_HOUSEHOLDS, {})
    .toPromise();
  if (missingField(result.error)) return { supported: false, households: [] };
  if (result.error?.networkError) error(503, "API unavailable");
  if (result.error) error(502, "API error");
  return { supported: true, households: result.data?.viewer?.households ?? [] };
}

/** Global ID of the household's wallet account, or null while the API does not expose it. */
export async function findHouseholdWalletId(event: ApiEvent, householdId: string): Promise<string | null> {
  const result = await createApiClient(event)
    .query<{ node: { wallet?: { id: string } | null } | null }>(HOUSEHOLD_WALLET, { id: householdId })
    .toPromise();
  return result.data?.node?.wallet?.id ?? null;
}

const HouseholdQuery = graphql(`
  query Household($id: ID!) {
    node(id: $id) {
      __typename
      ... on Household {
        id
        name
        walletBalance {
          amount
          currency
        }
        declaredAnnualIncome {
          amount
          currency
        }
        village {
          name
        }
        members {
          fullName
          relationship
        }
      }
    }
  }
`);

export type Household = Extract<NonNullable<ResultOf<typeof HouseholdQuery>["node"]>, { __typename: "Household" }>;

/**
 * The household named in the address, if the signed-in user may see it. The API refuses a
 * household of another family with an authorization error; to the visitor that is a 404, so the
 * page does not confirm that a household with that ID exists.
 */
export async function loadHousehold(event: ApiEvent, id: string): Promise<Household> {
  const result = await createApiClient(event).query(HouseholdQuery, { id }).toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  const node = result.data?.node;
  if (node?.__typename === "Household") return node;
  if (result.error && !result.error.graphQLErrors.every((e) => /authori[sz]|not found|invalid/i.test(e.message))) {
    console.error("GraphQL API returned errors:", result.error.graphQLErrors);
    error(502, "API error");
  }
  error(404, "Not found");
}
