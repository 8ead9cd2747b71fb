import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { NotFoundError } from "../common/errors.ts";
import { idempotencyKey, wholeRupiah } from "../common/validation.ts";
import { FundingRoundRef, FundingRoundStatus } from "../funding/types.ts";
import { HouseholdRef } from "../households/types.ts";
import { IdempotencyConflictError, InsufficientFundsError } from "../ledger/errors.ts";
import {
  DisclosureNotAcceptedError,
  IncomeNotDeclaredError,
  InvalidRoundStateError,
  InvestmentCapExceededError,
  MembersOnlyRoundError,
  RoundNotOpenError,
  RoundOversubscribedError,
  TicketOutOfRangeError,
} from "./errors.ts";
import { closeUnderfundedRound, disburseRound, markRoundDefaulted, pledge, repay } from "./service.ts";
import { PledgeRef, RepaymentRef } from "./types.ts";

const rupiah = wholeRupiah({ id: "Jumlah", en: "The amount" });

async function roundScopes(ctx: { prisma: PrismaClient }, gid: { id: string }, who: "officer" | "owner") {
  const round = await ctx.prisma.fundingRound.findUnique({
    where: { id: gid.id },
    select: { cooperativeId: true, businessId: true },
  });
  if (!round) return { admin: true };
  return who === "officer" ? { cooperativeOfficer: round.cooperativeId } : { businessOwner: round.businessId };
}

// The pledge is read after the service commits, with the fields the client selected (`...query`).
const PledgePayload = builder.objectRef<{ pledgeId: string }>("PledgePayload").implement({
  description: "The pledge made.",
  fields: (t) => ({
    pledge: t.prismaField({
      type: PledgeRef,
      description: "The pledge.",
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.pledge.findUniqueOrThrow({ ...query, where: { id: payload.pledgeId } }),
    }),
  }),
});
const RoundPayload = builder.simpleObject("FundingRoundStatusPayload", {
  description: "The round's new status.",
  fields: (t) => ({ status: t.field({ type: FundingRoundStatus, description: "New status." }) }),
});
const RepaymentPayload = builder.simpleObject("RepaymentPayload", {
  description: "The recorded repayment.",
  fields: (t) => ({ repayment: t.field({ type: RepaymentRef, description: "The repayment." }) }),
});

const RoundAction = builder.inputType("FundingRoundActionInput", {
  description: "A round to act on.",
  fields: (t) => ({ roundId: t.globalID({ for: [FundingRoundRef], description: "The funding round." }) }),
});

const PledgeInput = builder.inputType("PledgeInput", {
  description: "A pledge.",
  fields: (f) => ({
    roundId: f.globalID({ for: [FundingRoundRef], description: "The funding round." }),
    householdId: f.globalID({ for: [HouseholdRef], description: "The investing household." }),
    amountIdr: f.string({ description: "Whole rupiah.", validate: rupiah }),
    idempotencyKey: f.string({ description: "Unique per pledge; a retry changes nothing.", validate: idempotencyKey }),
    acceptedDisclosureVersion: f.string({
      required: false,
      description:
        "Required: the version of the risk statement (pledgeDisclosure) the family read and accepted. " +
        "Missing or not the one in force: DisclosureNotAcceptedError, nothing pledged.",
      validate: z.string().max(40).nullish(),
    }),
  }),
});

