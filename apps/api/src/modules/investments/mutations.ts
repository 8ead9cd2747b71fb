import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors, ErrorInterface, NotFoundError } from "../common/errors.ts";
import { bilingual } from "../common/validation.ts";
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

const money = (v: bigint) => v.toString();
builder.objectType(RoundNotOpenError, {
  name: "RoundNotOpenError",
  description: "The round is not open for pledges.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.exposeString("status", { description: "The round's status." }) }),
});
builder.objectType(TicketOutOfRangeError, {
  name: "TicketOutOfRangeError",
  description: "The household's total in the round must stay between the min and max ticket.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    minIdr: t.string({ description: "Smallest pledge.", resolve: (e) => money(e.minIdr) }),
    maxIdr: t.string({ description: "Largest total per household.", resolve: (e) => money(e.maxIdr) }),
  }),
});
builder.objectType(RoundOversubscribedError, {
  name: "RoundOversubscribedError",
  description: "The pledge would take the round past its target.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    remainingIdr: t.string({ description: "What can still be pledged.", resolve: (e) => money(e.remainingIdr) }),
  }),
});
builder.objectType(IncomeNotDeclaredError, {
  name: "IncomeNotDeclaredError",
  description: "Public rounds need the household's declared yearly income (OJK cap).",
  interfaces: [ErrorInterface],
});
builder.objectType(MembersOnlyRoundError, {
  name: "MembersOnlyRoundError",
  description: "The round is open only to members of its cooperative, and no one in the household is an active member.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    cooperativeName: t.exposeString("cooperativeName", { description: "The cooperative to join to take part." }),
  }),
});
builder.objectType(InvestmentCapExceededError, {
  name: "InvestmentCapExceededError",
  description: "The OJK per-investor yearly cap (POJK 57/2020) would be exceeded.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    limitIdr: t.string({ description: "The yearly cap.", resolve: (e) => money(e.limitIdr) }),
    usedIdr: t.string({ description: "Already pledged to public rounds this year.", resolve: (e) => money(e.usedIdr) }),
  }),
});
builder.objectType(DisclosureNotAcceptedError, {
  name: "DisclosureNotAcceptedError",
  description:
    "The pledge did not accept the risk statement in force (none named, or an older version); nothing was pledged.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    currentVersion: t.exposeString("currentVersion", { description: "The version in force, to read and accept." }),
    acceptedVersion: t.exposeString("acceptedVersion", {
      nullable: true,
      description: "The version the pledge named.",
    }),
  }),
});
builder.objectType(InvalidRoundStateError, {
  name: "InvalidRoundStateError",
  description: "The round's status does not allow this action.",
  interfaces: [ErrorInterface],
  fields: (t) => ({ status: t.exposeString("status", { description: "The round's status." }) }),
});

const key = z.string().min(8).max(100);
const rupiah = z
  .string()
  .regex(
    /^[1-9][0-9]{0,12}$/,
    bilingual(
      "Jumlah harus bilangan bulat rupiah lebih dari nol (maks. 13 digit).",
      "The amount must be whole rupiah above zero (at most 13 digits).",
    ),
  );

/** Global IDs here are checked by type name: an ID of another type is "not found". */
function idOf(gid: { typename: string; id: string }, typename: string): string {
  if (gid.typename !== typename) throw new NotFoundError(typename);
  return gid.id;
}

async function roundScopes(
  ctx: { prisma: PrismaClient },
  gid: { typename: string; id: string },
  who: "officer" | "owner",
) {
  const round =
    gid.typename === "FundingRound"
      ? await ctx.prisma.fundingRound.findUnique({
          where: { id: gid.id },
          select: { cooperativeId: true, businessId: true },
        })
      : null;
  if (!round) return { admin: true };
  return who === "officer" ? { cooperativeOfficer: round.cooperativeId } : { businessOwner: round.businessId };
}

