// Payments: the buyer's proof (submitPaymentProof, a GraphQL multipart upload), the treasurer's decision
// (confirmPayment, rejectPayment) and the officers' payment channels (setCooperativeQris, addCooperativeBankAccount,
// removeCooperativeBankAccount). To a caller without the right the payment does not exist.
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError, NotFoundError } from "../common/errors.ts";
import { bilingual, wholeRupiah } from "../common/validation.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import { mediaStorage } from "../photos/storage.ts";
import { addBankAccount, cooperativeIdOfBankAccount, removeBankAccount, setCooperativeQris } from "./channels.ts";
import {
  BankAccountTakenError,
  InvalidQrisPayloadError,
  OwnBusinessPaymentError,
  PaymentProofError,
  PaymentStatusError,
} from "./errors.ts";
import { PROOF_MAX_BYTES } from "./proofs.ts";
import { confirmPayment, cooperativeIdOfPayment, rejectPayment, submitPaymentProof } from "./treasury.ts";
import { BankAccountRef, PaymentRef } from "./types.ts";

// ── Error types ──

// ── Payloads and scopes ──

const PaymentPayload = builder.simpleObject("PaymentPayload", {
  description: "The payment after the change.",
  fields: (t) => ({ payment: t.field({ type: PaymentRef, description: "The payment." }) }),
});

// The cooperative is read after the service commits, with the fields the client selected (`...query`).
const ChannelsPayload = builder.objectRef<{ cooperativeId: string }>("PaymentChannelsPayload").implement({
  description: "The cooperative with its payment channels as they are now.",
  fields: (t) => ({
    cooperative: t.prismaField({
      type: CooperativeRef,
      description: "The cooperative.",
      resolve: (query, payload, _args, ctx) =>
        ctx.prisma.cooperative.findUniqueOrThrow({ ...query, where: { id: payload.cooperativeId } }),
    }),
  }),
});

/** Scope: the treasurer of the payment's cooperative. An unknown payment is left to the service (NotFoundError). */
async function treasurerOf(ctx: Context, paymentId: string) {
  const cooperativeId = await cooperativeIdOfPayment(ctx.prisma, paymentId);
  return cooperativeId ? { cooperativeTreasurer: cooperativeId } : { admin: true };
}

const actor = (ctx: Context) => ({ id: ctx.user!.id, isPlatformAdmin: ctx.user!.isPlatformAdmin });
const notFound = () => new NotFoundError("Payment");
const reasonText = z
  .string()
  .trim()
  .min(10, bilingual("Tuliskan alasannya (minimal 10 karakter).", "Write the reason (at least 10 characters)."))
  .max(500, bilingual("Alasan maksimal 500 karakter.", "At most 500 characters."));
const rupiah = wholeRupiah({ id: "Nominal", en: "The amount" });
const forbiddenChannels = () =>
  new ForbiddenError(
    "Hanya pengurus koperasi yang dapat mengubah kanal pembayarannya.",
    "Only the cooperative's officers can change its payment channels.",
  );

