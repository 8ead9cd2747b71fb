import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";
import { RoundTermsFields } from "#lib/pendanaan/round-terms-fields.ts";
import { BusinessesToVerify, businessesToVerify, searchCandidates, verifyAction } from "#lib/verification.ts";

import type { Actions, PageServerLoad } from "./$types";

// What waits for the cooperative's officers: requests to join, owners to verify, rounds to review.
const ReviewQuery = graphql(
  `
    query CoopReview($slug: String!) {
      cooperative(slug: $slug) {
        id
        businessRequests(first: 50) {
          totalCount
          edges {
            node {
              id
              message
              createdAt
              business {
                name
                slug
                ownerName
                village {
                  name
                }
              }
            }
          }
        }
        roundsInReview(first: 50) {
          totalCount
          edges {
            node {
              id
              slug
              title
              purpose
              ...RoundTermsFields
              business {
                name
                slug
                returneeVerified
              }
              history {
                kind
                at
                actorName
                comment
              }
            }
          }
        }
        village {
          id
          ...BusinessesToVerify
        }
      }
    }
  `,
  [BusinessesToVerify, RoundTermsFields],
);

const DecideRequest = graphql(
  `
    mutation DecideCooperativeRequest($input: DecideCooperativeRequestInput!) {
      decideCooperativeRequest(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const ReviewRound = graphql(
  `
    mutation ReviewFundingRound($input: ReviewFundingRoundInput!) {
      reviewFundingRound(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const CHECKLIST = ["businessVerified", "useOfFunds", "repaymentPlan", "withinLimits"] as const;

export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const data = await runQuery(createApiClient(event), ReviewQuery, { slug: cooperative.slug });
  const coop = data.cooperative;
  return {
    requests: coop?.businessRequests.edges.map((e) => e.node) ?? [],
    rounds: coop?.roundsInReview.edges.map((e) => e.node) ?? [],
    toVerify: businessesToVerify(coop?.village),
    search: coop ? await searchCandidates(event, coop.village.id) : null,
    checklist: CHECKLIST,
  };
};

export const actions: Actions = {
  putuskan: async (event) => {
    const { role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["requestId", "decision", "reason"]);
    const keep = { action: "putuskan" as const, values };
    const input = { requestId: values.requestId, accept: values.decision === "accept", reason: values.reason };
    const outcome = await submit(
      event,
      DecideRequest,
      { input },
      keep,
      (data) => data.decideCooperativeRequest,
      (name) => (name === "reason" ? name : undefined),
    );
    if ("failure" in outcome) return outcome.failure;
    return { action: "putuskan" as const, done: true, accepted: input.accept };
  },

  verifikasi: async (event) => {
    const { role } = await loadCooperative(event);
    requireOfficer(event, role);
    return verifyAction(event);
  },

  tinjau: async (event) => {
    const { role } = await loadCooperative(event);
    requireOfficer(event, role);
    const form = await event.request.formData();
    const values = formValues(form, ["roundId", "decision", "comment"]);
    const keep = { action: "tinjau" as const, values };
    const checklist = Object.fromEntries(CHECKLIST.map((item) => [item, form.get(item) === "on"])) as Record<
      (typeof CHECKLIST)[number],
      boolean
    >;
    const input = {
      roundId: values.roundId,
      approve: values.decision === "approve",
      comment: values.comment,
      checklist,
    };
    const outcome = await submit(
      event,
      ReviewRound,
      { input },
      keep,
      (data) => data.reviewFundingRound,
      (name) => (name === "comment" ? name : undefined),
    );
    if ("failure" in outcome) return outcome.failure;
    return { action: "tinjau" as const, done: true, approved: input.approve };
  },
};
