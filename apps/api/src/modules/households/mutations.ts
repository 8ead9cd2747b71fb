import { CURRENCY_DECIMALS } from "@desa-migran/money";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { bilingual, idempotencyKey, wholeRupiah } from "../common/validation.ts";
import { IdempotencyConflictError } from "../ledger/errors.ts";
import { PersonRef } from "../registry/types.ts";
import { AllocationExceedsAmountError } from "./errors.ts";
import { recordRemittance } from "./service.ts";
import { HouseholdRef, RemittanceChannel, RemittanceRef } from "./types.ts";

/** A whole number of a foreign currency's minor units (not rupiah: `wholeRupiah` is for those). */
const wholeNumber = (max: bigint, message: string) =>
  // abort: a string that is not digits must not reach BigInt() in the next check.
  z
    .string()
    .regex(/^[0-9]{1,18}$/, { message, abort: true })
    .refine((v) => BigInt(v) <= max, bilingual("Jumlah terlalu besar.", "The amount is too large."));

const RecordRemittanceInput = builder.inputType("RecordRemittanceInput", {
  description: "A remittance received by a household, and how it will be used.",
  fields: (t) => ({
    householdId: t.globalID({ for: [HouseholdRef], description: "The receiving household." }),
    senderPersonId: t.globalID({
      for: [PersonRef],
      required: false,
      description: "The household member who sent it.",
    }),
    amountMinor: t.string({
      description: 'Amount in the currency\'s minor units, e.g. "150000" for 1.500,00 MYR.',
      validate: wholeNumber(
        10n ** 15n,
        bilingual("Jumlah harus bilangan bulat positif.", "The amount must be a whole number above zero."),
      ).refine((v) => BigInt(v) > 0n, bilingual("Jumlah harus lebih dari nol.", "The amount must be above zero.")),
    }),
    currency: t.string({
      description: "ISO 4217 code of the currency sent.",
      validate: z
        .string()
        .refine(
          (c) => c in CURRENCY_DECIMALS,
          bilingual("Mata uang tidak didukung.", "This currency is not supported."),
        ),
    }),
    rate: t.string({
      description: 'Rupiah per one major unit, up to 6 decimals ("1" for IDR).',
      validate: z
        .string()
        .regex(
          /^[0-9]{1,9}(\.[0-9]{1,6})?$/,
          bilingual("Kurs harus angka desimal, mis. 3780.5.", "The rate must be a decimal number, e.g. 3780.5."),
        )
        .refine((r) => Number(r) > 0, bilingual("Kurs harus lebih dari nol.", "The rate must be above zero.")),
    }),
    corridorCountry: t.string({
      description: "Sending country, ISO 3166 alpha-2.",
      validate: z
        .string()
        .regex(/^[A-Z]{2}$/, bilingual("Kode negara 2 huruf, mis. MY.", "Country code: 2 letters, e.g. MY.")),
    }),
    channel: t.field({ type: RemittanceChannel, description: "How it arrived." }),
    receivedOn: t.field({ type: "DateTime", description: "When it was received." }),
    savingsIdr: t.string({
      description: "Rupiah kept as savings.",
      validate: wholeRupiah({ id: "Tabungan", en: "Savings" }, { allowZero: true, max: 10n ** 13n }),
    }),
    investmentIdr: t.string({
      description: "Rupiah set aside to invest.",
      validate: wholeRupiah({ id: "Investasi", en: "The investment" }, { allowZero: true, max: 10n ** 13n }),
    }),
    idempotencyKey: t.string({
      description: "Unique per remittance; a retry with the same key changes nothing.",
      validate: idempotencyKey,
    }),
  }),
});

const RecordRemittancePayload = builder.simpleObject("RecordRemittancePayload", {
  description: "The recorded remittance.",
  fields: (t) => ({ remittance: t.field({ type: RemittanceRef, description: "The remittance." }) }),
});

builder.mutationField("recordRemittance", (t) =>
  t.field({
    type: RecordRemittancePayload,
    description: "Records a remittance; its savings and investment parts go into the household wallet.",
    errors: { types: [...commonErrors, AllocationExceedsAmountError, IdempotencyConflictError] },
    args: { input: t.arg({ type: RecordRemittanceInput }) },
    authScopes: (_root, { input }) => ({ householdMember: input.householdId.id }),
    resolve: async (_root, { input }, ctx) => {
      const remittance = await recordRemittance(
        ctx.prisma,
        {
          householdId: input.householdId.id,
          senderPersonId: input.senderPersonId?.id ?? null,
          amountMinor: BigInt(input.amountMinor),
          currency: input.currency,
          rate: input.rate,
          corridorCountry: input.corridorCountry,
          channel: input.channel,
          receivedOn: input.receivedOn,
          savingsIdr: BigInt(input.savingsIdr),
          investmentIdr: BigInt(input.investmentIdr),
          idempotencyKey: input.idempotencyKey,
        },
        ctx.user!.id,
      );
      return { remittance };
    },
  }),
);