builder.mutationFields((t) => ({
  pledgeToRound: t.field({
    type: PledgePayload,
    description:
      "Invests household savings in an open round (wallet to escrow), within the ticket, target and OJK caps; rounds not marked public take pledges from cooperative members only.",
    errors: {
      types: [
        ...commonErrors,
        DisclosureNotAcceptedError,
        RoundNotOpenError,
        MembersOnlyRoundError,
        TicketOutOfRangeError,
        RoundOversubscribedError,
        IncomeNotDeclaredError,
        InvestmentCapExceededError,
        InsufficientFundsError,
        IdempotencyConflictError,
      ],
    },
    args: { input: t.arg({ type: PledgeInput }) },
    authScopes: (_root, { input }) => ({ walletHolder: input.householdId.id }),
    resolve: async (_root, { input }, ctx) => {
      const made = await pledge(
        ctx.prisma,
        {
          roundId: input.roundId.id,
          householdId: input.householdId.id,
          amountIdr: BigInt(input.amountIdr),
          idempotencyKey: input.idempotencyKey,
          acceptedDisclosureVersion: input.acceptedDisclosureVersion ?? null,
        },
        ctx.user!.id,
      );
      return { pledgeId: made.id };
    },
  }),
  closeFundingRound: t.field({
    type: RoundPayload,
    description: "After the deadline, closes an underfunded round and refunds every pledge in full.",
    errors: { types: [...commonErrors, InvalidRoundStateError] },
    args: { input: t.arg({ type: RoundAction }) },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "officer"),
    resolve: async (_root, { input }, ctx) => ({
      status: (await closeUnderfundedRound(ctx.prisma, input.roundId.id, ctx.user!.id)).status,
    }),
  }),
  disburseFundingRound: t.field({
    type: RoundPayload,
    description: "Pays a funded round's escrow to the business.",
    errors: { types: [...commonErrors, InvalidRoundStateError] },
    args: { input: t.arg({ type: RoundAction }) },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "officer"),
    resolve: async (_root, { input }, ctx) => ({
      status: (await disburseRound(ctx.prisma, input.roundId.id, ctx.user!.id)).status,
    }),
  }),
  markFundingRoundDefaulted: t.field({
    type: RoundPayload,
    description: "Declares a repaying round in default (its arrears stay on record).",
    errors: { types: [...commonErrors, InvalidRoundStateError] },
    args: { input: t.arg({ type: RoundAction }) },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "officer"),
    resolve: async (_root, { input }, ctx) => ({
      status: (await markRoundDefaulted(ctx.prisma, input.roundId.id)).status,
    }),
  }),
  recordRepayment: t.field({
    type: RepaymentPayload,
    description: "The business pays an instalment or profit share; investors receive it pro rata, exact to the rupiah.",
    errors: { types: [...commonErrors, InvalidRoundStateError, InsufficientFundsError, IdempotencyConflictError] },
    args: {
      input: t.arg({
        type: builder.inputType("RecordRepaymentInput", {
          description: "A payment into a round.",
          fields: (f) => ({
            roundId: f.globalID({ for: [FundingRoundRef], description: "The funding round." }),
            amountIdr: f.string({ description: "Whole rupiah.", validate: rupiah }),
            kind: f.string({
              description: "INSTALMENT or PROFIT_SHARE.",
              validate: z.enum(["INSTALMENT", "PROFIT_SHARE"]),
            }),
            scheduleSequence: f.int({
              required: false,
              description: "Which scheduled instalment this pays.",
              validate: z.number().int().min(1).max(600),
            }),
            idempotencyKey: f.string({ description: "Unique per payment.", validate: idempotencyKey }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "owner"),
    resolve: async (_root, { input }, ctx) => {
      const roundId = input.roundId.id;
      const schedule = input.scheduleSequence
        ? await ctx.prisma.repaymentSchedule.findUnique({
            where: { roundId_sequence: { roundId, sequence: input.scheduleSequence } },
          })
        : null;
      if (input.scheduleSequence && !schedule) throw new NotFoundError("RepaymentSchedule");
      return {
        repayment: await repay(
          ctx.prisma,
          {
            roundId,
            amountIdr: BigInt(input.amountIdr),
            kind: input.kind as "INSTALMENT" | "PROFIT_SHARE",
            scheduleId: schedule?.id ?? null,
            idempotencyKey: input.idempotencyKey,
          },
          ctx.user!.id,
        ),
      };
    },
  }),
}));
