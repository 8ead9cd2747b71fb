import { error, redirect } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { RoundTermsFields } from "#lib/pendanaan/round-terms-fields.ts";
import { pledgeLinks } from "#lib/pendanaan/rounds.ts";
import { signInUrl } from "#lib/session.ts";

import type { PageServerLoad } from "./$types";

const RoundQuery = graphql(
  `
    query FundingRoundPage($slug: String!) {
      fundingRound(slug: $slug) {
        id
        slug
        title
        purpose
        status
        ...RoundTermsFields
        opensAt
        closesAt
        progressBps
        investorCount
        raised {
          amount
          currency
        }
        business {
          name
          slug
          ownerName
          village {
            name
            code
          }
        }
        cooperative {
          name
          slug
        }
        schedule {
          sequence
          dueOn
          amount {
            amount
            currency
          }
          paid {
            amount
            currency
          }
          status
        }
        repaymentRecord {
          dueToDate {
            amount
            currency
          }
          paidOnDue {
            amount
            currency
          }
          paidTotal {
            amount
            currency
          }
          arrears {
            amount
            currency
          }
          rateBps
          overdueCount
        }
        history {
          kind
          at
          actorName
          comment
        }
        updates(first: 50) {
          totalCount
          edges {
            node {
              id
              title
              body
              createdAt
              authorName
            }
          }
        }
      }
      viewer {
        households {
          id
          name
        }
      }
    }
  `,
  [RoundTermsFields],
);

// A round may also be addressed by its global ID (what the API hands out); it then redirects to the slug address.
const RoundByIdQuery = graphql(`
  query FundingRoundSlug($id: ID!) {
    node(id: $id) {
      __typename
      ... on FundingRound {
        slug
      }
    }
  }
`);

const SLUG = /^[a-z0-9-]{1,160}$/;
const GLOBAL_ID = /^[A-Za-z0-9+/=_-]{8,200}$/;

export const load: PageServerLoad = async (event) => {
  const { slug } = event.params;
  const client = createApiClient(event);
  if (!SLUG.test(slug)) {
    if (!GLOBAL_ID.test(slug)) error(404, "Funding round not found");
    // Not runQuery: an ID the API cannot decode (a GraphQL error) is a missing round here, a 404.
    // An API it cannot reach is still a 503, as everywhere else.
    const found = await client.query(RoundByIdQuery, { id: slug }).toPromise();
    if (found.error?.networkError) {
      console.error("GraphQL API unreachable:", found.error.networkError);
      error(503, "API unavailable");
    }
    const node = found.data?.node;
    if (node?.__typename === "FundingRound") redirect(308, `/pendanaan/${node.slug}`);
    error(404, "Funding round not found");
  }

  const data = await runQuery(client, RoundQuery, { slug });
  const round = data.fundingRound;
  if (!round) error(404, "Funding round not found");
  const { updates, ...rest } = round;
  return {
    round: rest,
    updates: updates.edges.map((edge) => edge.node),
    updateCount: updates.totalCount,
    pledge: pledgeLinks({
      status: round.status,
      slug: round.slug,
      households: data.viewer ? data.viewer.households : null,
      signIn: signInUrl(event.url.pathname),
    }),
  };
};
