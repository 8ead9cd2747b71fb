import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { IDEMPOTENCY_KEY } from "../common/idempotency.ts";
import { phoneNumber } from "../common/phone.ts";
import { bilingual, idempotencyKey, requiredText } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import { IdempotencyConflictError } from "../ledger/errors.ts";
import {
  ConsentRequiredError,
  DuplicatePersonError,
  InvalidEpisodeDatesError,
  InvalidStatusTransitionError,
  MigrationEpisodeConflictError,
} from "./errors.ts";
import { recordMigrationEpisode, registerPerson, updateMigrationEpisodeStatus } from "./service.ts";
import { Gender, MigrationEpisodeRef, MigrationStatus, PersonRef } from "./types.ts";

const countryCode = z
  .string()
  .regex(
    /^[A-Z]{2}$/,
    bilingual(
      "Kode negara 2 huruf kapital (ISO 3166), mis. MY.",
      "Country code: 2 capital letters (ISO 3166), e.g. MY.",
    ),
  );

/** Village officers of the person's village; false (denied, like a missing person) when it does not exist. */
async function officerOfPersonVillage(prisma: PrismaClient, personId: string) {
  const person = await prisma.person.findUnique({ where: { id: personId }, select: { villageId: true } });
  return person ? { villageOfficer: person.villageId } : false;
}

const RegisterPersonInput = builder.inputType("RegisterPersonInput", {
  description: "A person to add to a village's migrant registry, with their consent.",
  fields: (t) => ({
    villageId: t.globalID({ for: [VillageRef], description: "The village whose registry gets the person." }),
    fullName: t.string({
      description: "Full name as in civil documents.",
      validate: z
        .string()
        .trim()
        .min(2, bilingual("Nama minimal 2 karakter.", "Name: at least 2 characters."))
        .max(160, bilingual("Nama maksimal 160 karakter.", "Name: at most 160 characters.")),
    }),
    nik: t.string({
      required: false,
      description: "National ID number (16 digits). Stored only as a keyed hash, never in clear, and never returned.",
      validate: z.string().regex(/^[0-9]{16}$/, bilingual("NIK harus 16 digit angka.", "The NIK has 16 digits.")),
    }),
    gender: t.field({ type: Gender, required: false, description: "Sex, as in civil documents." }),
    birthDate: t.field({ type: "DateTime", required: false, description: "Date of birth." }),
    phone: t.string({
      required: false,
      description: "Phone number, e.g. 0812-3456-7890 or +886 912 345 678 abroad; stored in E.164.",
      validate: phoneNumber(),
    }),
    consentGiven: t.boolean({ description: "The person consents to being recorded (UU 27/2022). Must be true." }),
    idempotencyKey: t.string({
      required: false,
      description: IDEMPOTENCY_KEY,
      validate: idempotencyKey,
    }),
  }),
});

const RecordMigrationEpisodeInput = builder.inputType("RecordMigrationEpisodeInput", {
  description: "A new stint abroad for a registered person, with their consent.",
  fields: (t) => ({
    personId: t.globalID({ for: [PersonRef], description: "The person." }),
    status: t.field({ type: MigrationStatus, description: "Where the stint stands now." }),
    destinationCountry: t.string({ description: "Destination country, ISO 3166 alpha-2.", validate: countryCode }),
    jobSector: t.string({
      required: false,
      description: "Kind of work.",
      validate: requiredText({ id: "Bidang kerja", en: "Kind of work" }, 120),
    }),
    employerName: t.string({
      required: false,
      description: "Employer abroad.",
      validate: requiredText({ id: "Nama majikan", en: "Employer's name" }, 160),
    }),
    placementAgency: t.string({
      required: false,
      description: "Placement agency (P3MI).",
      validate: requiredText({ id: "Nama agen penempatan", en: "Placement agency" }, 160),
    }),
    procedural: t.boolean({ description: "False when the departure bypasses official procedure." }),
    plannedDepartureAt: t.field({ type: "DateTime", required: false, description: "Planned departure date." }),
    departedAt: t.field({ type: "DateTime", required: false, description: "Departure date." }),
    returnedAt: t.field({ type: "DateTime", required: false, description: "Return date." }),
    consentGivenAt: t.field({ type: "DateTime", description: "When the person consented to being recorded." }),
    idempotencyKey: t.string({
      required: false,
      description: IDEMPOTENCY_KEY,
      validate: idempotencyKey,
    }),
  }),
});

