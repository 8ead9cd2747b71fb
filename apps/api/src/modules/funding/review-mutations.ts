// The review of funding rounds through GraphQL: the entrepreneur submits, officers of the cooperative approve or
// return, and find what waits for them on Cooperative.roundsInReview. The rules are in review.ts.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { ReasonRequiredError } from "../common/errors.ts";
import { bilingual } from "../common/validation.ts";
import {
  BusinessNotVerifiedError,
  ChecklistIncompleteError,
  CooperativeMismatchError,
  InvalidRoundTermsError,
  InvalidRoundTransitionError,
  MeetingApprovalRequiredError,
  OfficerAlreadyApprovedError,
  RoundOutsideCooperativeLimitsError,
} from "./errors.ts";
import { reviewFundingRound, submitFundingRound } from "./review.ts";
import { roundOfficer, roundOwner } from "./scopes.ts";
import { FundingRoundRef } from "./types.ts";

builder.prismaObjectField("Cooperative", "roundsInReview", (t) =>
  t.relatedConnection("fundingRounds", {
    description: "Rounds submitted for the cooperative's review, oldest first. Officers of this cooperative only.",
    authScopes: (c) => ({ cooperativeOfficer: c.id }),
    cursor: "id",
    totalCount: true,
    query: { where: { status: "SUBMITTED" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  }),
);

const ReviewChecklist = builder.inputType("FundingRoundChecklist", {
  description: "What the reviewing officer checked. Approving needs every item true.",
  fields: (t) => ({
    businessVerified: t.boolean({
      description: "The business's owner is a verified returnee and a member in good standing.",
    }),
    useOfFunds: t.boolean({ description: "The use of funds is concrete and believable." }),
    repaymentPlan: t.boolean({ description: "The repayment plan fits the business's order history." }),
    withinLimits: t.boolean({ description: "The terms are within the cooperative's limits and the OJK caps." }),
  }),
});

const RoundPayload = builder.simpleObject("FundingRoundReviewPayload", {
  description: "The round after the step.",
  fields: (t) => ({ round: t.field({ type: FundingRoundRef, description: "The funding round." }) }),
});

const commentSchema = z
  .string()
  .trim()
  .max(4000, bilingual("Catatan paling banyak 4000 karakter.", "Note: at most 4,000 characters."));

const ReviewFundingRoundInput = builder.inputType("ReviewFundingRoundInput", {
  description: "An officer's review.",
  fields: (f) => ({
    roundId: f.globalID({ for: [FundingRoundRef], description: "The round." }),
    approve: f.boolean({ description: "True to approve; false to return it with comments." }),
    comment: f.string({
      description: "Comments for the entrepreneur (required, at least 10 characters, when returning).",
      validate: commentSchema,
    }),
    checklist: f.field({ type: ReviewChecklist, description: "What was checked." }),
  }),
});

builder.mutationFields((t) => ({
  submitFundingRound: t.field({
    type: RoundPayload,
    description: "Sends a DRAFT or RETURNED round to its cooperative for review. The business owner only.",
    errors: {
      types: [...commonErrors, InvalidRoundTransitionError, InvalidRoundTermsError, CooperativeMismatchError],
    },
    args: {
      input: t.arg({
        type: builder.inputType("SubmitFundingRoundInput", {
          description: "The round to submit.",
          fields: (f) => ({
            roundId: f.globalID({ for: [FundingRoundRef], description: "The round." }),
            comment: f.string({ required: false, description: "A note for the reviewers.", validate: commentSchema }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => roundOwner(ctx, input.roundId.id),
    resolve: async (_root, { input }, ctx) => ({
      round: await submitFundingRound(ctx.prisma, input.roundId.id, ctx.user!.id, input.comment?.trim() ?? ""),
    }),
  }),
  reviewFundingRound: t.field({
    type: RoundPayload,
    description:
      "An officer of the administering cooperative approves a SUBMITTED round or returns it with comments. Where " +
      "the cooperative has two or more officers, two different officers must approve before it is APPROVED.",
    errors: {
      types: [
        ...commonErrors,
        InvalidRoundTransitionError,
        ReasonRequiredError,
        ChecklistIncompleteError,
        BusinessNotVerifiedError,
        CooperativeMismatchError,
        RoundOutsideCooperativeLimitsError,
        MeetingApprovalRequiredError,
        OfficerAlreadyApprovedError,
      ],
    },
    args: { input: t.arg({ type: ReviewFundingRoundInput }) },
    authScopes: (_root, { input }, ctx) => roundOfficer(ctx, input.roundId.id),
    resolve: async (_root, { input }, ctx) => ({
      round: await reviewFundingRound(
        ctx.prisma,
        {
          roundId: input.roundId.id,
          approve: input.approve,
          comment: input.comment.trim(),
          checklist: input.checklist,
        },
        ctx.user!.id,
      ),
    }),
  }),
}));
