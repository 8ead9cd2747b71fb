// SHU mutations: runShu posts a year's split (only as the RAT adopted it), reverseShu undoes a whole run.
import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import { InsufficientFundsError } from "../ledger/errors.ts";
import {
  NoActiveMembersError,
  ShuAlreadyReversedError,
  ShuAlreadyRunError,
  ShuAmountNotAdoptedError,
  ShuNotAdoptedError,
} from "./errors.ts";
import { reverseShu, runShu } from "./service.ts";
import { ShuRunRef } from "./types.ts";
import { fiscalYear, surplus } from "./validation.ts";

const ShuRunPayload = builder.simpleObject("ShuRunPayload", {
  description: "The SHU run.",
  fields: (t) => ({ shuRun: t.field({ type: ShuRunRef, description: "The run." }) }),
});

builder.mutationFields((t) => ({
  runShu: t.field({
    type: ShuRunPayload,
    description:
      "Posts a year's SHU to the reserve, funds and members' voluntary savings, only after that year's RAT carried " +
      "the ADOPT_ANNUAL_REPORT motion, and for exactly the surplus it adopted (else ShuNotAdoptedError or " +
      "ShuAmountNotAdoptedError, and nothing is posted). Once per year; asking again with the same amount returns " +
      "the same run.",
    errors: {
      types: [...commonErrors, ShuNotAdoptedError, ShuAmountNotAdoptedError, ShuAlreadyRunError, NoActiveMembersError],
    },
    args: {
      input: t.arg({
        type: builder.inputType("RunShuInput", {
          description: "A year's SHU.",
          fields: (f) => ({
            cooperativeId: f.globalID({ for: [CooperativeRef], description: "The cooperative." }),
            fiscalYear: f.int({ description: "Fiscal year.", validate: fiscalYear }),
            surplusIdr: f.string({ description: "The year's surplus in whole rupiah.", validate: surplus }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }) => ({ cooperativeOfficer: input.cooperativeId.id }),
    resolve: async (_root, { input }, ctx) => ({
      shuRun: await runShu(
        ctx.prisma,
        {
          cooperativeId: input.cooperativeId.id,
          fiscalYear: input.fiscalYear,
          surplusIdr: BigInt(input.surplusIdr),
        },
        ctx.user!.id,
      ),
    }),
  }),
  reverseShu: t.field({
    type: ShuRunPayload,
    description: "Reverses a whole SHU run with one reversing entry.",
    errors: { types: [...commonErrors, ShuAlreadyReversedError, InsufficientFundsError] },
    args: {
      input: t.arg({
        type: builder.inputType("ReverseShuInput", {
          description: "The run to reverse.",
          fields: (f) => ({ shuRunId: f.globalID({ for: [ShuRunRef], description: "The SHU run." }) }),
        }),
      }),
    },
    authScopes: async (_root, { input }, ctx) => {
      const run = await ctx.prisma.shuRun.findUnique({
        where: { id: input.shuRunId.id },
        select: { cooperativeId: true },
      });
      return run ? { cooperativeOfficer: run.cooperativeId } : { admin: true };
    },
    resolve: async (_root, { input }, ctx) => ({
      shuRun: await reverseShu(ctx.prisma, input.shuRunId.id, ctx.user!.id),
    }),
  }),
}));
