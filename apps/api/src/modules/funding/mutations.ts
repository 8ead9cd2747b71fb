import { z } from "zod";

import { builder } from "../../builder.ts";
import { BusinessRef } from "../commerce/types.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual, type Label, wholeRupiah } from "../common/validation.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import {
  CooperativeMismatchError,
  InvalidRoundTermsError,
  InvalidRoundTransitionError,
  IssuerCapExceededError,
  RoundNotEditableError,
} from "./errors.ts";
import { roundOwner } from "./scopes.ts";
import { createFundingRound, openFundingRound, postRoundUpdate, updateFundingRound } from "./service.ts";
import { FundingInstrument, FundingRoundRef, FundingRoundUpdateRef } from "./types.ts";

const rupiah = (label: Label) => wholeRupiah(label, { max: 10_000_000_000n });
const target = rupiah({ id: "Target", en: "Target" });
const minimumInvestment = rupiah({ id: "Investasi minimum", en: "Minimum investment" });
const maximumInvestment = rupiah({ id: "Investasi maksimum", en: "Maximum investment" });
const titleSchema = z
  .string()
  .trim()
  .min(5, bilingual("Judul minimal 5 karakter.", "Title: at least 5 characters."))
  .max(200, bilingual("Judul paling banyak 200 karakter.", "Title: at most 200 characters."));
const purposeSchema = z
  .string()
  .trim()
  .max(8000, bilingual("Tujuan paling banyak 8000 karakter.", "Purpose: at most 8,000 characters."));
const bpsSchema = z
  .number()
  .int()
  .min(0, bilingual("Imbal hasil tidak boleh negatif.", "The return cannot be negative."))
  .max(10_000, bilingual("Imbal hasil paling banyak 10000 bps (100%).", "The return is at most 10,000 bps (100%)."));
const tenorSchema = z
  .number()
  .int()
  .min(1, bilingual("Tenor minimal 1 bulan.", "Term: at least 1 month."))
  .max(120, bilingual("Tenor paling lama 120 bulan.", "Term: at most 120 months."));

const CreateFundingRoundInput = builder.inputType("CreateFundingRoundInput", {
  description: "A new funding round, created as a DRAFT.",
  fields: (t) => ({
    businessId: t.globalID({ for: [BusinessRef], description: "The business raising money (yours)." }),
    cooperativeId: t.globalID({
      required: false,
      for: [CooperativeRef],
      description: "The administering cooperative; must be the business's (the default).",
    }),
    title: t.string({ description: "Title.", validate: titleSchema }),
    purpose: t.string({ description: "What the money is for and what investors get.", validate: purposeSchema }),
    instrument: t.field({ type: FundingInstrument, description: "What investors get." }),
    isPublic: t.boolean({ description: "Open to the public (OJK caps apply) rather than members only." }),
    targetIdr: t.string({
      description: "Amount sought, whole rupiah (at most Rp 10 billion).",
      validate: target,
    }),
    minTicketIdr: t.string({
      description: "Smallest investment, whole rupiah.",
      validate: minimumInvestment,
    }),
    maxTicketIdr: t.string({
      description: "Largest investment, whole rupiah.",
      validate: maximumInvestment,
    }),
    returnBps: t.int({
      description: "Profit share (PROFIT_SHARE) or yearly rate (LOAN) in basis points.",
      validate: bpsSchema,
    }),
    tenorMonths: t.int({ description: "Length in months (1 to 120).", validate: tenorSchema }),
    opensAt: t.field({ type: "DateTime", description: "When pledges open." }),
    closesAt: t.field({ type: "DateTime", description: "When pledges close (after opensAt)." }),
  }),
});

const UpdateFundingRoundInput = builder.inputType("UpdateFundingRoundInput", {
  description: "Changes to a DRAFT round; omitted fields stay as they are.",
  fields: (t) => ({
    roundId: t.globalID({ for: [FundingRoundRef], description: "The round (a draft)." }),
    title: t.string({ required: false, description: "Title.", validate: titleSchema }),
    purpose: t.string({ required: false, description: "Purpose.", validate: purposeSchema }),
    instrument: t.field({ type: FundingInstrument, required: false, description: "Instrument." }),
    isPublic: t.boolean({ required: false, description: "Open to the public." }),
    targetIdr: t.string({ required: false, description: "Target, whole rupiah.", validate: target }),
    minTicketIdr: t.string({
      required: false,
      description: "Smallest investment.",
      validate: minimumInvestment,
    }),
    maxTicketIdr: t.string({
      required: false,
      description: "Largest investment.",
      validate: maximumInvestment,
    }),
    returnBps: t.int({ required: false, description: "Return in basis points.", validate: bpsSchema }),
    tenorMonths: t.int({ required: false, description: "Length in months.", validate: tenorSchema }),
    opensAt: t.field({ type: "DateTime", required: false, description: "When pledges open." }),
    closesAt: t.field({ type: "DateTime", required: false, description: "When pledges close." }),
  }),
});

const OpenFundingRoundInput = builder.inputType("OpenFundingRoundInput", {
  description: "An approved round to open for pledges.",
  fields: (t) => ({ roundId: t.globalID({ for: [FundingRoundRef], description: "The round." }) }),
});

