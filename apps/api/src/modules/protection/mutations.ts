import type { PrismaClient } from "@desa-migran/db";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { UserRef } from "../auth/types.ts";
import { commonErrors } from "../common/error-types.ts";
import { IDEMPOTENCY_KEY } from "../common/idempotency.ts";
import { bilingual, idempotencyKey } from "../common/validation.ts";
import { IdempotencyConflictError } from "../ledger/errors.ts";
import { InvalidStatusTransitionError } from "../registry/errors.ts";
import { PersonRef } from "../registry/types.ts";
import { InvalidCaseHandlerError, ProtectionCaseClosedError, ProtectionCaseConflictError } from "./errors.ts";
import { assignProtectionCase, openProtectionCase, referProtectionCase, updateProtectionCase } from "./service.ts";
import { ProtectionCaseRef, ProtectionCaseStatus, ProtectionCaseType } from "./types.ts";

const note = z
  .string()
  .trim()
  .min(1, bilingual("Catatan wajib diisi.", "The note is required."))
  .max(4000, bilingual("Catatan maksimal 4000 karakter.", "Note: at most 4,000 characters."));

/** Only the case's handler (admins too when `allowAdmin`); a missing case is denied like a forbidden one. */
async function caseHandler(prisma: PrismaClient, ctx: Context, caseId: string, allowAdmin = false) {
  if (!ctx.user) return false;
  if (allowAdmin && ctx.user.isPlatformAdmin) return true;
  const found = await prisma.protectionCase.findUnique({ where: { id: caseId }, select: { handlerId: true } });
  return !!found && found.handlerId === ctx.user.id;
}

const OpenProtectionCaseInput = builder.inputType("OpenProtectionCaseInput", {
  description: "A new protection case about a registered person.",
  fields: (t) => ({
    personId: t.globalID({ for: [PersonRef], description: "The person concerned." }),
    type: t.field({ type: ProtectionCaseType, description: "What the case is about." }),
    summary: t.string({
      description: "What happened.",
      validate: z
        .string()
        .trim()
        .min(10, bilingual("Ringkasan minimal 10 karakter.", "Summary: at least 10 characters."))
        .max(4000, bilingual("Ringkasan maksimal 4000 karakter.", "Summary: at most 4,000 characters.")),
    }),
    countryOfIncident: t.string({
      required: false,
      description: "Where it happened, ISO 3166 alpha-2.",
      validate: z
        .string()
        .regex(
          /^[A-Z]{2}$/,
          bilingual("Kode negara 2 huruf kapital, mis. MY.", "Country code: 2 capital letters, e.g. MY."),
        ),
    }),
    idempotencyKey: t.string({
      required: false,
      description: IDEMPOTENCY_KEY,
      validate: idempotencyKey,
    }),
  }),
});

const UpdateProtectionCaseInput = builder.inputType("UpdateProtectionCaseInput", {
  description: "A step in a case: a new status and what was done.",
  fields: (t) => ({
    caseId: t.globalID({ for: [ProtectionCaseRef], description: "The case." }),
    status: t.field({
      type: ProtectionCaseStatus,
      description: "IN_PROGRESS, RESOLVED or CLOSED_UNRESOLVED (use referProtectionCase to refer).",
    }),
    note: t.string({ description: "What was done.", validate: note }),
    expectedVersion: t.int({
      required: false,
      description:
        "The case's version the officer saw; if it has changed since, nothing changes and ProtectionCaseConflictError shows the current case.",
    }),
    idempotencyKey: t.string({
      required: false,
      description: IDEMPOTENCY_KEY,
      validate: idempotencyKey,
    }),
  }),
});

const ReferProtectionCaseInput = builder.inputType("ReferProtectionCaseInput", {
  description: "A referral of a case to an agency.",
  fields: (t) => ({
    caseId: t.globalID({ for: [ProtectionCaseRef], description: "The case." }),
    agency: t.string({
      description: "Agency, e.g. BP3MI Jawa Barat, KBRI Kuala Lumpur.",
      validate: z
        .string()
        .trim()
        .min(2, bilingual("Nama lembaga wajib diisi.", "The organisation's name is required."))
        .max(160, bilingual("Nama lembaga maksimal 160 karakter.", "Organisation name: at most 160 characters.")),
    }),
    note: t.string({ description: "Why and how it was referred.", validate: note }),
  }),
});

