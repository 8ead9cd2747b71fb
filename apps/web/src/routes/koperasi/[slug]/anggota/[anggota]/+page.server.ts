import { randomUUID } from "node:crypto";

import { error, fail, redirect } from "@sveltejs/kit";

import { parseRupiah } from "#lib/forms/amounts.ts";
import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { checkNodeId, loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";
import { SavingsBalancesFields } from "#lib/koperasi/savings-fields.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const MemberQuery = graphql(
  `
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
            ...SavingsBalancesFields
          }
          savingsMovements(limit: 100) {
            entryId
            hasReceipt
            createdAt
            kind
            amount {
              amount
              currency
            }
          }
        }
      }
    }
  `,
  [SavingsBalancesFields],
);

const DepositSavings = graphql(
  `
    mutation CoopDepositSavings($input: SavingsMovementInput!) {
      depositSavings(input: $input) {
        __typename
        ... on MutationDepositSavingsSuccess {
          data {
            entry {
              id
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const WithdrawSavings = graphql(
  `
    mutation CoopWithdrawSavings($input: SavingsMovementInput!) {
      withdrawSavings(input: $input) {
        __typename
        ... on MutationWithdrawSavingsSuccess {
          data {
            entry {
              id
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const EndMembership = graphql(
  `
    mutation CoopEndMembership($input: EndMembershipInput!) {
      endMembership(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const receiptHref = (slug: string, entryId: string) => `/koperasi/${slug}/kwitansi/${encodeURIComponent(entryId)}?baru`;

export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  // Officers record payments here; a member may open their own page (the API shows a membership to its member and
  // the cooperative's officers only) to see their savings and receipts.
  if (!role.signedIn) requireOfficer(event, role);
  const id = checkNodeId(event.params.anggota);
  const { node } = await runQuery(createApiClient(event), MemberQuery, { id });
  if (node?.__typename !== "Membership" || node.cooperative.id !== cooperative.id) {
    if (role.officerTitle === null) error(403, "Officers only");
    error(404, "Not found");
  }
  return {
    member: node,
    isOfficer: role.officerTitle !== null,
    // Generated once per page view: submitting the same form twice (a double click, a resent POST)
    // carries the same key, so the API records one payment, not two.
    idempotencyKey: randomUUID(),
    withdrawKey: randomUUID(),
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

const withdrawFieldOf = (name: string) =>
  ({
    kind: "kind",
    SavingsNotWithdrawableError: "kind",
    EquityNotRefundableError: "kind",
    MembershipNotActiveError: "kind",
    amountIdr: "amount",
    PartialEquityRefundError: "amount",
    InsufficientFundsError: "amount",
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
    const outcome = await submit(
      event,
      DepositSavings,
      { input },
      { action: "setor" as const, values },
      (data) => data.depositSavings,
      fieldOf,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    // The officer lands on the receipt, to print or show the member.
    redirect(303, receiptHref(cooperative.slug, result.data.entry.id));
  },

  /** Records a cash withdrawal at the counter: sukarela at any time; pokok and wajib in full once the member left. */
  tarik: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const membershipId = checkNodeId(event.params.anggota);
    const values = formValues(await event.request.formData(), FIELDS);
    const kind = values.kind === "POKOK" || values.kind === "WAJIB" || values.kind === "SUKARELA" ? values.kind : null;
    if (!kind)
      return fail(400, { action: "tarik" as const, values, errors: { fields: { kind: m.coop_kind_required() } } });
    const input = {
      membershipId,
      kind,
      amountIdr: parseRupiah(values.amount),
      // Officers pay out cash; the household wallet is the member's own to move.
      channel: "CASH",
      idempotencyKey: /^[0-9a-f-]{36}$/.test(values.idempotencyKey) ? values.idempotencyKey : randomUUID(),
    } as const;
    const outcome = await submit(
      event,
      WithdrawSavings,
      { input },
      { action: "tarik" as const, values },
      (data) => data.withdrawSavings,
      withdrawFieldOf,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    redirect(303, receiptHref(cooperative.slug, result.data.entry.id));
  },

  /** Ends the membership (the member leaves); pokok and wajib can then be returned in full with `tarik`. */
  keluar: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const membershipId = checkNodeId(event.params.anggota);
    const form = await event.request.formData();
    const values = { confirm: form.get("confirm") === "yes" ? "yes" : "" };
    if (!values.confirm)
      return fail(400, {
        action: "keluar" as const,
        values,
        errors: { fields: { confirm: m.coop_end_confirm_required() } },
      });
    const outcome = await submit(
      event,
      EndMembership,
      { input: { membershipId } },
      { action: "keluar" as const, values },
      (data) => data.endMembership,
      () => undefined,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/anggota/${membershipId}?tersimpan=keluar`);
  },
};
