import { fail } from "@sveltejs/kit";

import { formatRupiah } from "#lib/format.ts";
import { toWholeRupiah } from "#lib/forms/amounts.ts";
import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { textField } from "#lib/forms/fields.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runMutation, runQuery } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";
import { RoundTermsFields } from "#lib/pendanaan/round-terms-fields.ts";

import type { Actions, PageServerLoad } from "./$types";

const OpenRoundsQuery = graphql(
  `
    query OpenRounds {
      fundingRounds(first: 20, filter: { status: OPEN }) {
        edges {
          node {
            id
            slug
            title
            purpose
            ...RoundTermsFields
            closesAt
            progressBps
            investorCount
            raised {
              amount
              currency
            }
            business {
              name
              village {
                name
              }
            }
            cooperative {
              name
            }
          }
        }
      }
      pledgeDisclosure {
        version
        paragraphsId
        paragraphsEn
      }
    }
  `,
  [RoundTermsFields],
);

// The household's own OJK cap use this year, shown on the confirmation step.
const CapQuery = graphql(`
  query HouseholdInvestmentCap($id: ID!) {
    node(id: $id) {
      __typename
      ... on Household {
        investmentCap {
          year
          limit {
            amount
            currency
          }
          used {
            amount
            currency
          }
          remaining {
            amount
            currency
          }
        }
      }
    }
  }
`);

// Step 1 checks the amount against the round's tickets before the statement is shown.
const RoundTicketsQuery = graphql(`
  query PledgeRoundTickets($id: ID!) {
    node(id: $id) {
      __typename
      ... on FundingRound {
        id
        status
        minTicket {
          amount
        }
        maxTicket {
          amount
        }
      }
    }
  }
`);

