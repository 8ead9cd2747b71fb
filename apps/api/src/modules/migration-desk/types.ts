import { z } from "zod";

import { builder } from "../../builder.ts";
import { bilingual } from "../common/validation.ts";
import { wibDay } from "../funding/schedule.ts";
import { VillageRef } from "../geography/types.ts";
import { MigrationEpisodeRef } from "../registry/types.ts";
import {
  agencyCheck,
  agencyCheckSelect,
  checkDay,
  checklistProgress,
  type ChecklistRow,
  currentChecklist,
  deskWhere,
  expiringDocuments,
} from "./service.ts";

export const PreDepartureStepEnum = builder.enumType("PreDepartureStep", {
  description: "A document or step of the pre-departure checklist (the village's part under UU 18/2017).",
  values: {
    FAMILY_PERMIT: { description: "Surat izin keluarga/wali (permission of spouse, parent or guardian)." },
    ID_DOCUMENTS: { description: "KTP & Kartu Keluarga (identity card and family card)." },
    BIRTH_CERTIFICATE: { description: "Akta kelahiran (birth certificate)." },
    MEDICAL_CHECK: { description: "Surat keterangan sehat: medical check-up at a sarana kesehatan." },
    COMPETENCY_CERTIFICATE: { description: "Sertifikat kompetensi/pelatihan (competency or training certificate)." },
    PASSPORT: { description: "Paspor (passport)." },
    WORK_VISA: { description: "Visa kerja (work visa)." },
    EMPLOYMENT_AGREEMENT: {
      description: "Perjanjian kerja (PK), signed before the Disnaker/BP2MI officer.",
    },
    PLACEMENT_AGREEMENT: { description: "Perjanjian penempatan (placement agreement with the P3MI)." },
    SOCIAL_SECURITY: { description: "BPJS Ketenagakerjaan (employment social security)." },
    PRE_DEPARTURE_ORIENTATION: { description: "Orientasi Pra Pemberangkatan (OPP, pre-departure orientation)." },
    MIGRANT_ID: { description: "E-KTKLN / ID PMI issued through SISKOP2MI." },
  } as const,
});

export const ChecklistStateEnum = builder.enumType("ChecklistState", {
  description: "Where one checklist step stands.",
  values: {
    BELUM: { description: "Not started (belum)." },
    SEDANG: { description: "In progress (sedang diurus)." },
    SELESAI: { description: "Done (selesai), with the day it was done." },
    TIDAK_BERLAKU: { description: "Does not apply to this stint (tidak berlaku)." },
  } as const,
});

const AgencyCheckEnum = builder.enumType("PlacementAgencyCheck", {
  description: "A stint's placement agency against the platform's list of licensed agencies (P3MI).",
  values: {
    LICENSED: { description: "On the list, with a licence valid on the day checked." },
    LICENCE_EXPIRED: { description: "On the list, but its licence does not cover the day checked." },
    NOT_LISTED: { description: "Named, but not on the list of licensed agencies: unlicensed or unknown." },
    NOT_NAMED: { description: "No placement agency recorded yet." },
  } as const,
});

const ExpiringDocumentKind = builder.enumType("ExpiringDocumentKind", {
  description: "A document of a stint with an expiry date the desk watches.",
  values: {
    PASSPORT: { description: "Paspor (passport)." },
    CONTRACT: { description: "Perjanjian kerja (work contract)." },
  } as const,
});

const ExpiringDocument = builder.simpleObject("ExpiringDocument", {
  description: "A passport or work contract that expires within the reminder window, or has expired.",
  fields: (t) => ({
    document: t.field({ type: ExpiringDocumentKind, description: "Which document." }),
    expiresOn: t.field({ type: "DateTime", description: "The day it expires (midnight UTC)." }),
  }),
});

const ChecklistEntry = builder.objectRef<{ step: ChecklistRow["step"]; row: ChecklistRow | null }>(
  "PreDepartureChecklistEntry",
);
ChecklistEntry.implement({
  description: "One step of the checklist and who recorded its state, when; BELUM with no record when untouched.",
  fields: (t) => ({
    step: t.field({ type: PreDepartureStepEnum, description: "The step.", resolve: (e) => e.step }),
    state: t.field({
      type: ChecklistStateEnum,
      description: "Its current state.",
      resolve: (e) => e.row?.state ?? "BELUM",
    }),
    doneOn: t.field({
      type: "DateTime",
      nullable: true,
      description: "The day it was done (SELESAI).",
      resolve: (e) => e.row?.doneOn ?? null,
    }),
    note: t.string({ nullable: true, description: "The officer's note.", resolve: (e) => e.row?.note ?? null }),
    recordedByName: t.string({
      nullable: true,
      description: "The officer who recorded it.",
      resolve: (e) => e.row?.recordedBy?.name ?? null,
    }),
    recordedAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it was recorded.",
      resolve: (e) => e.row?.createdAt ?? null,
    }),
  }),
});

const ChecklistProgress = builder.simpleObject("PreDepartureChecklistProgress", {
  description: "How far the checklist is.",
  fields: (t) => ({
    done: t.int({ description: "Steps done." }),
    applicable: t.int({ description: "Steps that apply (all but TIDAK_BERLAKU)." }),
  }),
});

