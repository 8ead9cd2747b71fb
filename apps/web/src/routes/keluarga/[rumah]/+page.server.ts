import { fail } from "@sveltejs/kit";

import { formatRupiah, todayInJakarta } from "#lib/format.ts";
import { CURRENCY_DECIMALS, toMinorUnits, toRate, toWholeRupiah } from "#lib/forms/amounts.ts";
import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { textField } from "#lib/forms/fields.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runMutation, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const PAGE_SIZE = 10;

const RemittancesQuery = graphql(
  `
    query HouseholdRemittances($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
      node(id: $id) {
        __typename
        ... on Household {
          remittances(first: $first, after: $after, last: $last, before: $before) {
            totalCount
            pageInfo {
              ...PageInfoFields
            }
            edges {
              node {
                id
                receivedOn
                corridorCountry
                channel
                rate
                amount {
                  amount
                  currency
                }
                amountIdr {
                  amount
                  currency
                }
                allocation {
                  consumption {
                    amount
                    currency
                  }
                  savings {
                    amount
                    currency
                  }
                  investment {
                    amount
                    currency
                  }
                }
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFields],
);

const RecordRemittance = graphql(
  `
    mutation RecordRemittance($input: RecordRemittanceInput!) {
      recordRemittance(input: $input) {
        __typename
        ... on MutationRecordRemittanceSuccess {
          data {
            remittance {
              id
              amountIdr {
                amount
              }
              allocation {
                savings {
                  amount
                }
                investment {
                  amount
                }
              }
            }
          }
        }
        ... on AllocationExceedsAmountError {
          amountIdr
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const args = readPageArgs(event.url.searchParams, PAGE_SIZE);
  const data = await runQuery(createApiClient(event), RemittancesQuery, { id: event.params.rumah, ...args });
  const connection = data.node?.__typename === "Household" ? data.node.remittances : null;
  return {
    remittances: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    links: connection ? pageLinks(event.url, args, connection.pageInfo) : { previous: null, next: null },
    today: todayInJakarta(),
    // One key per rendered form: a double click or a resubmitted page sends the same key, and the
    // API records the remittance once. A new render (after success) gets a new key.
    idempotencyKey: crypto.randomUUID(),
  };
};

const CHANNELS = new Set(["BANK", "POS", "APP", "CASH"] as const);
type Channel = "BANK" | "POS" | "APP" | "CASH";

// Where each RecordRemittanceInput field is shown in the form.
const FIELD_FOR_INPUT: Record<string, string> = {
  amountMinor: "amount",
  savingsIdr: "savings",
  investmentIdr: "investment",
  receivedOn: "receivedOn",
  corridorCountry: "corridorCountry",
};

export const actions: Actions = {
  record: async (event) => {
    const form = await event.request.formData();
    const values = {
      amount: textField(form, "amount"),
      currency: textField(form, "currency").toUpperCase(),
      rate: textField(form, "rate"),
      corridorCountry: textField(form, "corridorCountry").toUpperCase(),
      channel: textField(form, "channel"),
      receivedOn: textField(form, "receivedOn"),
      savings: textField(form, "savings"),
      investment: textField(form, "investment"),
    };
    const idempotencyKey = textField(form, "idempotencyKey");
    const failWith = (status: number, errors: FormErrors) => fail(status, { values, errors });

    const fields: FormErrors["fields"] = {};
    let formError: string | undefined;
    const decimals = CURRENCY_DECIMALS[values.currency];
    if (decimals === undefined) fields.currency = m.remit_currency_invalid();
    const amountMinor = decimals === undefined ? null : toMinorUnits(values.amount, values.currency);
    if (decimals !== undefined && !amountMinor) fields.amount = m.remit_amount_invalid({ decimals });
    const rate = toRate(values.rate);
    if (!rate) fields.rate = m.remit_rate_invalid();
    if (!/^[A-Z]{2}$/.test(values.corridorCountry)) fields.corridorCountry = m.remit_country_invalid();
    if (!CHANNELS.has(values.channel as Channel)) fields.channel = m.remit_channel_invalid();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.receivedOn) || Number.isNaN(Date.parse(values.receivedOn)))
      fields.receivedOn = m.remit_date_invalid();
    const savingsIdr = toWholeRupiah(values.savings, { allowZero: true });
    if (savingsIdr === null) fields.savings = m.remit_rupiah_invalid();
    const investmentIdr = toWholeRupiah(values.investment, { allowZero: true });
    if (investmentIdr === null) fields.investment = m.remit_rupiah_invalid();
    if (!idempotencyKey) formError = m.form_reload();
    if (
      formError ||
      Object.keys(fields).length > 0 ||
      !amountMinor ||
      !rate ||
      savingsIdr === null ||
      investmentIdr === null
    ) {
      return failWith(400, { form: formError, fields });
    }

    const outcome = await runMutation(event, RecordRemittance, {
      input: {
        householdId: event.params.rumah,
        idempotencyKey,
        amountMinor,
        currency: values.currency,
        rate,
        corridorCountry: values.corridorCountry,
        channel: values.channel as Channel,
        receivedOn: `${values.receivedOn}T00:00:00.000Z`,
        savingsIdr,
        investmentIdr,
      },
    });
    if (!outcome.ok) return failWith(503, { form: m.form_api_unavailable(), fields: {} });
    const result = outcome.data.recordRemittance;
    switch (result.__typename) {
      case "MutationRecordRemittanceSuccess": {
        const remittance = result.data.remittance;
        const savings = BigInt(remittance.allocation?.savings.amount ?? "0");
        const investment = BigInt(remittance.allocation?.investment.amount ?? "0");
        return {
          recorded: {
            amountIdr: remittance.amountIdr.amount,
            toWallet: (savings + investment).toString(),
          },
        };
      }
      case "AllocationExceedsAmountError": {
        const message = m.remit_allocation_exceeds({ amount: formatRupiah(result.amountIdr) });
        return failWith(400, { fields: { savings: message, investment: message } });
      }
      case "InputValidationError":
        return failWith(
          400,
          errorsFrom(result, (name) => FIELD_FOR_INPUT[name] ?? name),
        );
      default:
        return failWith(400, { form: result.message, fields: {} });
    }
  },
};
