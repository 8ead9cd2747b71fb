import { error, fail } from "@sveltejs/kit";

import { queryConfidential } from "#lib/confidential.server.ts";
import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { checkGlobalId } from "#lib/global-id.ts";
import { graphql } from "#lib/gql.ts";
import { loadOrderProblems, reportProblemAction } from "#lib/order-problem-actions.server.ts";
import { OrderFields } from "#lib/order-queries.server.ts";
import { PaymentFields } from "#lib/payments.ts";
import { requireSession } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const OrderQuery = graphql(
  `
    query BuyerOrder($id: ID!) {
      node(id: $id) {
        __typename
        ... on Order {
          ...OrderFields
          payment {
            ...PaymentFields
          }
        }
      }
    }
  `,
  [OrderFields, PaymentFields],
);

const CancelOrder = graphql(
  `
    mutation CancelOrder($input: CancelOrderInput!) {
      cancelOrder(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const ConfirmReceipt = graphql(
  `
    mutation ConfirmReceipt($input: ConfirmReceiptInput!) {
      confirmReceipt(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  requireSession(event);
  checkGlobalId(event.params.id);
  // Someone else's order is refused by the API; to this buyer it does not exist either way.
  const data = await queryConfidential(event, OrderQuery, { id: event.params.id });
  if (data.node?.__typename !== "Order") error(404, "Order not found");
  return { order: data.node, problemReporting: await loadOrderProblems(event, event.params.id) };
};

export const actions: Actions = {
  /** The buyer reports a problem (order-problems): kind, description, optional photo. */
  masalah: (event) => (requireSession(event), reportProblemAction(event, event.params.id)),
  /** The buyer cancels with a reason while the seller has not confirmed yet. */
  batal: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), ["reason"]);
    const outcome = await mutate(
      event,
      CancelOrder,
      { input: { orderId: event.params.id, reason: values.reason } },
      { values },
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.cancelOrder;
    if (result.__typename === "MutationCancelOrderSuccess") return { cancelled: true };
    return fail(400, { values, errors: errorsFrom(result, (name) => (name === "reason" ? "reason" : undefined)) });
  },
  /** The buyer says the goods arrived: the order is DELIVERED and the cooperative pays the seller. */
  terima: async (event) => {
    requireSession(event);
    const values = { reason: "" };
    const outcome = await mutate(event, ConfirmReceipt, { input: { orderId: event.params.id } }, { values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.confirmReceipt;
    if (result.__typename === "MutationConfirmReceiptSuccess") return { received: true };
    return fail(400, { values, errors: errorsFrom(result, () => undefined) });
  },
};