const UpdateMigrationEpisodeStatusInput = builder.inputType("UpdateMigrationEpisodeStatusInput", {
  description: "Moves a stint abroad one step forward.",
  fields: (t) => ({
    episodeId: t.globalID({ for: [MigrationEpisodeRef], description: "The stint." }),
    status: t.field({
      type: MigrationStatus,
      description: "The next status: ABROAD after PROSPECTIVE, RETURNED after ABROAD.",
    }),
    date: t.field({ type: "DateTime", description: "Departure date (ABROAD) or return date (RETURNED)." }),
    expectedVersion: t.int({
      required: false,
      description:
        "The stint's version the officer saw; if it has changed since, nothing changes and MigrationEpisodeConflictError shows the current stint.",
    }),
    idempotencyKey: t.string({
      required: false,
      description: IDEMPOTENCY_KEY,
      validate: idempotencyKey,
    }),
  }),
});

const RegisterPersonPayload = builder.simpleObject("RegisterPersonPayload", {
  description: "The registered person.",
  fields: (t) => ({ person: t.field({ type: PersonRef, description: "The person." }) }),
});
const MigrationEpisodePayload = builder.simpleObject("MigrationEpisodePayload", {
  description: "The recorded or updated stint abroad.",
  fields: (t) => ({ episode: t.field({ type: MigrationEpisodeRef, description: "The stint." }) }),
});

builder.mutationFields((t) => ({
  registerPerson: t.field({
    type: RegisterPersonPayload,
    description: "Adds a person to a village's migrant registry (village officers). Consent is required.",
    errors: { types: [...commonErrors, DuplicatePersonError, ConsentRequiredError, IdempotencyConflictError] },
    args: { input: t.arg({ type: RegisterPersonInput }) },
    authScopes: (_root, { input }) => ({ villageOfficer: input.villageId.id }),
    resolve: async (_root, { input }, ctx) => {
      const person = await registerPerson(
        ctx.prisma,
        {
          villageId: input.villageId.id,
          fullName: input.fullName,
          nik: input.nik,
          gender: input.gender,
          birthDate: input.birthDate,
          phone: input.phone,
          consentGiven: input.consentGiven,
          idempotencyKey: input.idempotencyKey,
        },
        ctx.user!.id,
      );
      return { person };
    },
  }),
  recordMigrationEpisode: t.field({
    type: MigrationEpisodePayload,
    description: "Records a new stint abroad for a person (village officers of the person's village).",
    errors: {
      types: [...commonErrors, InvalidStatusTransitionError, InvalidEpisodeDatesError, IdempotencyConflictError],
    },
    args: { input: t.arg({ type: RecordMigrationEpisodeInput }) },
    authScopes: (_root, { input }, ctx) => officerOfPersonVillage(ctx.prisma, input.personId.id),
    resolve: async (_root, { input }, ctx) => {
      const episode = await recordMigrationEpisode(ctx.prisma, { ...input, personId: input.personId.id }, ctx.user!.id);
      return { episode };
    },
  }),
  updateMigrationEpisodeStatus: t.field({
    type: MigrationEpisodePayload,
    description:
      "Moves a stint abroad forward: PROSPECTIVE -> ABROAD -> RETURNED (village officers of the person's village).",
    errors: {
      types: [
        ...commonErrors,
        InvalidStatusTransitionError,
        InvalidEpisodeDatesError,
        MigrationEpisodeConflictError,
        IdempotencyConflictError,
      ],
    },
    args: { input: t.arg({ type: UpdateMigrationEpisodeStatusInput }) },
    authScopes: async (_root, { input }, ctx) => {
      const episode = await ctx.prisma.migrationEpisode.findUnique({
        where: { id: input.episodeId.id },
        select: { personId: true },
      });
      return episode ? officerOfPersonVillage(ctx.prisma, episode.personId) : false;
    },
    resolve: async (_root, { input }, ctx) => {
      const episode = await updateMigrationEpisodeStatus(
        ctx.prisma,
        {
          episodeId: input.episodeId.id,
          status: input.status,
          date: input.date,
          expectedVersion: input.expectedVersion,
          idempotencyKey: input.idempotencyKey,
        },
        ctx.user!.id,
      );
      return { episode };
    },
  }),
}));