export const PlacementAgencyRef = builder.prismaNode("PlacementAgency", {
  id: { field: "id" },
  description:
    "A placement agency (P3MI) on the platform's list of licensed agencies, kept by the platform admin. Public information.",
  fields: (t) => ({
    licenceNumber: t.exposeString("licenceNumber", { description: "Licence number (SIP3MI)." }),
    name: t.exposeString("name", { description: "The agency's registered name." }),
    city: t.exposeString("city", { nullable: true, description: "City of its head office." }),
    licenceValidFrom: t.expose("licenceValidFrom", { type: "DateTime", description: "First day of the licence." }),
    licenceValidUntil: t.expose("licenceValidUntil", { type: "DateTime", description: "Last day of the licence." }),
    licensedToday: t.boolean({
      description: "Whether the licence covers today (WIB).",
      select: { licenceValidFrom: true, licenceValidUntil: true },
      resolve: (a) => {
        const today = wibDay(new Date());
        return a.licenceValidFrom <= today && today <= a.licenceValidUntil;
      },
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime", description: "Last imported or changed." }),
  }),
});

const checklistSelect = {
  checklist: {
    select: {
      step: true,
      state: true,
      doneOn: true,
      note: true,
      createdAt: true,
      recordedBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  },
} as const;

builder.prismaObjectFields(MigrationEpisodeRef, (t) => ({
  person: t.relation("person", { description: "The person on this stint." }),
  listedAgency: t.relation("listedAgency", {
    nullable: true,
    description: "The licensed agency of the list the placement agency was matched to; null when not listed.",
  }),
  agencyCheck: t.field({
    type: AgencyCheckEnum,
    description:
      "The placement agency against the licensed list, on the planned departure day (today when none or past). " +
      "Anything but LICENSED is flagged, and a departure recorded without LICENSED is non-procedural.",
    select: { ...agencyCheckSelect, plannedDepartureAt: true },
    resolve: (e) => agencyCheck(e, checkDay(e.plannedDepartureAt, new Date())),
  }),
  passportExpiresOn: t.expose("passportExpiresOn", {
    type: "DateTime",
    nullable: true,
    description: "The passport's expiry day.",
  }),
  contractExpiresOn: t.expose("contractExpiresOn", {
    type: "DateTime",
    nullable: true,
    description: "The work contract's expiry day.",
  }),
  expiringDocuments: t.field({
    type: [ExpiringDocument],
    description: "Passport or work contract expiring within the reminder window (60 days), or expired.",
    select: { passportExpiresOn: true, contractExpiresOn: true },
    resolve: (e) => expiringDocuments(e, new Date()),
  }),
  checklist: t.field({
    type: [ChecklistEntry],
    description: "The pre-departure checklist: every step with its current state, in the usual order.",
    select: checklistSelect,
    resolve: (e) => currentChecklist(e.checklist),
  }),
  checklistProgress: t.field({
    type: ChecklistProgress,
    description: "Steps done of those that apply.",
    select: checklistSelect,
    resolve: (e) => checklistProgress(e.checklist),
  }),
  checklistHistory: t.field({
    type: [ChecklistEntry],
    description: "Every recorded change of the checklist, newest first (never edited in place).",
    select: checklistSelect,
    resolve: (e) => [...e.checklist].reverse().map((row) => ({ step: row.step, row })),
  }),
}));

const DeskFlagEnum = builder.enumType("MigrationDeskFlag", {
  description: "Why a prospective stint needs the desk's attention.",
  values: {
    AGENCY: { description: "Its placement agency is not licensed today (not listed, not named, or licence expired)." },
    DOCUMENTS: { description: "Its passport or work contract expires within 60 days, or has expired." },
  } as const,
});

const MigrationDeskFilter = builder.inputType("MigrationDeskFilter", {
  description: "Narrows the migration desk's list.",
  fields: (t) => ({
    flag: t.field({ type: DeskFlagEnum, required: false, description: "Only stints with this flag." }),
    search: t.string({
      required: false,
      description: "Part of the person's name.",
      validate: z
        .string()
        .trim()
        .max(100, bilingual("Pencarian maksimal 100 karakter.", "Search: at most 100 characters.")),
    }),
  }),
});

builder.prismaObjectFields(VillageRef, (t) => ({
  migrationDesk: t.prismaConnection({
    type: MigrationEpisodeRef,
    cursor: "id",
    nullable: true,
    description:
      "The safe-migration desk: the village's prospective stints (CPMI), earliest planned departure first. Village officers only.",
    authScopes: (village) => ({ villageOfficer: village.id }),
    args: { filter: t.arg({ type: MigrationDeskFilter, required: false }) },
    resolve: (query, village, { filter }, ctx) =>
      ctx.prisma.migrationEpisode.findMany({
        ...query,
        where: deskWhere(village.id, filter, new Date()),
        orderBy: [{ plannedDepartureAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      }),
  }),
}));

builder.queryFields((t) => ({
  placementAgencies: t.prismaConnection({
    type: PlacementAgencyRef,
    cursor: "id",
    description: "The licensed placement agencies (P3MI) list, by name. Public information.",
    args: {
      search: t.arg.string({
        required: false,
        description: "Part of the name or the licence number.",
        validate: z
          .string()
          .trim()
          .max(100, bilingual("Pencarian maksimal 100 karakter.", "Search: at most 100 characters.")),
      }),
    },
    resolve: (query, _root, { search }, ctx) =>
      ctx.prisma.placementAgency.findMany({
        ...query,
        where: search?.trim()
          ? {
              OR: [
                { name: { contains: search.trim(), mode: "insensitive" } },
                { licenceNumber: { contains: search.trim(), mode: "insensitive" } },
              ],
            }
          : {},
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
}));
