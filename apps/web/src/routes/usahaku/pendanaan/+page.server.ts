import { error } from "@sveltejs/kit";

import { parseRupiah } from "#lib/forms/amounts.ts";
import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";

import type { Actions, PageServerLoad } from "./$types";

// The business's own rounds, drafts included (Business.fundingRounds shows drafts to the owner only).
const RoundsQuery = graphql(`
  query OwnFundingRounds($slug: String!) {
    business(slug: $slug) {
      fundingRounds(first: 100) {
        edges {
          node {
            id
            slug
            title
            status
            instrument
            closesAt
            progressBps
            investorCount
            target {
              amount
              currency
            }
            raised {
              amount
              currency
            }
            updates(first: 1) {
              totalCount
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
    }
  }
`);

const CreateRound = graphql(
  `
    mutation CreateFundingRound($input: CreateFundingRoundInput!) {
      createFundingRound(input: $input) {
        __typename
        ... on MutationCreateFundingRoundSuccess {
          data {
            round {
              slug
            }
          }
        }
        ...MutationErrors
        ... on InvalidRoundTermsError {
          field
        }
      }
    }
  `,
  [MutationErrors],
);

const OpenRound = graphql(
  `
    mutation OpenFundingRound($input: OpenFundingRoundInput!) {
      openFundingRound(input: $input) {
        __typename
        ... on MutationOpenFundingRoundSuccess {
          data {
            round {
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

const SubmitRound = graphql(
  `
    mutation SubmitFundingRound($input: SubmitFundingRoundInput!) {
      submitFundingRound(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const PostUpdate = graphql(
  `
    mutation PostRoundUpdate($input: PostRoundUpdateInput!) {
      postRoundUpdate(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const ROUND_FIELDS = [
  "title",
  "purpose",
  "instrument",
  "targetIdr",
  "minTicketIdr",
  "maxTicketIdr",
  "returnPercent",
  "tenorMonths",
  "opensAt",
  "closesAt",
  "isPublic",
] as const;
const INSTRUMENTS = ["PROFIT_SHARE", "LOAN", "COOPERATIVE_CAPITAL"] as const;

export const load: PageServerLoad = async (event) => {
  const { business } = await event.parent();
  if (!business) error(404, "No business");
  const data = await runQuery(createApiClient(event), RoundsQuery, { slug: business.slug });
  return {
    rounds: (data.business?.fundingRounds.edges ?? []).map((edge) => edge.node),
    instruments: INSTRUMENTS,
  };
};

/** `2026-12-01` from a date input, as the start of that day in WIB. */
function wibDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value;
}

/** Percent typed as `12` or `12,5` to basis points. */
function percentToBps(value: string): number {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(value.trim());
  if (!match) return -1;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

const roundField = (name: string) =>
  name === "returnBps" ? "returnPercent" : (ROUND_FIELDS as readonly string[]).includes(name) ? name : undefined;

export const actions: Actions = {
  buat: async (event) => {
    const business = await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), ROUND_FIELDS);
    const instrument = (INSTRUMENTS as readonly string[]).includes(values.instrument)
      ? (values.instrument as (typeof INSTRUMENTS)[number])
      : "PROFIT_SHARE";
    const input = {
      businessId: business.id,
      cooperativeId: business.cooperative?.id ?? null,
      title: values.title,
      purpose: values.purpose,
      instrument,
      targetIdr: parseRupiah(values.targetIdr),
      minTicketIdr: parseRupiah(values.minTicketIdr),
      maxTicketIdr: parseRupiah(values.maxTicketIdr),
      returnBps: percentToBps(values.returnPercent),
      tenorMonths: parseWholeNumber(values.tenorMonths) ?? 0,
      opensAt: wibDate(values.opensAt),
      closesAt: wibDate(values.closesAt),
      isPublic: values.isPublic === "on",
    };
    const keep = { action: "buat" as const, values };
    const created = await submit(event, CreateRound, { input }, keep, (data) => data.createFundingRound, roundField);
    if ("failure" in created) return created.failure;
    return { action: "buat" as const, done: true, roundSlug: created.success.data.round.slug };
  },

  buka: async (event) => {
    await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), ["roundId"]);
    const keep = { action: "buka" as const, values };
    const opened = await submit(event, OpenRound, { input: values }, keep, (data) => data.openFundingRound);
    if ("failure" in opened) return opened.failure;
    return { action: "buka" as const, done: true, roundSlug: opened.success.data.round.slug };
  },

  ajukan: async (event) => {
    await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), ["roundId"]);
    const keep = { action: "ajukan" as const, values };
    const submitted = await submit(event, SubmitRound, { input: values }, keep, (data) => data.submitFundingRound);
    if ("failure" in submitted) return submitted.failure;
    return { action: "ajukan" as const, done: true, roundId: values.roundId };
  },

  kabar: async (event) => {
    await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), ["roundId", "title", "body"]);
    const keep = { action: "kabar" as const, values };
    const posted = await submit(
      event,
      PostUpdate,
      { input: values },
      keep,
      (data) => data.postRoundUpdate,
      (name) => (name === "title" || name === "body" ? name : undefined),
    );
    if ("failure" in posted) return posted.failure;
    return { action: "kabar" as const, done: true, roundId: values.roundId };
  },
};
