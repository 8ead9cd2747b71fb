// Order problems: the buyer's report (reportOrderProblem, a GraphQL multipart upload for the optional photo), the
// seller's answer (answerOrderProblem) and the resolution by the cooperative's treasurer or chair (refundOrderProblem,
// closeOrderProblem; both through resolveProblem). To a caller without the right the report does not exist.
import { z } from "zod";

import { builder, type InputFieldBuilder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { commonErrors } from "../common/error-types.ts";
import { NotFoundError } from "../common/errors.ts";
import { idempotencyKey, wholeRupiah } from "../common/validation.ts";
import { OrderRef } from "../orders/types.ts";
import { PROOF_MAX_BYTES } from "../payments/proofs.ts";
import { mediaStorage } from "../photos/storage.ts";
import * as errors from "./errors.ts";
import { answerProblem, reportProblem, resolveProblem } from "./service.ts";
import { OrderProblemKind, OrderProblemRef } from "./types.ts";

// ── Error types ──

// ── Payload and inputs ──

// The report is read after the service commits, with the fields the client selected (`...query`).
const ProblemPayload = builder.objectRef<{ problemId: string; replayed: boolean }>("OrderProblemPayload").implement({
  description: "The problem report after the change.",
  fields: (t) => ({
    problem: t.prismaField({
      type: OrderProblemRef,
      description: "The report.",
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.orderProblem.findUniqueOrThrow({ ...query, where: { id: payload.problemId } }),
    }),
    replayed: t.exposeBoolean("replayed", {
      description: "True when the same request had already resolved it; nothing changed now.",
    }),
  }),
});

const actor = (ctx: Context) => ({ id: ctx.user!.id, isPlatformAdmin: ctx.user!.isPlatformAdmin });
const notFound = () => new NotFoundError("OrderProblem");
const payload = (result: { problem: { id: string }; replayed: boolean }) => ({
  problemId: result.problem.id,
  replayed: result.replayed,
});
const text = (min: number, max: number, what: string, whatEn: string) =>
  z
    .string()
    .trim()
    .min(min, `Tuliskan ${what} (minimal ${min} karakter). / Write ${whatEn} (at least ${min} characters).`)
    .max(max, `Maksimal ${max} karakter. / At most ${max} characters.`);
const rupiah = wholeRupiah({ id: "Nominal", en: "The amount" });
/** The fields both resolutions (refund, close) take: which report, and the key that makes a retry change nothing. */
const resolutionFields = (f: InputFieldBuilder) => ({
  problemId: f.globalID({ for: [OrderProblemRef], description: "The report." }),
  idempotencyKey: f.string({
    description: "Unique per resolution; a retry changes nothing.",
    validate: idempotencyKey,
  }),
});
const resolveErrors = [
  ...commonErrors,
  errors.ProblemAlreadyResolvedError,
  errors.OwnOrderProblemError,
  errors.ResolverRoleError,
  errors.RefundNeedsCooperativeError,
];

builder.mutationFields((t) => ({
  reportOrderProblem: t.field({
    type: ProblemPayload,
    description:
      "The buyer reports a problem with one of their orders: paid or later (cash on delivery once shipped), within " +
      "14 days of delivery, one open report per order, optionally with one photo (JPEG, PNG or WebP; at most " +
      "10 MB; re-encoded without metadata; private). Buyer only.",
    authScopes: { loggedIn: true },
    unauthorizedError: () => new NotFoundError("Order"),
    errors: {
      types: [
        ...commonErrors,
        errors.ProblemAlreadyOpenError,
        errors.ProblemWindowClosedError,
        errors.ProblemNotReportableError,
        errors.ProblemPhotoError,
      ],
    },
    args: {
      input: t.arg({
        type: builder.inputType("ReportOrderProblemInput", {
          description: "A problem with one order.",
          fields: (f) => ({
            orderId: f.globalID({ for: [OrderRef], description: "The order." }),
            kind: f.field({ type: OrderProblemKind, description: "What went wrong." }),
            description: f.string({
              description: "What happened, in the buyer's words (10 to 2000 characters).",
              validate: text(10, 2000, "apa yang terjadi", "what happened"),
            }),
            photo: f.field({ type: "File", required: false, description: "One photo as proof (optional)." }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const file = (input.photo ?? null) as File | null;
      if (file && file.size > PROOF_MAX_BYTES) throw new errors.ProblemPhotoError("TOO_LARGE");
      const photo = file && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
      const problem = await reportProblem(
        ctx.prisma,
        mediaStorage(),
        { orderId: input.orderId.id, kind: input.kind, description: input.description, photo },
        ctx.user!.id,
      );
      return payload({ problem, replayed: false });
    },
  }),

  answerOrderProblem: t.field({
    type: ProblemPayload,
    description:
      "The seller answers a report on one of its orders (a note the buyer and the cooperative read); while the " +
      "report is open, a new answer replaces the earlier one. Seller only.",
    authScopes: { loggedIn: true },
    unauthorizedError: notFound,
    errors: { types: [...commonErrors, errors.ProblemAlreadyResolvedError] },
    args: {
      input: t.arg({
        type: builder.inputType("AnswerOrderProblemInput", {
          description: "The seller's answer to a report.",
          fields: (f) => ({
            problemId: f.globalID({ for: [OrderProblemRef], description: "The report." }),
            note: f.string({
              description: "The answer (2 to 1000 characters).",
              validate: text(2, 1000, "jawaban", "the answer"),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      payload({
        problem: await answerProblem(ctx.prisma, { problemId: input.problemId.id, note: input.note }, ctx.user!.id),
        replayed: false,
      }),
  }),

  refundOrderProblem: t.field({
    type: ProblemPayload,
    description:
      "The treasurer or chair of the cooperative of the order's business refunds the buyer (all or part, whole " +
      "rupiah, at most what was paid for the order less refunds already made) through the ledger, and so resolves " +
      "the report. Never the seller. The same idempotencyKey again returns the first outcome. Audited.",
    authScopes: { loggedIn: true },
    unauthorizedError: notFound,
    errors: { types: [...resolveErrors, errors.RefundExceedsPaidError, errors.SellerFundsShortError] },
    args: {
      input: t.arg({
        type: builder.inputType("RefundOrderProblemInput", {
          description: "A refund resolving a report.",
          fields: (f) => ({
            ...resolutionFields(f),
            amount: f.string({ description: "The refund, whole rupiah, e.g. 25000.", validate: rupiah }),
            note: f.string({
              description: "What the refund is for (shown to the buyer and the seller).",
              validate: text(10, 1000, "keterangannya", "the note"),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      payload(
        await resolveProblem(
          ctx.prisma,
          input.problemId.id,
          { outcome: "REFUND", amountIdr: BigInt(input.amount), note: input.note, key: input.idempotencyKey },
          actor(ctx),
        ),
      ),
  }),

  closeOrderProblem: t.field({
    type: ProblemPayload,
    description:
      "Closes a report with a written reason, no money moved: the treasurer or chair of the cooperative of the " +
      "order's business (never the seller), or, for a business outside any cooperative (cash on delivery only), " +
      "the seller. The same idempotencyKey again returns the first outcome. Audited.",
    authScopes: { loggedIn: true },
    unauthorizedError: notFound,
    errors: { types: resolveErrors },
    args: {
      input: t.arg({
        type: builder.inputType("CloseOrderProblemInput", {
          description: "Closing a report with a reason.",
          fields: (f) => ({
            ...resolutionFields(f),
            reason: f.string({
              description: "Why it is closed (shown to the buyer).",
              validate: text(10, 1000, "alasannya", "the reason"),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) =>
      payload(
        await resolveProblem(
          ctx.prisma,
          input.problemId.id,
          { outcome: "CLOSE", note: input.reason, key: input.idempotencyKey },
          actor(ctx),
        ),
      ),
  }),
}));
