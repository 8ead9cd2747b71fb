// The cooperative's review of a funding round: DRAFT → SUBMITTED → APPROVED (or RETURNED with comments, edited and
// submitted again) → OPEN. An officer of the business's accepted cooperative checks the round against a checklist;
// where the cooperative has two or more officers, two different ones must approve the same submission (four eyes).
// A members-only round also needs a carried motion of a members' meeting naming it. Every step is a public event.
import type { FundingRound, Prisma } from "@desa-migran/db";

import { ForbiddenError, NotFoundError, ReasonRequiredError } from "../common/errors.ts";
import { type BookingOptions, type Db, withTransaction } from "../ledger/transaction.ts";
import { notifyRound } from "../messages/events.ts";
import {
  BusinessNotVerifiedError,
  ChecklistIncompleteError,
  CooperativeMismatchError,
  InvalidRoundTransitionError,
  MeetingApprovalRequiredError,
  OfficerAlreadyApprovedError,
  RoundOutsideCooperativeLimitsError,
} from "./errors.ts";
import { checkRoundTerms } from "./service.ts";

type Tx = Prisma.TransactionClient;

/** Statuses before a round is offered: not public, editable or in review. */
export const NOT_YET_OFFERED = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;

/** What the reviewing officer confirms before approving; every item must be checked. */
export const CHECKLIST_ITEMS = ["businessVerified", "useOfFunds", "repaymentPlan", "withinLimits"] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type Checklist = Record<ChecklistItem, boolean>;

/** Locks and reads the round: reviews, submissions and opening of one round happen one at a time. */
async function lockRound(tx: Tx, roundId: string): Promise<FundingRound> {
  await tx.$queryRaw`SELECT 1 FROM "FundingRound" WHERE "id" = ${roundId}::uuid FOR UPDATE`;
  const round = await tx.fundingRound.findUnique({ where: { id: roundId } });
  if (!round) throw new NotFoundError("FundingRound");
  return round;
}

/** The entrepreneur sends a draft (or a returned round, after editing) to the cooperative for review. */
export async function submitFundingRound(
  db: Db,
  roundId: string,
  userId: string,
  comment = "",
  { at }: BookingOptions = {},
) {
  return withTransaction(db, async (tx) => {
    const round = await lockRound(tx, roundId);
    if (round.status !== "DRAFT" && round.status !== "RETURNED") {
      throw new InvalidRoundTransitionError(round.status, "SUBMITTED");
    }
    checkRoundTerms(round);
    const business = await tx.business.findUniqueOrThrow({
      where: { id: round.businessId },
      select: { cooperativeId: true },
    });
    // The business may have left the cooperative since drafting: only its accepted cooperative reviews.
    if (business.cooperativeId !== round.cooperativeId) throw new CooperativeMismatchError();
    await tx.fundingRoundEvent.create({
      data: { roundId, kind: "SUBMITTED", actorId: userId, comment, createdAt: at },
    });
    return tx.fundingRound.update({ where: { id: roundId }, data: { status: "SUBMITTED" } });
  });
}

export interface ReviewInput {
  roundId: string;
  approve: boolean;
  comment: string;
  checklist: Checklist;
}

/** Approvals needed: two different officers where the cooperative has two or more, else its one officer. */
const approvalsNeeded = (officers: number) => Math.min(2, Math.max(1, officers));

/**
 * One officer's review of a submitted round. Returning needs a comment the entrepreneur reads. Approving needs the
 * whole checklist, a verified returnee business, terms within the cooperative's by-law limits, for a members-only
 * round a carried meeting motion naming it, and an officer who has not approved this submission already.
 */
