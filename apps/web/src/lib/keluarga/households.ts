import { error, type RequestEvent } from "@sveltejs/kit";

import { queryConfidential } from "../confidential.server.ts";
import { graphql, type ResultOf } from "../gql.ts";
import { createApiClient, runQuery } from "../graphql.ts";

type ApiEvent = Pick<RequestEvent, "cookies" | "fetch">;

const ViewerHouseholdsQuery = graphql(`
  query ViewerHouseholds {
    viewer {
      id
      households {
        id
        name
        village {
          name
        }
      }
    }
  }
`);

/** A household the signed-in user belongs to, for the picker on /keluarga. */
export type HouseholdSummary = NonNullable<ResultOf<typeof ViewerHouseholdsQuery>["viewer"]>["households"][number];

/** The signed-in user's households (empty for an account without a person in a household). */
export async function findViewerHouseholds(event: ApiEvent): Promise<HouseholdSummary[]> {
  const data = await runQuery(createApiClient(event), ViewerHouseholdsQuery, {});
  return data.viewer?.households ?? [];
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
        wallet {
          id
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
  const { node } = await queryConfidential(event, HouseholdQuery, { id });
  if (node?.__typename === "Household") return node;
  error(404, "Not found");
}