builder.mutationFields((t) => ({
  submitPaymentProof: t.field({
    type: PaymentPayload,
    description:
      "The buyer uploads a proof of transfer (JPEG, PNG or WebP photo, or PDF; at most 10 MB; checked by content) " +
      "and the amount transferred. The payment waits for the treasurer (PROOF_SUBMITTED). Buyer only.",
    authScopes: { loggedIn: true },
    unauthorizedError: notFound,
    errors: { types: [...commonErrors, PaymentStatusError, PaymentProofError] },
    args: {
      input: t.arg({
        type: builder.inputType("SubmitPaymentProofInput", {
          description: "A proof of transfer for a payment.",
          fields: (f) => ({
            paymentId: f.globalID({ for: [PaymentRef], description: "The payment." }),
            proof: f.field({ type: "File", description: "A photo or PDF of the transfer receipt." }),
            amount: f.string({ description: "The amount transferred, whole rupiah, e.g. 138000.", validate: rupiah }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const file = input.proof as File;
      if (file.size > PROOF_MAX_BYTES) throw new PaymentProofError("TOO_LARGE");
      const bytes = new Uint8Array(await file.arrayBuffer());
      const payment = await submitPaymentProof(
        ctx.prisma,
        mediaStorage(),
        { paymentId: input.paymentId.id, bytes, provenAmountIdr: BigInt(input.amount) },
        ctx.user!.id,
      );
      return { payment };
    },
  }),

  confirmPayment: t.field({
    type: PaymentPayload,
    description:
      "The treasurer of the payment's cooperative confirms the money arrived: its orders become PAID and the money " +
      "is booked on the ledger. Never the seller: a treasurer selling in this payment is refused.",
    authScopes: (_root, { input }, ctx) => treasurerOf(ctx, input.paymentId.id),
    unauthorizedError: notFound,
    errors: { types: [...commonErrors, PaymentStatusError, OwnBusinessPaymentError] },
    args: {
      input: t.arg({
        type: builder.inputType("ConfirmPaymentInput", {
          description: "Names one payment.",
          fields: (f) => ({ paymentId: f.globalID({ for: [PaymentRef], description: "The payment." }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      payment: await confirmPayment(ctx.prisma, input.paymentId.id, actor(ctx)),
    }),
  }),

  rejectPayment: t.field({
    type: PaymentPayload,
    description:
      "The treasurer did not find the money: the proof is rejected with a reason the buyer reads; the buyer may " +
      "send another before the deadline.",
    authScopes: (_root, { input }, ctx) => treasurerOf(ctx, input.paymentId.id),
    unauthorizedError: notFound,
    errors: { types: [...commonErrors, PaymentStatusError, OwnBusinessPaymentError] },
    args: {
      input: t.arg({
        type: builder.inputType("RejectPaymentInput", {
          description: "The payment and why its proof is rejected.",
          fields: (f) => ({
            paymentId: f.globalID({ for: [PaymentRef], description: "The payment." }),
            reason: f.string({ description: "Why (shown to the buyer).", validate: reasonText }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      payment: await rejectPayment(ctx.prisma, input.paymentId.id, input.reason, actor(ctx)),
    }),
  }),

  setCooperativeQris: t.field({
    type: ChannelsPayload,
    description:
      "Saves the cooperative's static QRIS (the text under its QRIS sticker), or removes it with an empty text. A " +
      "malformed payload (structure, checksum, merchant fields) is refused. Officers only; audited.",
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    unauthorizedError: forbiddenChannels,
    errors: { types: [...commonErrors, InvalidQrisPayloadError] },
    args: {
      input: t.arg({
        type: builder.inputType("SetCooperativeQrisInput", {
          description: "A cooperative and its static QRIS text.",
          fields: (f) => ({
            cooperativeId: f.globalID({ for: [CooperativeRef], description: "The cooperative." }),
            payload: f.string({
              description: "The static QRIS text (starts with 000201), or empty to remove it.",
              validate: z.string().max(512, bilingual("Teks QRIS maksimal 512 karakter.", "At most 512 characters.")),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      cooperativeId: (await setCooperativeQris(ctx.prisma, input.cooperativeId.id, input.payload, ctx.user!.id)).id,
    }),
  }),

  addCooperativeBankAccount: t.field({
    type: ChannelsPayload,
    description: "Adds a bank account buyers may transfer to. Officers only; audited.",
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    unauthorizedError: forbiddenChannels,
    errors: { types: [...commonErrors, BankAccountTakenError] },
    args: {
      input: t.arg({
        type: builder.inputType("AddCooperativeBankAccountInput", {
          description: "A cooperative's bank account.",
          fields: (f) => ({
            cooperativeId: f.globalID({ for: [CooperativeRef], description: "The cooperative." }),
            bankName: f.string({
              description: "The bank, e.g. BRI.",
              validate: z.string().trim().min(2, bilingual("Nama bank wajib diisi.", "The bank is required.")).max(80),
            }),
            accountNumber: f.string({
              description: "The account number (digits, spaces or dashes).",
              validate: z
                .string()
                .trim()
                .regex(
                  /^[0-9][0-9 -]{4,38}[0-9]$/,
                  bilingual("Nomor rekening tidak valid.", "Invalid account number."),
                ),
            }),
            holderName: f.string({
              description: "The account holder's name.",
              validate: z
                .string()
                .trim()
                .min(2, bilingual("Nama pemilik rekening wajib diisi.", "The holder is required."))
                .max(160),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const { cooperativeId, ...account } = input;
      await addBankAccount(ctx.prisma, cooperativeId.id, account, ctx.user!.id);
      return { cooperativeId: cooperativeId.id };
    },
  }),

  removeCooperativeBankAccount: t.field({
    type: ChannelsPayload,
    description: "Removes one of the cooperative's bank accounts. Officers only; audited.",
    authScopes: async (_root, { input }, ctx) => {
      const cooperativeId = await cooperativeIdOfBankAccount(ctx.prisma, input.accountId.id);
      return cooperativeId ? { cooperativeOfficer: cooperativeId } : { loggedIn: true };
    },
    unauthorizedError: forbiddenChannels,
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("RemoveCooperativeBankAccountInput", {
          description: "Names one bank account.",
          fields: (f) => ({ accountId: f.globalID({ for: [BankAccountRef], description: "The bank account." }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      cooperativeId: (await removeBankAccount(ctx.prisma, input.accountId.id, ctx.user!.id)).id,
    }),
  }),
}));
