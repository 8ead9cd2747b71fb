import { fail } from "@sveltejs/kit";

import { toWholeRupiah } from "#lib/account/amounts.ts";
import { type FieldErrors, fieldErrorsFromIssues, textField } from "#lib/account/form-errors.ts";
import { formatRupiah } from "#lib/format.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runMutation, runQuery } from "#lib/graphql.ts";
import { MutationErrors } from "#lib/mutation-errors.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const OpenRoundsQuery = graphql(`
  query OpenRounds {
    fundingRounds(first: 20, filter: { status: OPEN }) {
      edges {
        node {
          id
          slug
          title
          purpose
          instrument
          isPublic
          returnBps
          tenorMonths
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
          minTicket {
            amount
            currency
          }
          maxTicket {
            amount
            currency
          }
          business {
            name
            village {
              name
            }
          }
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
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const data = await runQuery(createApiClient(event), OpenRoundsQuery, {});
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
    chosenTitle: chosen?.title ?? null,
    keys: Object.fromEntries(rounds.map((round) => [round.id, crypto.randomUUID()])),
  };
};

export const actions: Actions = {
  pledge: async (event) => {
    const form = await event.request.formData();
    const roundId = textField(form, "roundId");
    const amount = textField(form, "amount");
    const idempotencyKey = textField(form, "idempotencyKey");
    const failWith = (status: number, errors: FieldErrors) => fail(status, { pledge: { roundId, amount, errors } });

    const amountIdr = toWholeRupiah(amount);
    if (!amountIdr) return failWith(400, { amount: m.remit_rupiah_invalid() });
    if (!roundId || !idempotencyKey) return failWith(400, { form: m.form_reload() });

    const outcome = await runMutation(event, PledgeToRound, {
      input: { householdId: event.params.rumah, roundId, amountIdr, idempotencyKey },
    });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable() });
    const result = outcome.data.pledgeToRound;
    switch (result.__typename) {
      case "MutationPledgeToRoundSuccess":
        return {
          pledged: { roundId, roundTitle: result.data.pledge.roundTitle, amount: result.data.pledge.amount.amount },
        };
      case "TicketOutOfRangeError":
        return failWith(400, {
          amount: m.invest_ticket_out_of_range({ min: formatRupiah(result.minIdr), max: formatRupiah(result.maxIdr) }),
        });
      case "RoundOversubscribedError":
        return failWith(400, { amount: m.invest_oversubscribed({ remaining: formatRupiah(result.remainingIdr) }) });
      case "InvestmentCapExceededError":
        return failWith(400, {
          amount: m.invest_cap_exceeded({ limit: formatRupiah(result.limitIdr), used: formatRupiah(result.usedIdr) }),
        });
      case "IncomeNotDeclaredError":
        return failWith(400, { amount: m.invest_income_not_declared() });
      case "InsufficientFundsError":
        return failWith(400, { amount: m.invest_insufficient_funds() });
      case "RoundNotOpenError":
        return failWith(400, { amount: m.invest_round_not_open() });
      case "InputValidationError":
        return failWith(400, fieldErrorsFromIssues(result.issues, { amountIdr: "amount" }));
      default:
        return failWith(400, { form: result.message });
    }
  },
};
