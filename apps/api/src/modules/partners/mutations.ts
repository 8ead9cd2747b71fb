import { z } from "zod";

import { builder, type InputFieldBuilder } from "../../builder.ts";
import { PARTNER_SCOPES } from "../auth/scopes.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { bilingual } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import { PersonRef } from "../registry/types.ts";
import { AlreadyEnrolledError, CapacityBelowTakenError, ProgramFullError } from "./errors.ts";
import {
  createApiKey,
  createProgram,
  enrolParticipant,
  type ProgramFields,
  revokeApiKey,
  updateProgram,
} from "./service.ts";
import { ApiKeyRef, EnrolmentRef, OrganizationRef, PartnerScopeEnum, ProgramKind, ProgramRef } from "./types.ts";

/** Unauthorized callers get a typed ForbiddenError result rather than a bare GraphQL error. */
const forbidden = () => new ForbiddenError();

// ── API keys ──

const CreateApiKeyPayload = builder.simpleObject("CreateApiKeyPayload", {
  description: "A new API key. `key` is shown only this once: store it now, it cannot be read again.",
  fields: (t) => ({
    apiKey: t.field({ type: ApiKeyRef, description: "The key's record (name, prefix, scopes)." }),
    key: t.string({ description: "The clear key, to send as `Authorization: Bearer <key>`. Never shown again." }),
  }),
});

const RevokeApiKeyPayload = builder.simpleObject("RevokeApiKeyPayload", {
  description: "The revoked key.",
  fields: (t) => ({ apiKey: t.field({ type: ApiKeyRef, description: "The key, now with revokedAt set." }) }),
});

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeyPayload,
    description: "Creates an API key for an organization (members only). Audited.",
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("CreateApiKeyInput", {
          description: "A new partner API key.",
          fields: (f) => ({
            organizationId: f.globalID({ for: [OrganizationRef], description: "The organization the key acts for." }),
            name: f.string({
              description: "A name to tell keys apart.",
              validate: z
                .string()
                .trim()
                .min(1, bilingual("Nama kunci wajib diisi.", "The key's name is required."))
                .max(120, bilingual("Nama kunci maksimal 120 karakter.", "Key name: at most 120 characters.")),
            }),
            scopes: f.field({
              type: [PartnerScopeEnum],
              description: "What the key may do (at least one).",
              validate: z
                .array(z.enum(PARTNER_SCOPES))
                .min(1, bilingual("Pilih minimal satu cakupan.", "Choose at least one scope."))
                .max(PARTNER_SCOPES.length, bilingual("Cakupan terlalu banyak.", "Too many scopes.")),
            }),
          }),
        }),
      }),
    },
    authScopes: (_root, { input }) => ({ organizationMember: input.organizationId.id }),
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => {
      const { apiKey, key } = await createApiKey(ctx.prisma, {
        organizationId: input.organizationId.id,
        name: input.name,
        scopes: input.scopes,
        actorUserId: ctx.user!.id,
      });
      return { apiKey, key };
    },
  }),
  revokeApiKey: t.field({
    type: RevokeApiKeyPayload,
    description: "Revokes an API key of the caller's organization; it stops working at once. Audited.",
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("RevokeApiKeyInput", {
          description: "The key to revoke.",
          fields: (f) => ({ apiKeyId: f.globalID({ for: [ApiKeyRef], description: "The key's ID." }) }),
        }),
      }),
    },
    authScopes: { loggedIn: true },
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => ({
      apiKey: await revokeApiKey(ctx.prisma, {
        apiKeyId: input.apiKeyId.id,
        actorUserId: ctx.user!.id,
        isPlatformAdmin: ctx.user!.isPlatformAdmin,
      }),
    }),
  }),
}));

// ── Programs ──

const CreateProgramPayload = builder.simpleObject("CreateProgramPayload", {
  description: "The new program.",
  fields: (t) => ({ program: t.field({ type: ProgramRef, description: "The program." }) }),
});

const EnrolParticipantPayload = builder.simpleObject("EnrolParticipantPayload", {
  description: "The new enrolment (no personal data).",
  fields: (t) => ({ enrolment: t.field({ type: EnrolmentRef, description: "The enrolment." }) }),
});

/** The fields an organization fills in for a program, on creation and on edit. */
const programFields = (f: InputFieldBuilder) => ({
  title: f.string({
    description: "Title, in Bahasa Indonesia.",
    validate: z
      .string()
      .trim()
      .min(3, bilingual("Judul minimal 3 karakter.", "Title: at least 3 characters."))
      .max(200, bilingual("Judul maksimal 200 karakter.", "Title: at most 200 characters.")),
  }),
  kind: f.field({ type: ProgramKind, description: "Training, mentoring, financing or research." }),
  description: f.string({
    required: false,
    description: "What the program offers.",
    validate: z
      .string()
      .trim()
      .max(8000, bilingual("Deskripsi maksimal 8000 karakter.", "Description: at most 8,000 characters.")),
  }),
  villageId: f.globalID({ required: false, for: [VillageRef], description: "The village, if only one." }),
  capacity: f.int({
    required: false,
    description: "Places available; leave empty for unlimited.",
    validate: z
      .number()
      .int()
      .min(1, bilingual("Kapasitas minimal 1.", "Capacity: at least 1."))
      .max(100_000, bilingual("Kapasitas terlalu besar.", "The capacity is too large.")),
  }),
  startsOn: f.field({ type: "DateTime", description: "First day." }),
  endsOn: f.field({ type: "DateTime", required: false, description: "Last day." }),
  teaches: f.string({
    required: false,
    description: "What participants learn, one skill or topic a line.",
    validate: z
      .string()
      .trim()
      .max(2000, bilingual("Materi maksimal 2000 karakter.", "What it teaches: at most 2,000 characters.")),
  }),
  online: f.boolean({ required: false, description: "Held online (default: no)." }),
  venue: f.string({
    required: false,
    description: "Where exactly, or the online platform.",
    validate: z.string().trim().max(300, bilingual("Tempat maksimal 300 karakter.", "Venue: at most 300 characters.")),
  }),
  schedule: f.string({
    required: false,
    description: 'When the sessions are, in words ("Sabtu, 09.00-12.00").',
    validate: z
      .string()
      .trim()
      .max(300, bilingual("Jadwal maksimal 300 karakter.", "Schedule: at most 300 characters.")),
  }),
});

