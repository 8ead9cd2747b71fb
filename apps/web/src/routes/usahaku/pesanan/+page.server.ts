import { randomUUID } from "node:crypto";

import { error, fail } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { answerProblemAction, closeProblemAction } from "#lib/order-problem-actions.server.ts";
import { OrderProblemFields } from "#lib/order-problems.ts";
import { OrderFields } from "#lib/order-queries.server.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";

import type { Actions, PageServerLoad } from "./$types";

const STATUSES = ["PENDING_PAYMENT", "PAID", "CONFIRMED", "SHIPPED", "DELIVERED", "CANCELLED"] as const;
type Status = (typeof STATUSES)[number];

const IncomingOrdersQuery = graphql(
  `
    query IncomingOrders($id: ID!, $status: OrderStatus) {
      node(id: $id) {
        __typename
        ... on Business {
          orders(first: 50, status: $status) {
            totalCount
            edges {
              node {
                ...OrderFields
                problems {
                  ...OrderProblemFields
                }
              }
            }
          }
        }
      }
    }
  `,
  [OrderFields, OrderProblemFields],
);

const ConfirmOrder = graphql(`
  mutation ConfirmOrder($input: OrderIdInput!) {
    confirmOrder(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
const ShipOrder = graphql(`
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
const DeliverOrder = graphql(`
  mutation DeliverOrder($input: OrderIdInput!) {
    deliverOrder(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
const CancelIncomingOrder = graphql(
  `
    mutation CancelIncomingOrder($input: CancelIncomingOrderInput!) {
      cancelIncomingOrder(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const { business } = await event.parent();
  if (!business) error(404, "No business");
  const requested = event.url.searchParams.get("status");
  const status = (STATUSES as readonly string[]).includes(requested ?? "") ? (requested as Status) : null;
  const data = await runQuery(createApiClient(event), IncomingOrdersQuery, { id: business.id, status });
  if (data.node?.__typename !== "Business") error(404, "No business");
  const orders = data.node.orders.edges.map((edge) => edge.node);
  return {
    orders,
    // One key per report and render: a double submit of a close records it once.
    problemKeys: Object.fromEntries(orders.flatMap((o) => o.problems.map((p) => [p.id, randomUUID()]))),
    totalCount: data.node.orders.totalCount,
    status,
    statuses: STATUSES,
  };
};

// No payment step: the cooperative's treasurer confirms transfers (/koperasi/<slug>/pembayaran), never the seller.
type Step = "konfirmasi" | "kirim" | "selesai" | "batal";

/** One transition of an incoming order; an InvalidOrderTransitionError is shown on that order. */
async function transition(event: Parameters<Actions[string]>[0], step: Step) {
  await requireMyBusiness(event);
  const values = formValues(await event.request.formData(), [
    "orderId",
    "reason",
    "courierName",
    "trackingNumber",
    "note",
  ]);
  const keep = { step, values };
  const input = { orderId: values.orderId };
  const shipment = { courierName: values.courierName, trackingNumber: values.trackingNumber, note: values.note };
  const outcome =
    step === "konfirmasi"
      ? await mutate(event, ConfirmOrder, { input }, keep)
      : step === "kirim"
        ? await mutate(event, ShipOrder, { input: { ...input, ...shipment } }, keep)
        : step === "selesai"
          ? await mutate(event, DeliverOrder, { input }, keep)
          : await mutate(event, CancelIncomingOrder, { input: { ...input, reason: values.reason } }, keep);
  if ("failure" in outcome) return outcome.failure;
  const result = Object.values(outcome.data)[0] as {
    __typename: string;
    message?: string;
    issues?: { path: string[]; message: string }[];
  };
  if (result.__typename.endsWith("Success")) return { step, orderId: values.orderId, done: true };
  return fail(400, {
    ...keep,
    errors: errorsFrom({ ...result, message: result.message ?? "" }, (name) =>
      name === "reason"
        ? "reason"
        : name === "TrackingNumberRequiredError"
          ? "trackingNumber"
          : ["courierName", "trackingNumber", "note"].includes(name)
            ? name
            : undefined,
    ),
  });
}

export const actions: Actions = {
  konfirmasi: (event) => transition(event, "konfirmasi"),
  kirim: (event) => transition(event, "kirim"),
  selesai: (event) => transition(event, "selesai"),
  batal: (event) => transition(event, "batal"),
  "jawab-masalah": async (event) => (await requireMyBusiness(event), answerProblemAction(event)),
  "tutup-masalah": async (event) => (await requireMyBusiness(event), closeProblemAction(event)),
};