const PledgeToRound = graphql(
  `
    mutation PledgeToRound($input: PledgeInput!) {
      pledgeToRound(input: $input) {
        __typename
        ... on MutationPledgeToRoundSuccess {
          data {
            pledge {
              id
              roundTitle
              amount {
                amount
              }
            }
          }
        }
        ... on TicketOutOfRangeError {
          minIdr
          maxIdr
        }
        ... on RoundOversubscribedError {
          remainingIdr
        }
        ... on InvestmentCapExceededError {
          limitIdr
          usedIdr
        }
        ... on RoundNotOpenError {
          status
        }
        ... on DisclosureNotAcceptedError {
          currentVersion
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const client = createApiClient(event);
  const [data, cap] = await Promise.all([
    runQuery(client, OpenRoundsQuery, {}),
    runQuery(client, CapQuery, { id: event.params.rumah }),
  ]);
  const rounds = data.fundingRounds.edges.map(({ node }) => ({
    ...node,
    remaining: { amount: String(BigInt(node.target.amount) - BigInt(node.raised.amount)), currency: "IDR" },
  }));
  // `?putaran=<slug>` (the "invest" link on a round's page) puts that round first, already chosen.
  const chosen = rounds.find((round) => round.slug === event.url.searchParams.get("putaran")) ?? null;
  if (chosen) rounds.sort((a, b) => Number(b === chosen) - Number(a === chosen));
  // One key per round per render: a double submit pledges once (see the remittance form).
  return {
    rounds,
    disclosure: data.pledgeDisclosure,
    investmentCap: cap.node?.__typename === "Household" ? cap.node.investmentCap : null,
    chosenTitle: chosen?.title ?? null,
    keys: Object.fromEntries(rounds.map((round) => [round.id, crypto.randomUUID()])),
  };
};

/** What a step returns about the pledge being made: the round, the amount as typed, the form's key. */
const pledgeFields = (form: FormData) => ({
  roundId: textField(form, "roundId"),
  amount: textField(form, "amount"),
  idempotencyKey: textField(form, "idempotencyKey"),
});

// Two steps, both plain form posts (no JavaScript needed): `review` checks the amount and shows the risk statement,
// the exact terms and the household's cap use; `pledge` needs the confirmation box ticked and the statement's
// version, and only then moves money. `back` returns to step 1 keeping the amount typed.
export const actions: Actions = {
  review: async (event) => {
    const { roundId, amount, idempotencyKey } = pledgeFields(await event.request.formData());
    const failWith = (status: number, errors: FormErrors) => fail(status, { values: { roundId, amount }, errors });
    const amountIdr = toWholeRupiah(amount);
    if (!amountIdr) return failWith(400, { fields: { amount: m.remit_rupiah_invalid() } });
    if (!roundId || !idempotencyKey) return failWith(400, { form: m.form_reload(), fields: {} });
    const { node } = await runQuery(createApiClient(event), RoundTicketsQuery, { id: roundId });
    if (node?.__typename !== "FundingRound" || node.status !== "OPEN")
      return failWith(400, { fields: { amount: m.invest_round_not_open() } });
    const value = BigInt(amountIdr);
    if (value < BigInt(node.minTicket.amount) || value > BigInt(node.maxTicket.amount))
      return failWith(400, {
        fields: {
          amount: m.invest_ticket_out_of_range({
            min: formatRupiah(node.minTicket.amount),
            max: formatRupiah(node.maxTicket.amount),
          }),
        },
      });
    return { review: { roundId, amount, amountIdr, idempotencyKey, error: null as string | null } };
  },

  back: async (event) => {
    const { roundId, amount } = pledgeFields(await event.request.formData());
    return { values: { roundId, amount }, errors: { fields: {} } as FormErrors };
  },

  pledge: async (event) => {
    const form = await event.request.formData();
    const { roundId, amount, idempotencyKey } = pledgeFields(form);
    const acceptedDisclosureVersion = textField(form, "disclosureVersion");
    const failWith = (status: number, errors: FormErrors) => fail(status, { values: { roundId, amount }, errors });
    const amountIdr = toWholeRupiah(amount);
    if (!amountIdr) return failWith(400, { fields: { amount: m.remit_rupiah_invalid() } });
    if (!roundId || !idempotencyKey) return failWith(400, { form: m.form_reload(), fields: {} });
    // Still on step 2 until the family says it has read the statement.
    const stayOnReview = (error: string) =>
      fail(400, { review: { roundId, amount, amountIdr, idempotencyKey, error } });
    if (form.get("confirm") !== "yes") return stayOnReview(m.pledge_confirm_required());

    const outcome = await runMutation(event, PledgeToRound, {
      input: { householdId: event.params.rumah, roundId, amountIdr, idempotencyKey, acceptedDisclosureVersion },
    });
    if (!outcome.ok) return stayOnReview(m.form_api_unavailable());
    const result = outcome.data.pledgeToRound;
    switch (result.__typename) {
      case "MutationPledgeToRoundSuccess":
        return {
          pledged: { roundId, roundTitle: result.data.pledge.roundTitle, amount: result.data.pledge.amount.amount },
        };
      case "DisclosureNotAcceptedError":
        // The statement changed while the family read it: show the current one and ask again.
        return stayOnReview(result.message);
      case "TicketOutOfRangeError":
        return failWith(400, {
          fields: {
            amount: m.invest_ticket_out_of_range({
              min: formatRupiah(result.minIdr),
              max: formatRupiah(result.maxIdr),
            }),
          },
        });
      case "RoundOversubscribedError":
        return failWith(400, {
          fields: { amount: m.invest_oversubscribed({ remaining: formatRupiah(result.remainingIdr) }) },
        });
      case "InvestmentCapExceededError":
        return failWith(400, {
          fields: {
            amount: m.invest_cap_exceeded({ limit: formatRupiah(result.limitIdr), used: formatRupiah(result.usedIdr) }),
          },
        });
      case "IncomeNotDeclaredError":
        return failWith(400, { fields: { amount: m.invest_income_not_declared() } });
      case "InsufficientFundsError":
        return failWith(400, { fields: { amount: m.invest_insufficient_funds() } });
      case "RoundNotOpenError":
        return failWith(400, { fields: { amount: m.invest_round_not_open() } });
      case "InputValidationError":
        return failWith(
          400,
          errorsFrom(result, (name) => (name === "amountIdr" ? "amount" : name)),
        );
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },
};
