import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder, type InputFieldBuilder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { bilingual } from "../common/validation.ts";
import { AlreadyEnrolledError, ProgramFullError } from "../partners/errors.ts";
import { EnrolmentRef, ProgramRef } from "../partners/types.ts";
import { PersonRef } from "../registry/types.ts";
import { EnrolmentStatusError, ProgramClosedError, ProgramConsentRequiredError } from "./errors.ts";
import { applyToProgram, completeEnrolment, decideApplication, recordProgramAttendance } from "./service.ts";

const forbidden = () => new ForbiddenError();

/** The organization running an enrolment's program, for the organizationMember scope (empty when missing). */
async function enrolmentOrganization(prisma: PrismaClient, enrolmentId: string) {
  const found = await prisma.enrolment.findUnique({
    where: { id: enrolmentId },
    select: { program: { select: { organizationId: true } } },
  });
  return found?.program.organizationId ?? "";
}
const enrolmentScopes = async (input: { enrolmentId: { id: string } }, prisma: PrismaClient) => ({
  organizationMember: await enrolmentOrganization(prisma, input.enrolmentId.id),
});

const EnrolmentPayload = builder.simpleObject("EnrolmentPayload", {
  description: "The application or enrolment, after the change.",
  fields: (t) => ({ enrolment: t.field({ type: EnrolmentRef, description: "The enrolment." }) }),
});

const enrolmentIdField = (f: InputFieldBuilder) =>
  f.globalID({ for: [EnrolmentRef], description: "The application (Enrolment ID)." });

const CompleteEnrolmentInput = builder.inputType("CompleteEnrolmentInput", {
  description: "The participant who completed.",
  fields: (f) => ({ enrolmentId: enrolmentIdField(f) }),
});

builder.mutationFields((t) => ({
  applyToProgram: t.field({
    type: EnrolmentPayload,
    description:
      "A signed-in returnee or family member applies to a program, for themselves or a member of their household, " +
      "accepting the consent text (programConsent). The organization then accepts or rejects it.",
    errors: {
      types: [...commonErrors, ProgramConsentRequiredError, AlreadyEnrolledError, ProgramFullError, ProgramClosedError],
    },
    args: {
      input: t.arg({
        type: builder.inputType("ApplyToProgramInput", {
          description: "Which program, for whom, and the consent.",
          fields: (f) => ({
            programId: f.globalID({ for: [ProgramRef], description: "The program." }),
            personId: f.globalID({
              for: [PersonRef],
              required: false,
              description: "A member of the applicant's household (a Person ID); empty: the applicant themselves.",
            }),
            consent: f.boolean({ description: "The applicant accepts the consent text." }),
            consentVersion: f.string({
              description: "The version of the consent text shown (programConsent.version).",
              validate: z.string().max(40, bilingual("Versi persetujuan tidak dikenal.", "Unknown consent version.")),
            }),
          }),
        }),
      }),
    },
    authScopes: { loggedIn: true },
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => {
      return {
        enrolment: await applyToProgram(ctx.prisma, {
          programId: input.programId.id,
          personId: input.personId?.id ?? null,
          consent: input.consent,
          consentVersion: input.consentVersion,
          userId: ctx.user!.id,
        }),
      };
    },
  }),
  decideApplication: t.field({
    type: EnrolmentPayload,
    description: "The organization accepts or rejects a pending application (members only). Capacity is enforced.",
    errors: { types: [...commonErrors, EnrolmentStatusError, ProgramFullError] },
    args: {
      input: t.arg({
        type: builder.inputType("DecideApplicationInput", {
          description: "The application and the decision.",
          fields: (f) => ({
            enrolmentId: enrolmentIdField(f),
            accept: f.boolean({ description: "True to accept, false to reject." }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => enrolmentScopes(input, ctx.prisma),
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => ({
      enrolment: await decideApplication(ctx.prisma, {
        enrolmentId: input.enrolmentId.id,
        accept: input.accept,
        actorUserId: ctx.user!.id,
      }),
    }),
  }),
  recordProgramAttendance: t.field({
    type: EnrolmentPayload,
    description: "Records whether an accepted participant attended one day of the program (members only).",
    errors: { types: [...commonErrors, EnrolmentStatusError] },
    args: {
      input: t.arg({
        type: builder.inputType("RecordProgramAttendanceInput", {
          description: "The participant, the day and whether they attended.",
          fields: (f) => ({
            enrolmentId: enrolmentIdField(f),
            day: f.field({ type: "DateTime", description: "The day (its UTC date counts)." }),
            present: f.boolean({ description: "Attended." }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }, ctx) => enrolmentScopes(input, ctx.prisma),
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => ({
      enrolment: await recordProgramAttendance(ctx.prisma, {
        enrolmentId: input.enrolmentId.id,
        day: input.day,
        present: input.present,
        actorUserId: ctx.user!.id,
      }),
    }),
  }),
  completeEnrolment: t.field({
    type: EnrolmentPayload,
    description:
      "Marks an accepted participant as having completed the program and issues their certificate with a " +
      "verification code (members only).",
    errors: { types: [...commonErrors, EnrolmentStatusError] },
    args: { input: t.arg({ type: CompleteEnrolmentInput }) },
    authScopes: (_root, { input }, ctx) => enrolmentScopes(input, ctx.prisma),
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => ({
      enrolment: await completeEnrolment(ctx.prisma, { enrolmentId: input.enrolmentId.id, actorUserId: ctx.user!.id }),
    }),
  }),
}));
