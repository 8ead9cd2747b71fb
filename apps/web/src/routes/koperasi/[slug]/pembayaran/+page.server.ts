import { fail, redirect } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { checkGlobalId } from "#lib/global-id.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";
import { PaymentFields } from "#lib/payments.ts";

import type { Actions, PageServerLoad } from "./$types";

const QueueQuery = graphql(
  `
    query CoopPaymentQueue($slug: String!, $status: PaymentStatus) {
      cooperative(slug: $slug) {
        id
        payments(first: 50, status: $status) {
          totalCount
          edges {
            node {
              ...PaymentFields
              proofContentType
              proofSubmittedAt
              createdAt
            }
          }
        }
      }
    }
  `,
  [PaymentFields],
);

const ConfirmPayment = graphql(
  `
    mutation CoopConfirmPayment($input: ConfirmPaymentInput!) {
      confirmPayment(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const RejectPayment = graphql(
  `
    mutation CoopRejectPayment($input: RejectPaymentInput!) {
      rejectPayment(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

/** The treasurer's queue: proofs to check first (or every transfer with ?semua). Officers see it; treasurers act. */
export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const all = event.url.searchParams.has("semua");
  const data = await runQuery(createApiClient(event), QueueQuery, {
    slug: cooperative.slug,
    status: all ? null : "PROOF_SUBMITTED",
  });
  return {
    payments: data.cooperative?.payments.edges.map((e) => e.node) ?? [],
    all,
    treasurer: role.treasurer,
    done: event.url.searchParams.get("selesai"),
  };
};

async function decide(event: Parameters<Actions[string]>[0], reject: boolean) {
  const { cooperative, role } = await loadCooperative(event);
  requireOfficer(event, role);
  const values = formValues(await event.request.formData(), ["paymentId", "reason"]);
  checkGlobalId(values.paymentId);
  const keep = { paymentId: values.paymentId, values };
  const outcome = reject
    ? await mutate(event, RejectPayment, { input: { paymentId: values.paymentId, reason: values.reason } }, keep)
    : await mutate(event, ConfirmPayment, { input: { paymentId: values.paymentId } }, keep);
  if ("failure" in outcome) return outcome.failure;
  const result = "rejectPayment" in outcome.data ? outcome.data.rejectPayment : outcome.data.confirmPayment;
  if (result.__typename !== "MutationConfirmPaymentSuccess" && result.__typename !== "MutationRejectPaymentSuccess") {
    return fail(400, { ...keep, errors: errorsFrom(result, (name) => (name === "reason" ? "reason" : undefined)) });
  }
  redirect(303, `/koperasi/${cooperative.slug}/pembayaran?selesai=${reject ? "ditolak" : "lunas"}`);
}

export const actions: Actions = {
  konfirmasi: (event) => decide(event, false),
  tolak: (event) => decide(event, true),
};
