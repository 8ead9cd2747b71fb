import type { PrismaClient } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { ReasonRequiredError } from "../common/errors.ts";
import { bilingual, optionalText, requiredText } from "../common/validation.ts";
import { MigrationEpisodeRef } from "../registry/types.ts";
import { AgencyImportError, ChecklistClosedError, ChecklistDateError } from "./errors.ts";
import { importPlacementAgencies, setChecklistStep, updateDeskDetails } from "./service.ts";
import { ChecklistStateEnum, PlacementAgencyRef, PreDepartureStepEnum } from "./types.ts";

/** Officers of the village of the stint's person; false (denied, like a missing stint) when it does not exist. */
async function episodeScopes(prisma: PrismaClient, episodeId: string) {
  const episode = await prisma.migrationEpisode.findUnique({
    where: { id: episodeId },
    select: { person: { select: { villageId: true } } },
  });
  return episode ? { villageOfficer: episode.person.villageId } : false;
}

/** A date input as its calendar day (midnight UTC), like the `date` columns. */
const asDay = (value: Date | null | undefined) =>
  value ? new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate())) : null;

const SetPreDepartureStepInput = builder.inputType("SetPreDepartureStepInput", {
  description: "A new state of one checklist step of a prospective stint.",
  fields: (t) => ({
    episodeId: t.globalID({ for: [MigrationEpisodeRef], description: "The prospective stint." }),
    step: t.field({ type: PreDepartureStepEnum, description: "The step." }),
    state: t.field({ type: ChecklistStateEnum, description: "Its new state." }),
    doneOn: t.field({
      type: "DateTime",
      required: false,
      description: "The day it was done: required for SELESAI, not after today; empty otherwise.",
    }),
    note: t.string({
      required: false,
      description: "A note; required (10 characters or more) when a done step is undone.",
      validate: optionalText({ id: "Catatan", en: "Note" }, 500),
    }),
  }),
});

const UpdatePreDepartureDetailsInput = builder.inputType("UpdatePreDepartureDetailsInput", {
  description: "The placement agency and document expiry days of a prospective stint (each replaces what was there).",
  fields: (t) => ({
    episodeId: t.globalID({ for: [MigrationEpisodeRef], description: "The prospective stint." }),
    placementAgencyId: t.globalID({
      for: [PlacementAgencyRef],
      required: false,
      description: "An agency of the licensed list.",
    }),
    placementAgencyName: t.string({
      required: false,
      description:
        "The agency as the person named it, when not picked from the list; matched to the list by licence number or name.",
      validate: optionalText({ id: "Nama agen penempatan", en: "Placement agency" }, 160),
    }),
    passportExpiresOn: t.field({ type: "DateTime", required: false, description: "The passport's expiry day." }),
    contractExpiresOn: t.field({ type: "DateTime", required: false, description: "The work contract's expiry day." }),
  }),
});

const ImportPlacementAgenciesInput = builder.inputType("ImportPlacementAgenciesInput", {
  description: "A CSV of licensed placement agencies.",
  fields: (t) => ({
    csv: t.string({
      description:
        "The file's text: header `nomor_izin;nama;kota;berlaku_mulai;berlaku_sampai` (`;` or `,`), dates YYYY-MM-DD, UTF-8.",
      validate: z
        .string()
        .max(1_000_000, bilingual("Berkas paling besar 1 MB.", "The file may be at most 1 MB."))
        .pipe(requiredText({ id: "Berkas CSV", en: "CSV file" }, 1_000_000)),
    }),
  }),
});

const DeskEpisodePayload = builder.simpleObject("PreDepartureEpisodePayload", {
  description: "The prospective stint after the change.",
  fields: (t) => ({
    episode: t.field({ type: MigrationEpisodeRef, description: "The stint." }),
    recorded: t.boolean({ description: "False when the step already had this state (nothing was recorded)." }),
  }),
});

const ImportPlacementAgenciesPayload = builder.simpleObject("ImportPlacementAgenciesPayload", {
  description: "What the import did.",
  fields: (t) => ({
    created: t.int({ description: "Agencies added." }),
    updated: t.int({ description: "Agencies already listed (same licence number), updated." }),
  }),
});

builder.mutationFields((t) => ({
  setPreDepartureStep: t.field({
    type: DeskEpisodePayload,
    description:
      "Records a checklist step's new state (village officers of the person's village). The history keeps every change.",
    errors: { types: [...commonErrors, ChecklistClosedError, ChecklistDateError, ReasonRequiredError] },
    args: { input: t.arg({ type: SetPreDepartureStepInput }) },
    authScopes: (_root, { input }, ctx) => episodeScopes(ctx.prisma, input.episodeId.id),
    resolve: async (_root, { input }, ctx) => {
      const { recorded } = await setChecklistStep(
        ctx.prisma,
        {
          episodeId: input.episodeId.id,
          step: input.step,
          state: input.state,
          doneOn: asDay(input.doneOn),
          note: input.note,
        },
        ctx.user!.id,
        new Date(),
      );
      const episode = await ctx.prisma.migrationEpisode.findUniqueOrThrow({
        where: { id: input.episodeId.id },
        include: { person: { select: { villageId: true } } },
      });
      return { episode, recorded };
    },
  }),
  updatePreDepartureDetails: t.field({
    type: DeskEpisodePayload,
    description:
      "Sets a prospective stint's placement agency (checked against the licensed list) and passport and contract expiry days (village officers).",
    errors: { types: [...commonErrors, ChecklistClosedError] },
    args: { input: t.arg({ type: UpdatePreDepartureDetailsInput }) },
    authScopes: (_root, { input }, ctx) => episodeScopes(ctx.prisma, input.episodeId.id),
    resolve: async (_root, { input }, ctx) => {
      const { recorded } = await updateDeskDetails(
        ctx.prisma,
        {
          episodeId: input.episodeId.id,
          placementAgencyId: input.placementAgencyId?.id ?? null,
          placementAgencyName: input.placementAgencyName,
          passportExpiresOn: asDay(input.passportExpiresOn),
          contractExpiresOn: asDay(input.contractExpiresOn),
        },
        ctx.user!.id,
      );
      const episode = await ctx.prisma.migrationEpisode.findUniqueOrThrow({
        where: { id: input.episodeId.id },
        include: { person: { select: { villageId: true } } },
      });
      return { episode, recorded };
    },
  }),
  importPlacementAgencies: t.field({
    type: ImportPlacementAgenciesPayload,
    description:
      "Imports the licensed placement agencies from CSV (platform admins): every row valid or nothing imported; a licence number already listed is updated.",
    errors: { types: [...commonErrors, AgencyImportError] },
    args: { input: t.arg({ type: ImportPlacementAgenciesInput }) },
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) => importPlacementAgencies(ctx.prisma, input.csv, ctx.user!.id),
  }),
}));
