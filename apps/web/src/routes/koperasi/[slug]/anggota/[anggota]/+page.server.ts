import { randomUUID } from "node:crypto";

import { error, fail, redirect } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { checkNodeId, loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";
import { MutationErrors } from "#lib/mutation-errors.ts";
import { m } from "#lib/paraglide/messages.js";
import { errorsFrom, formValues, mutate, parseRupiah } from "#lib/server/commerce-forms.ts";

import type { Actions, PageServerLoad } from "./$types";

const MemberQuery = graphql(`
  query CoopMember($id: ID!) {
    node(id: $id) {
      __typename
      ... on Membership {
        id
        fullName
        memberNumber
        status
        joinedAt
        leftAt
        cooperative {
          id
        }
        savings {
          pokok {
            amount
            currency
          }
          wajib {
            amount
            currency
          }
          sukarela {
            amount
            currency
          }
          total {
            amount
            currency
          }
        }
      }
    }
  }
`);

const DepositSavings = graphql(
  `
    mutation CoopDepositSavings($input: SavingsMovementInput!) {
      depositSavings(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const id = checkNodeId(event.params.anggota);
  const { node } = await runQuery(createApiClient(event), MemberQuery, { id });
  if (node?.__typename !== "Membership" || node.cooperative.id !== cooperative.id) error(404, "Not found");
  return {
    member: node,
    // Generated once per page view: submitting the same form twice (a double click, a resent POST)
    // carries the same key, so the API records one payment, not two.
    idempotencyKey: randomUUID(),
    saved: event.url.searchParams.get("tersimpan"),
  };
};

const FIELDS = ["kind", "amount", "channel", "idempotencyKey"] as const;
const fieldOf = (name: string) =>
  ({
    kind: "kind",
    PokokAlreadyPaidError: "kind",
    amountIdr: "amount",
    WrongPokokAmountError: "amount",
    channel: "channel",
    InsufficientFundsError: "channel",
  })[name];

export const actions: Actions = {
  /** Records a savings payment for the member (cash at the counter or from the household wallet). */
  setor: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const membershipId = checkNodeId(event.params.anggota);
    const values = formValues(await event.request.formData(), FIELDS);
    const kind = values.kind === "POKOK" || values.kind === "WAJIB" || values.kind === "SUKARELA" ? values.kind : null;
    const channel = values.channel === "HOUSEHOLD_WALLET" ? "HOUSEHOLD_WALLET" : "CASH";
    if (!kind)
      return fail(400, { action: "setor" as const, values, errors: { fields: { kind: m.coop_kind_required() } } });
    const input = {
      membershipId,
      kind,
      amountIdr: parseRupiah(values.amount),
      channel,
      // A form without the load's key (crafted, or very old) still gets a fresh one rather than a failure.
      idempotencyKey: /^[0-9a-f-]{36}$/.test(values.idempotencyKey) ? values.idempotencyKey : randomUUID(),
    } as const;
    const outcome = await mutate(event, DepositSavings, { input }, { action: "setor" as const, values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.depositSavings;
    if (result.__typename !== "MutationDepositSavingsSuccess") {
      return fail(400, { action: "setor" as const, values, errors: errorsFrom(result, fieldOf) });
    }
    redirect(303, `/koperasi/${cooperative.slug}/anggota/${membershipId}?tersimpan=${kind}`);
  },
};