export async function reviewFundingRound(
  db: Db,
  input: ReviewInput,
  officerUserId: string,
  { at }: BookingOptions = {},
) {
  if (!input.approve && input.comment.trim().length < 10) throw new ReasonRequiredError();
  return withTransaction(db, async (tx) => {
    const round = await lockRound(tx, input.roundId);
    // Platform admins pass the officer scope but are not the cooperative: only its own officers review.
    const officer = await tx.cooperativeOfficer.findFirst({
      where: { cooperativeId: round.cooperativeId, userId: officerUserId },
      select: { id: true },
    });
    if (!officer)
      throw new ForbiddenError(
        "Hanya pengurus koperasi pengelola yang boleh meninjau putaran ini.",
        "Only officers of the administering cooperative may review this round.",
      );
    if (round.status !== "SUBMITTED") {
      throw new InvalidRoundTransitionError(round.status, input.approve ? "APPROVED" : "RETURNED");
    }
    const checklist = input.checklist as unknown as Prisma.InputJsonObject;
    if (!input.approve) {
      await tx.fundingRoundEvent.create({
        data: {
          roundId: round.id,
          kind: "RETURNED",
          actorId: officerUserId,
          comment: input.comment,
          checklist,
          createdAt: at,
        },
      });
      return tx.fundingRound.update({ where: { id: round.id }, data: { status: "RETURNED" } });
    }
    const missing = CHECKLIST_ITEMS.filter((item) => !input.checklist[item]);
    if (missing.length) throw new ChecklistIncompleteError(missing);
    await checkApprovable(tx, round);
    // Approvals count within the current submission only: a resubmitted round is reviewed afresh.
    const lastSubmission = await tx.fundingRoundEvent.findFirstOrThrow({
      where: { roundId: round.id, kind: "SUBMITTED" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    });
    const approvals = await tx.fundingRoundEvent.findMany({
      where: { roundId: round.id, kind: "OFFICER_APPROVED", createdAt: { gte: lastSubmission.createdAt } },
      select: { actorId: true },
    });
    const approvers = new Set(approvals.map((a) => a.actorId));
    if (approvers.has(officerUserId)) throw new OfficerAlreadyApprovedError();
    await tx.fundingRoundEvent.create({
      data: {
        roundId: round.id,
        kind: "OFFICER_APPROVED",
        actorId: officerUserId,
        comment: input.comment,
        checklist,
        createdAt: at,
      },
    });
    const officers = await tx.cooperativeOfficer.count({ where: { cooperativeId: round.cooperativeId } });
    if (approvers.size + 1 < approvalsNeeded(officers)) return round;
    await tx.fundingRoundEvent.create({
      data: { roundId: round.id, kind: "APPROVED", actorId: officerUserId, createdAt: at },
    });
    await notifyRound(tx, round.id, "round.approved");
    return tx.fundingRound.update({ where: { id: round.id }, data: { status: "APPROVED" } });
  });
}

/** The rules an approval must meet whatever the officer ticked. */
async function checkApprovable(tx: Tx, round: FundingRound) {
  const business = await tx.business.findUniqueOrThrow({
    where: { id: round.businessId },
    select: { returneeVerifiedAt: true, cooperativeId: true },
  });
  if (business.cooperativeId !== round.cooperativeId) throw new CooperativeMismatchError();
  if (!business.returneeVerifiedAt) throw new BusinessNotVerifiedError();
  const limits = await tx.cooperative.findUniqueOrThrow({
    where: { id: round.cooperativeId },
    select: { fundingMaxTargetIdr: true, fundingMaxReturnBps: true },
  });
  if (round.targetIdr > limits.fundingMaxTargetIdr || round.returnBps > limits.fundingMaxReturnBps) {
    throw new RoundOutsideCooperativeLimitsError(limits.fundingMaxTargetIdr, limits.fundingMaxReturnBps);
  }
  if (!round.isPublic) {
    const motion = await tx.motion.findFirst({
      where: {
        kind: "APPROVE_FUNDING_ROUND",
        fundingRoundId: round.id,
        status: "CARRIED",
        meeting: { cooperativeId: round.cooperativeId },
      },
      select: { id: true },
    });
    if (!motion) throw new MeetingApprovalRequiredError();
  }
}

/** Records that an approved round was opened (called inside openFundingRound's transaction). */
export const recordOpened = (tx: Tx, roundId: string, userId: string | null, at?: Date) =>
  tx.fundingRoundEvent.create({ data: { roundId, kind: "OPENED", actorId: userId, createdAt: at } });