const PostRoundUpdateInput = builder.inputType("PostRoundUpdateInput", {
  description: "News for a round's investors.",
  fields: (t) => ({
    roundId: t.globalID({ for: [FundingRoundRef], description: "The round." }),
    title: t.string({
      description: "Headline.",
      validate: z
        .string()
        .trim()
        .min(3, bilingual("Judul minimal 3 karakter.", "Title: at least 3 characters."))
        .max(200, bilingual("Judul paling banyak 200 karakter.", "Title: at most 200 characters.")),
    }),
    body: t.string({
      description: "The news.",
      validate: z
        .string()
        .trim()
        .min(1, bilingual("Isi kabar wajib diisi.", "The update's text is required."))
        .max(8000, bilingual("Isi kabar paling banyak 8000 karakter.", "Update text: at most 8,000 characters.")),
    }),
  }),
});

const FundingRoundPayload = builder.simpleObject("FundingRoundPayload", {
  description: "The round as it is now.",
  fields: (t) => ({ round: t.field({ type: FundingRoundRef, description: "The funding round." }) }),
});

const PostRoundUpdatePayload = builder.simpleObject("PostRoundUpdatePayload", {
  description: "The posted news.",
  fields: (t) => ({ update: t.field({ type: FundingRoundUpdateRef, description: "The update." }) }),
});

const big = (v: string | null | undefined) => (v == null ? undefined : BigInt(v));
const orUndefined = <T>(v: T | null | undefined) => (v == null ? undefined : v);

builder.mutationFields((t) => ({
  createFundingRound: t.field({
    type: FundingRoundPayload,
    description:
      "Drafts a funding round for your business (it must be accepted by a cooperative). It stays unseen by the " +
      "public until the cooperative approves it (submitFundingRound, reviewFundingRound) and you open it.",
    errors: { types: [...commonErrors, InvalidRoundTermsError, IssuerCapExceededError, CooperativeMismatchError] },
    args: { input: t.arg({ type: CreateFundingRoundInput }) },
    authScopes: (_root, { input }) => ({ businessOwner: input.businessId.id }),
    resolve: async (_root, { input }, ctx) => ({
      round: await createFundingRound(ctx.prisma, {
        businessId: input.businessId.id,
        cooperativeId: input.cooperativeId?.id ?? null,
        title: input.title,
        purpose: input.purpose,
        instrument: input.instrument,
        isPublic: input.isPublic,
        targetIdr: BigInt(input.targetIdr),
        minTicketIdr: BigInt(input.minTicketIdr),
        maxTicketIdr: BigInt(input.maxTicketIdr),
        returnBps: input.returnBps,
        tenorMonths: input.tenorMonths,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
      }),
    }),
  }),
  updateFundingRound: t.field({
    type: FundingRoundPayload,
    description: "Changes a DRAFT or RETURNED round's terms. The business owner only.",
    errors: { types: [...commonErrors, RoundNotEditableError, InvalidRoundTermsError, IssuerCapExceededError] },
    args: { input: t.arg({ type: UpdateFundingRoundInput }) },
    authScopes: (_root, { input }, ctx) => roundOwner(ctx, input.roundId.id),
    resolve: async (_root, { input }, ctx) => ({
      round: await updateFundingRound(ctx.prisma, input.roundId.id, {
        title: orUndefined(input.title),
        purpose: orUndefined(input.purpose),
        instrument: orUndefined(input.instrument),
        isPublic: orUndefined(input.isPublic),
        targetIdr: big(input.targetIdr),
        minTicketIdr: big(input.minTicketIdr),
        maxTicketIdr: big(input.maxTicketIdr),
        returnBps: orUndefined(input.returnBps),
        tenorMonths: orUndefined(input.tenorMonths),
        opensAt: orUndefined(input.opensAt),
        closesAt: orUndefined(input.closesAt),
      }),
    }),
  }),
  openFundingRound: t.field({
    type: FundingRoundPayload,
    description:
      "Opens a round the cooperative APPROVED for pledges (a LOAN gets its repayment schedule). The business owner only.",
    errors: { types: [...commonErrors, InvalidRoundTransitionError, InvalidRoundTermsError, IssuerCapExceededError] },
    args: { input: t.arg({ type: OpenFundingRoundInput }) },
    authScopes: (_root, { input }, ctx) => roundOwner(ctx, input.roundId.id),
    resolve: async (_root, { input }, ctx) => ({
      round: await openFundingRound(ctx.prisma, input.roundId.id, ctx.user!.id),
    }),
  }),
  postRoundUpdate: t.field({
    type: PostRoundUpdatePayload,
    description: "Posts news to a round's investors. The business owner only.",
    errors: { types: [...commonErrors] },
    args: { input: t.arg({ type: PostRoundUpdateInput }) },
    authScopes: (_root, { input }, ctx) => roundOwner(ctx, input.roundId.id),
    resolve: async (_root, { input }, ctx) => ({
      update: await postRoundUpdate(
        ctx.prisma,
        { roundId: input.roundId.id, title: input.title, body: input.body },
        ctx.user!.id,
      ),
    }),
  }),
}));
