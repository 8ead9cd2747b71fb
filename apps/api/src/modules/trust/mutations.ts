// Officers' decisions on businesses: accept or decline a cooperative request, verify a returnee or withdraw it.
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { BusinessRef } from "../commerce/types.ts";
import { commonErrors } from "../common/error-types.ts";
import { ReasonRequiredError } from "../common/errors.ts";
import { bilingual } from "../common/validation.ts";
import { PersonRef } from "../registry/types.ts";
import {
  NotAReturneeError,
  OwnerIsAnotherPersonError,
  RequestAlreadyDecidedError,
  ReturneeNotVerifiedError,
} from "./errors.ts";
import { decideCooperativeRequest, verifyReturnee, withdrawReturneeVerification } from "./service.ts";
import { CooperativeRequestRef } from "./types.ts";

const reasonSchema = (min: number) =>
  z
    .string()
    .trim()
    .min(min, bilingual(`Tulis alasan minimal ${min} karakter.`, `Write a reason of at least ${min} characters.`))
    .max(2000, bilingual("Alasan paling banyak 2000 karakter.", "Reason: at most 2,000 characters."));

/** Officers of the cooperative a request was sent to; an unknown request answers NotFound to signed-in callers. */
async function requestOfficer(ctx: Context, requestId: string) {
  const request = await ctx.prisma.cooperativeRequest.findUnique({
    where: { id: requestId },
    select: { cooperativeId: true },
  });
  return request ? { cooperativeOfficer: request.cooperativeId } : { loggedIn: true };
}

/** Officers of the business's village or of a cooperative in it. */
async function businessSteward(ctx: Context, businessId: string) {
  const business = await ctx.prisma.business.findUnique({ where: { id: businessId }, select: { villageId: true } });
  return business ? { villageSteward: business.villageId } : { loggedIn: true };
}

const RequestPayload = builder.simpleObject("CooperativeRequestPayload", {
  description: "The request as decided.",
  fields: (t) => ({ request: t.field({ type: CooperativeRequestRef, description: "The request." }) }),
});
const VerificationPayload = builder.simpleObject("ReturneeVerificationPayload", {
  description: "The business as it is now.",
  fields: (t) => ({ business: t.field({ type: BusinessRef, description: "The business." }) }),
});

builder.mutationFields((t) => ({
  decideCooperativeRequest: t.field({
    type: RequestPayload,
    description:
      "Accepts or declines a business's request to join (officers of the cooperative asked). Accepting lets the " +
      "business sell and raise money under the cooperative's name; declining needs a reason the owner reads.",
    errors: { types: [...commonErrors, RequestAlreadyDecidedError, ReasonRequiredError] },
    args: {
      input: t.arg({
        type: builder.inputType("DecideCooperativeRequestInput", {
          description: "An officer's answer to a request.",
          fields: (f) => ({
            requestId: f.globalID({ for: [CooperativeRequestRef], description: "The request." }),
            accept: f.boolean({ description: "True to accept, false to decline." }),
            reason: f.string({
              description: "Why (required, at least 10 characters, when declining).",
              validate: reasonSchema(0),
            }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => requestOfficer(ctx, input.requestId.id),
    resolve: async (_root, { input }, ctx) => ({
      request: await decideCooperativeRequest(
        ctx.prisma,
        { requestId: input.requestId.id, accept: input.accept, reason: input.reason.trim() },
        ctx.user!.id,
      ),
    }),
  }),
  verifyReturnee: t.field({
    type: VerificationPayload,
    description:
      "Verifies a business's owner as a returned migrant worker (purna PMI): links the owner to a person of the " +
      "village registry with a RETURNED episode. Officers of the business's village or of a cooperative in it.",
    errors: { types: [...commonErrors, NotAReturneeError, OwnerIsAnotherPersonError] },
    args: {
      input: t.arg({
        type: builder.inputType("VerifyReturneeInput", {
          description: "The business and the registry person who owns it.",
          fields: (f) => ({
            businessId: f.globalID({ for: [BusinessRef], description: "The business." }),
            personId: f.globalID({ for: [PersonRef], description: "The registry person." }),
            note: f.string({ description: "How it was checked (e.g. documents seen).", validate: reasonSchema(5) }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => businessSteward(ctx, input.businessId.id),
    resolve: async (_root, { input }, ctx) => ({
      business: await verifyReturnee(
        ctx.prisma,
        { businessId: input.businessId.id, personId: input.personId.id, note: input.note.trim() },
        ctx.user!.id,
      ),
    }),
  }),
  withdrawReturneeVerification: t.field({
    type: VerificationPayload,
    description: "Withdraws a business's returnee verification, with a reason. The same officers as verifyReturnee.",
    errors: { types: [...commonErrors, ReturneeNotVerifiedError] },
    args: {
      input: t.arg({
        type: builder.inputType("WithdrawReturneeVerificationInput", {
          description: "The business and why.",
          fields: (f) => ({
            businessId: f.globalID({ for: [BusinessRef], description: "The business." }),
            reason: f.string({ description: "Why it is withdrawn.", validate: reasonSchema(5) }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => businessSteward(ctx, input.businessId.id),
    resolve: async (_root, { input }, ctx) => ({
      business: await withdrawReturneeVerification(
        ctx.prisma,
        { businessId: input.businessId.id, reason: input.reason.trim() },
        ctx.user!.id,
      ),
    }),
  }),
}));