const AssignProtectionCaseInput = builder.inputType("AssignProtectionCaseInput", {
  description: "Hands a case to another officer of the same village.",
  fields: (t) => ({
    caseId: t.globalID({ for: [ProtectionCaseRef], description: "The case." }),
    handlerUserId: t.globalID({ for: [UserRef], description: "The village officer (a User ID) who takes over." }),
  }),
});

const ProtectionCasePayload = builder.simpleObject("ProtectionCasePayload", {
  description: "The case after the change.",
  fields: (t) => ({
    protectionCase: t.field({ type: ProtectionCaseRef, description: "The case." }),
  }),
});

/** The former handler may no longer read the case, so the result names the case and its new handler only. */
const AssignProtectionCasePayload = builder.simpleObject("AssignProtectionCasePayload", {
  description: "The case was handed over.",
  fields: (t) => ({
    protectionCaseId: t.id({ description: "Global ID of the case." }),
    handlerName: t.string({ description: "Name of the new handling officer." }),
  }),
});

const caseErrors = [
  ...commonErrors,
  ProtectionCaseClosedError,
  InvalidStatusTransitionError,
  ProtectionCaseConflictError,
];

builder.mutationFields((t) => ({
  openProtectionCase: t.field({
    type: ProtectionCasePayload,
    description:
      "Opens a confidential protection case; the opening village officer handles it. First status: REPORTED.",
    errors: { types: [...commonErrors, IdempotencyConflictError] },
    args: { input: t.arg({ type: OpenProtectionCaseInput }) },
    authScopes: async (_root, { input }, ctx) => {
      const person = await ctx.prisma.person.findUnique({
        where: { id: input.personId.id },
        select: { villageId: true },
      });
      return person ? { villageOfficer: person.villageId } : false;
    },
    resolve: async (_root, { input }, ctx) => ({
      protectionCase: await openProtectionCase(ctx.prisma, { ...input, personId: input.personId.id }, ctx.user!.id),
    }),
  }),
  updateProtectionCase: t.field({
    type: ProtectionCasePayload,
    description:
      "Sets a case's status and records what was done (the handler only). RESOLVED and CLOSED_UNRESOLVED are final.",
    errors: { types: [...caseErrors, IdempotencyConflictError] },
    args: { input: t.arg({ type: UpdateProtectionCaseInput }) },
    authScopes: (_root, { input }, ctx) => caseHandler(ctx.prisma, ctx, input.caseId.id),
    resolve: async (_root, { input }, ctx) => ({
      protectionCase: await updateProtectionCase(ctx.prisma, { ...input, caseId: input.caseId.id }, ctx.user!.id),
    }),
  }),
  referProtectionCase: t.field({
    type: ProtectionCasePayload,
    description: "Refers a case to an agency (the handler only): status REFERRED with the agency and date.",
    errors: { types: caseErrors },
    args: { input: t.arg({ type: ReferProtectionCaseInput }) },
    authScopes: (_root, { input }, ctx) => caseHandler(ctx.prisma, ctx, input.caseId.id),
    resolve: async (_root, { input }, ctx) => ({
      protectionCase: await referProtectionCase(ctx.prisma, { ...input, caseId: input.caseId.id }, ctx.user!.id),
    }),
  }),
  assignProtectionCase: t.field({
    type: AssignProtectionCasePayload,
    description: "Hands a case to another village officer of the same village (an admin or the current handler).",
    // A handover is not a step: it neither checks nor raises the case's version.
    errors: {
      types: [...commonErrors, ProtectionCaseClosedError, InvalidStatusTransitionError, InvalidCaseHandlerError],
    },
    args: { input: t.arg({ type: AssignProtectionCaseInput }) },
    authScopes: (_root, { input }, ctx) => caseHandler(ctx.prisma, ctx, input.caseId.id, true),
    resolve: async (_root, { input }, ctx) => {
      const assigned = await assignProtectionCase(
        ctx.prisma,
        { caseId: input.caseId.id, handlerUserId: input.handlerUserId.id },
        ctx.user!.id,
      );
      return { protectionCaseId: encodeGlobalID("ProtectionCase", assigned.id), handlerName: assigned.handler!.name };
    },
  }),
}));
