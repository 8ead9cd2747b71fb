import type { PrismaClient } from "@desa-migran/db";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { idempotencyKey, wholeRupiah } from "../common/validation.ts";
import { MembershipRef } from "../cooperatives/types.ts";
import { IdempotencyConflictError, InsufficientFundsError } from "../ledger/errors.ts";
import { JournalEntryRef } from "../ledger/types.ts";
import {
  EquityNotRefundableError,
  MembershipNotActiveError,
  PartialEquityRefundError,
  PokokAlreadyPaidError,
  SavingsNotWithdrawableError,
  WrongPokokAmountError,
} from "./errors.ts";
import { depositSavings, withdrawSavings } from "./service.ts";
import { SavingsChannel, SavingsKindEnum } from "./types.ts";

const SavingsInput = builder.inputType("SavingsMovementInput", {
  description: "A deposit to or withdrawal from member savings.",
  fields: (t) => ({
    membershipId: t.globalID({ for: [MembershipRef], description: "The membership (a Membership node ID)." }),
    kind: t.field({ type: SavingsKindEnum, description: "Which savings." }),
    amountIdr: t.string({
      description: "Whole rupiah.",
      validate: wholeRupiah({ id: "Jumlah", en: "The amount" }),
    }),
    channel: t.field({ type: SavingsChannel, description: "Wallet or cash." }),
    idempotencyKey: t.string({
      description: "Unique per movement; a retry changes nothing.",
      validate: idempotencyKey,
    }),
  }),
});

const SavingsPayload = builder.simpleObject("SavingsMovementPayload", {
  description: "The recorded movement.",
  fields: (t) => ({ entry: t.field({ type: JournalEntryRef, description: "The journal entry." }) }),
});

/** Officers record cash movements; a member moves their own savings from or to their household wallet. */
const savingsScopes = async (
  input: { membershipId: { id: string }; channel: string },
  ctx: { prisma: PrismaClient },
) => {
  const m = await ctx.prisma.membership.findUnique({
    where: { id: input.membershipId.id },
    select: { cooperativeId: true },
  });
  if (!m) return { admin: true };
  // Cash or a transfer that arrived at the counter is the officer's record; the family's wallet is the family's
  // alone to move (an officer, or an admin, moving it would be taking a family's money).
  return input.channel === "CASH" ? { cooperativeOfficer: m.cooperativeId } : { member: input.membershipId.id };
};

const errors = [...commonErrors, InsufficientFundsError, IdempotencyConflictError, MembershipNotActiveError];

builder.mutationFields((t) => ({
  depositSavings: t.field({
    type: SavingsPayload,
    description: "Deposits member savings (pokok once at the by-law amount; wajib; sukarela).",
    errors: { types: [...errors, PokokAlreadyPaidError, WrongPokokAmountError] },
    args: { input: t.arg({ type: SavingsInput }) },
    authScopes: (_root, { input }, ctx) => savingsScopes(input, ctx),
    resolve: async (_root, { input }, ctx) => ({
      entry: await depositSavings(
        ctx.prisma,
        { ...input, membershipId: input.membershipId.id, amountIdr: BigInt(input.amountIdr) },
        ctx.user!.id,
      ),
    }),
  }),
  withdrawSavings: t.field({
    type: SavingsPayload,
    description:
      "Withdraws member savings, never below zero: sukarela at any time; pokok and wajib only after the member " +
      "has left (endMembership), if the by-laws return them, and only the full balance.",
    errors: {
      types: [...errors, SavingsNotWithdrawableError, EquityNotRefundableError, PartialEquityRefundError],
    },
    args: { input: t.arg({ type: SavingsInput }) },
    authScopes: (_root, { input }, ctx) => savingsScopes(input, ctx),
    resolve: async (_root, { input }, ctx) => ({
      entry: await withdrawSavings(
        ctx.prisma,
        { ...input, membershipId: input.membershipId.id, amountIdr: BigInt(input.amountIdr) },
        ctx.user!.id,
      ),
    }),
  }),
}));
