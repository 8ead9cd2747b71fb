// Form actions on problem reports shared by the buyer's order page, the seller's orders and the cooperative's queue:
// the buyer's report (a plain multipart form forwarded to the API as a GraphQL upload, so it works without
// JavaScript), the seller's answer, and the resolution (refund or close). Also proxies a report's private photo.
import { fail, type RequestEvent } from "@sveltejs/kit";

import { proxyPrivateFile, uploadToApi } from "./api-files.server.ts";
import { parseRupiah } from "./forms/amounts.ts";
import { errorsFrom } from "./forms/errors.ts";
import { formValues } from "./forms/fields.ts";
import { mutate } from "./forms/mutate.ts";
import { MutationErrors } from "./forms/mutation-errors.ts";
import { checkGlobalId } from "./global-id.ts";
import { graphql } from "./gql.ts";
import { createApiClient, runQuery } from "./graphql.ts";
import { OrderProblemFields } from "./order-problems.ts";
import { m } from "./paraglide/messages.js";

type Event = Pick<RequestEvent, "cookies" | "fetch" | "getClientAddress" | "request">;

const ReportProblem = graphql(
  `
    mutation ReportOrderProblem($input: ReportOrderProblemInput!) {
      reportOrderProblem(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const AnswerProblem = graphql(
  `
    mutation AnswerOrderProblem($input: AnswerOrderProblemInput!) {
      answerOrderProblem(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const RefundProblem = graphql(
  `
    mutation RefundOrderProblem($input: RefundOrderProblemInput!) {
      refundOrderProblem(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const CloseProblem = graphql(
  `
    mutation CloseOrderProblem($input: CloseOrderProblemInput!) {
      closeOrderProblem(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

/** The buyer's report on `orderId`: kind, description and an optional photo. */
export async function reportProblemAction(event: Event, orderId: string) {
  checkGlobalId(orderId);
  const form = await event.request.formData();
  const values = formValues(form, ["kind", "description"]);
  const photo = form.get("photo");
  const keep = { action: "problem", values };
  const answer = await uploadToApi(event, {
    mutation: ReportProblem,
    field: "reportOrderProblem",
    input: { orderId, kind: values.kind, description: values.description },
    fileField: "photo",
    file: photo instanceof File && photo.size > 0 ? photo : null,
  });
  if (answer.status === "unavailable") {
    return fail(503, { ...keep, errors: { form: m.commerce_api_unavailable(), fields: {} } });
  }
  if (answer.status === "too-large") {
    return fail(400, { ...keep, errors: { fields: { photo: m.problem_failed({ reason: "10 MB" }) } } });
  }
  const result = answer.result;
  if (!result) return fail(502, { ...keep, errors: { form: m.commerce_api_error(), fields: {} } });
  if (result.__typename === "MutationReportOrderProblemSuccess") return { problemSent: true };
  const errors = errorsFrom({ ...result, message: result.message ?? result.__typename }, (name) =>
    name === "description" || name === "kind" ? name : name === "ProblemPhotoError" ? "photo" : undefined,
  );
  return fail(400, { ...keep, errors });
}

/** The seller's answer to a report on one of its orders. */
export async function answerProblemAction(event: Event) {
  const values = formValues(await event.request.formData(), ["problemId", "note"]);
  checkGlobalId(values.problemId);
  const keep = { action: "answer", problemId: values.problemId, values };
  const outcome = await mutate(
    event,
    AnswerProblem,
    { input: { problemId: values.problemId, note: values.note } },
    keep,
  );
  if ("failure" in outcome) return outcome.failure;
  const result = outcome.data.answerOrderProblem;
  if (result.__typename === "MutationAnswerOrderProblemSuccess") return { answered: values.problemId };
  return fail(400, { ...keep, errors: errorsFrom(result, (name) => (name === "note" ? "note" : undefined)) });
}

/** Closes a report with a reason (the cooperative's treasurer or chair; without a cooperative, the seller). */
export async function closeProblemAction(event: Event) {
  const values = formValues(await event.request.formData(), ["problemId", "reason", "idempotencyKey"]);
  checkGlobalId(values.problemId);
  const keep = { action: "close", problemId: values.problemId, values };
  const outcome = await mutate(
    event,
    CloseProblem,
    { input: { problemId: values.problemId, reason: values.reason, idempotencyKey: values.idempotencyKey } },
    keep,
  );
  if ("failure" in outcome) return outcome.failure;
  const result = outcome.data.closeOrderProblem;
  if (result.__typename === "MutationCloseOrderProblemSuccess") return { closed: values.problemId };
  return fail(400, { ...keep, errors: errorsFrom(result, (name) => (name === "reason" ? "reason" : undefined)) });
}

/** Refunds the buyer through the ledger (the cooperative's treasurer or chair). */
export async function refundProblemAction(event: Event) {
  const values = formValues(await event.request.formData(), ["problemId", "amount", "note", "idempotencyKey"]);
  checkGlobalId(values.problemId);
  const keep = { action: "refund", problemId: values.problemId, values };
  const input = {
    problemId: values.problemId,
    amount: parseRupiah(values.amount),
    note: values.note,
    idempotencyKey: values.idempotencyKey,
  };
  const outcome = await mutate(event, RefundProblem, { input }, keep);
  if ("failure" in outcome) return outcome.failure;
  const result = outcome.data.refundOrderProblem;
  if (result.__typename === "MutationRefundOrderProblemSuccess") return { refunded: values.problemId };
  return fail(400, {
    ...keep,
    errors: errorsFrom(result, (name) =>
      name === "amount" || name === "RefundExceedsPaidError" ? "amount" : name === "note" ? "note" : undefined,
    ),
  });
}

/** A report's photo from the API's private route, for the signed-in viewer (the API decides who may read it). */
export const fetchProblemPhoto = (
  event: Pick<RequestEvent, "cookies" | "fetch" | "getClientAddress">,
  problemUuid: string,
) => proxyPrivateFile(event, `/order-problem-photos/${problemUuid}`);

const BuyerOrderProblems = graphql(
  `
    query BuyerOrderProblems($id: ID!) {
      node(id: $id) {
        __typename
        ... on Order {
          status
          problemReportable
          problemReportWindowEndsAt
          business {
            cooperative {
              id
            }
          }
          problems {
            ...OrderProblemFields
          }
        }
      }
    }
  `,
  [OrderProblemFields],
);

/** What the buyer's "Laporkan masalah" section shows for one order (the page has already checked the order). */
export async function loadOrderProblems(event: Parameters<typeof createApiClient>[0], orderId: string) {
  const data = await runQuery(createApiClient(event), BuyerOrderProblems, { id: orderId });
  if (data.node?.__typename !== "Order") return null;
  return {
    problems: data.node.problems,
    reportable: data.node.problemReportable,
    windowEndsAt: data.node.problemReportWindowEndsAt,
    throughCooperative: data.node.business.cooperative !== null,
    orderStatus: data.node.status,
  };
}
