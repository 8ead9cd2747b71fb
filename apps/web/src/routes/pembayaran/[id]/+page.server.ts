import { error, fail } from "@sveltejs/kit";

import { checkGlobalId } from "#lib/global-id.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";
import { PaymentFields } from "#lib/payments.ts";
import { uploadPaymentProof } from "#lib/pembayaran/payment-proof.server.ts";
import { requireSession } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const PaymentQuery = graphql(
  `
    query BuyerPayment($id: ID!) {
      node(id: $id) {
        __typename
        ... on Payment {
          ...PaymentFields
        }
      }
    }
  `,
  [PaymentFields],
);

export const load: PageServerLoad = async (event) => {
  requireSession(event);
  checkGlobalId(event.params.id);
  const data = await runQuery(createApiClient(event), PaymentQuery, { id: event.params.id });
  if (data.node?.__typename !== "Payment") error(404, "Payment not found");
  return { payment: data.node, sent: event.url.searchParams.has("terkirim") };
};

export const actions: Actions = {
  /** The buyer's proof of transfer: a plain multipart form, forwarded to the API as a GraphQL upload. */
  bukti: async (event) => {
    requireSession(event);
    checkGlobalId(event.params.id);
    const form = await event.request.formData();
    const proof = form.get("proof");
    const amount = String(form.get("amount") ?? "").replace(/\D/g, "");
    if (!(proof instanceof File) || proof.size === 0) return fail(400, { proofError: m.pay_proof_missing() });
    const outcome = await uploadPaymentProof(event, event.params.id, proof, amount);
    if (!outcome.ok) return fail(400, { proofError: m.pay_proof_failed({ reason: outcome.message }) });
    return { proofSent: true };
  },
};