const PledgePayload = builder.simpleObject("PledgePayload", {
  description: "The pledge made.",
  fields: (t) => ({ pledge: t.field({ type: PledgeRef, description: "The pledge." }) }),
});
const RoundPayload = builder.simpleObject("FundingRoundStatusPayload", {
  description: "The round's new status.",
  fields: (t) => ({ status: t.string({ description: "New status." }) }),
});
const RepaymentPayload = builder.simpleObject("RepaymentPayload", {
  description: "The recorded repayment.",
  fields: (t) => ({ repayment: t.field({ type: RepaymentRef, description: "The repayment." }) }),
});

const RoundAction = builder.inputType("FundingRoundActionInput", {
  description: "A round to act on.",
  fields: (t) => ({ roundId: t.globalID({ description: "The funding round." }) }),
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
    args: {
      input: t.arg({
        type: builder.inputType("PledgeInput", {
          description: "A pledge.",
          fields: (f) => ({
            roundId: f.globalID({ description: "The funding round." }),
            householdId: f.globalID({ description: "The investing household." }),
            amountIdr: f.string({ description: "Whole rupiah.", validate: rupiah }),
            idempotencyKey: f.string({ description: "Unique per pledge; a retry changes nothing.", validate: key }),
            acceptedDisclosureVersion: f.string({
              required: false,
              description:
                "Required: the version of the risk statement (pledgeDisclosure) the family read and accepted. " +
                "Missing or not the one in force: DisclosureNotAcceptedError, nothing pledged.",
              validate: z.string().max(40).nullish(),
            }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }) => ({ walletHolder: input.householdId.id }),
    resolve: async (_root, { input }, ctx) => {
      const made = await pledge(
        ctx.prisma,
        {
          roundId: idOf(input.roundId, "FundingRound"),
          householdId: idOf(input.householdId, "Household"),
          amountIdr: BigInt(input.amountIdr),
          idempotencyKey: input.idempotencyKey,
          acceptedDisclosureVersion: input.acceptedDisclosureVersion ?? null,
        },
        ctx.user!.id,
      );
      return {
        pledge: await ctx.prisma.pledge.findUniqueOrThrow({
          where: { id: made.id },
          include: { round: { select: { cooperativeId: true } } },
        }),
      };
    },
  }),
  closeFundingRound: t.field({
    type: RoundPayload,
    description: "After the deadline, closes an underfunded round and refunds every pledge in full.",
    errors: { types: [...commonErrors, InvalidRoundStateError] },
    args: { input: t.arg({ type: RoundAction }) },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "officer"),
    resolve: async (_root, { input }, ctx) => ({
      status: (await closeUnderfundedRound(ctx.prisma, idOf(input.roundId, "FundingRound"), ctx.user!.id)).status,
    }),
  }),
  disburseFundingRound: t.field({
    type: RoundPayload,
    description: "Pays a funded round's escrow to the business.",
    errors: { types: [...commonErrors, InvalidRoundStateError] },
    args: { input: t.arg({ type: RoundAction }) },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "officer"),
    resolve: async (_root, { input }, ctx) => ({
      status: (await disburseRound(ctx.prisma, idOf(input.roundId, "FundingRound"), ctx.user!.id)).status,
    }),
  }),
  markFundingRoundDefaulted: t.field({
    type: RoundPayload,
    description: "Declares a repaying round in default (its arrears stay on record).",
    errors: { types: [...commonErrors, InvalidRoundStateError] },
    args: { input: t.arg({ type: RoundAction }) },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "officer"),
    resolve: async (_root, { input }, ctx) => ({
      status: (await markRoundDefaulted(ctx.prisma, idOf(input.roundId, "FundingRound"))).status,
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
            roundId: f.globalID({ description: "The funding round." }),
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
            idempotencyKey: f.string({ description: "Unique per payment.", validate: key }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => roundScopes(ctx, input.roundId, "owner"),
    resolve: async (_root, { input }, ctx) => {
      const roundId = idOf(input.roundId, "FundingRound");
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