/** The end date cannot come before the start date (reported on endsOn). */
const datesInOrder = z
  .looseObject({ startsOn: z.date(), endsOn: z.date().nullish() })
  .refine((i) => !i.endsOn || i.endsOn >= i.startsOn, {
    message: bilingual(
      "Tanggal selesai tidak boleh sebelum tanggal mulai.",
      "The end date cannot be before the start date.",
    ),
    path: ["endsOn"],
  });

/** The input's program fields as the service takes them (empty optional fields become their defaults). */
const programValues = (input: {
  title: string;
  kind: ProgramFields["kind"];
  description?: string | null;
  teaches?: string | null;
  villageId?: { id: string } | null;
  online?: boolean | null;
  venue?: string | null;
  schedule?: string | null;
  capacity?: number | null;
  startsOn: Date;
  endsOn?: Date | null;
}): ProgramFields => ({
  title: input.title,
  kind: input.kind,
  description: input.description ?? "",
  teaches: input.teaches ?? "",
  villageId: input.villageId?.id ?? null,
  online: input.online ?? false,
  venue: input.venue ?? "",
  schedule: input.schedule ?? "",
  capacity: input.capacity ?? null,
  startsOn: input.startsOn,
  endsOn: input.endsOn ?? null,
});

const notInFuture = (message: string) => z.date().refine((d) => d.getTime() <= Date.now() + 60_000, message);

builder.mutationFields((t) => ({
  createProgram: t.field({
    type: CreateProgramPayload,
    description: "Creates a program of an organization (members only).",
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("CreateProgramInput", {
          description: "A new program.",
          fields: (f) => ({
            organizationId: f.globalID({ for: [OrganizationRef], description: "The organization running it." }),
            ...programFields(f),
          }),
        }),
        validate: datesInOrder,
      }),
    },
    authScopes: (_root, { input }) => ({ organizationMember: input.organizationId.id }),
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => ({
      program: await createProgram(ctx.prisma, {
        organizationId: input.organizationId.id,
        ...programValues(input),
      }),
    }),
  }),
  updateProgram: t.field({
    type: CreateProgramPayload,
    description: "Edits a program (members of its organization only). The capacity cannot go below places taken.",
    errors: { types: [...commonErrors, CapacityBelowTakenError] },
    args: {
      input: t.arg({
        type: builder.inputType("UpdateProgramInput", {
          description: "The program and all its fields, as they should be.",
          fields: (f) => ({
            programId: f.globalID({ for: [ProgramRef], description: "The program." }),
            ...programFields(f),
          }),
        }),
        validate: datesInOrder,
      }),
    },
    authScopes: async (_root, { input }, ctx) => ({
      organizationMember:
        (await ctx.prisma.program.findUnique({ where: { id: input.programId.id }, select: { organizationId: true } }))
          ?.organizationId ?? "",
    }),
    unauthorizedError: forbidden,
    resolve: async (_root, { input }, ctx) => ({
      program: await updateProgram(ctx.prisma, { programId: input.programId.id, ...programValues(input) }),
    }),
  }),
  enrolParticipant: t.field({
    type: EnrolParticipantPayload,
    description:
      "Enrols a consenting person in a program: by a member of the program's organization, or with that " +
      "organization's API key holding the programs:write scope. The result never shows who the person is.",
    errors: { types: [...commonErrors, ProgramFullError, AlreadyEnrolledError] },
    args: {
      input: t.arg({
        type: builder.inputType("EnrolParticipantInput", {
          description: "Who joins which program, and when they consented.",
          fields: (f) => ({
            programId: f.globalID({ for: [ProgramRef], description: "The program." }),
            personId: f.globalID({
              for: [PersonRef],
              description: "The person (a Person ID, as given by HouseholdMember.personId).",
            }),
            consentGivenAt: f.field({
              type: "DateTime",
              description: "When the person agreed to take part and to be recorded (required; not in the future).",
              validate: notInFuture(
                bilingual(
                  "Tanggal persetujuan tidak boleh di masa depan.",
                  "The approval date cannot be in the future.",
                ),
              ),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const actor = ctx.apiKey
        ? ({
            kind: "apiKey",
            apiKeyId: ctx.apiKey.id,
            organizationId: ctx.apiKey.organizationId,
            scopes: ctx.apiKey.scopes,
          } as const)
        : ctx.user
          ? ({ kind: "user", userId: ctx.user.id, isPlatformAdmin: ctx.user.isPlatformAdmin } as const)
          : null;
      if (!actor)
        throw new ForbiddenError(
          "Masuk atau gunakan kunci API untuk mendaftarkan peserta.",
          "Sign in or use an API key to enrol participants.",
        );
      const enrolment = await enrolParticipant(
        ctx.prisma,
        { programId: input.programId.id, personId: input.personId.id, consentGivenAt: input.consentGivenAt },
        actor,
      );
      return { enrolment };
    },
  }),
}));
