import { z } from "zod";

import { builder } from "../../builder.ts";
import { bilingual } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import { registryWhere, summarizeRegistry } from "./service.ts";

export const Gender = builder.enumType("Gender", {
  description: "A person's sex as recorded in civil documents.",
  values: { FEMALE: { description: "Female (perempuan)." }, MALE: { description: "Male (laki-laki)." } } as const,
});

export const MigrationStatus = builder.enumType("MigrationStatus", {
  description: "Where a migrant worker stands in one stint abroad.",
  values: {
    PROSPECTIVE: { description: "CPMI: preparing to work abroad." },
    ABROAD: { description: "PMI: working abroad." },
    RETURNED: { description: "Purna PMI: returned home." },
  } as const,
});

/**
 * Personal data (UU 27/2022): only officers of the person's village, the person themself and admins may read it.
 * The NIK hash is never exposed; partner keys pass no user scope.
 */
export const PersonRef = builder.prismaNode("Person", {
  id: { field: "id" },
  description:
    "A person in a village's migrant registry: a prospective, current or returned migrant worker. Personal data, readable only by officers of their village, the person themself and platform admins.",
  select: { id: true, villageId: true },
  authScopes: (person, ctx) => (ctx.user?.personId === person.id ? true : { villageOfficer: person.villageId }),
  fields: (t) => ({
    fullName: t.exposeString("fullName", { description: "Full name as in civil documents." }),
    gender: t.expose("gender", { type: Gender, nullable: true, description: "Sex, if recorded." }),
    birthDate: t.expose("birthDate", {
      type: "DateTime",
      nullable: true,
      description: "Date of birth (midnight UTC), if recorded.",
    }),
    phone: t.exposeString("phone", { nullable: true, description: "Phone number, if recorded." }),
    village: t.relation("village", { description: "The village whose registry holds the person." }),
    episodes: t.relation("episodes", {
      description: "Stints abroad, oldest first.",
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
    currentStatus: t.field({
      type: MigrationStatus,
      nullable: true,
      description: "Status of the latest stint abroad; null when none is recorded.",
      select: { episodes: { select: { status: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 1 } },
      resolve: (person) => person.episodes[0]?.status ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the person was registered." }),
  }),
});

export const MigrationEpisodeRef = builder.prismaNode("MigrationEpisode", {
  id: { field: "id" },
  description: "One stint of work abroad (CPMI -> PMI -> purna PMI). Personal data, readable like its person.",
  select: { personId: true, person: { select: { villageId: true } } },
  authScopes: (episode, ctx) =>
    ctx.user?.personId === episode.personId ? true : { villageOfficer: episode.person.villageId },
  fields: (t) => ({
    status: t.expose("status", { type: MigrationStatus, description: "Where the stint stands." }),
    destinationCountry: t.exposeString("destinationCountry", {
      description: "Destination country, ISO 3166 alpha-2 (e.g. TW).",
    }),
    jobSector: t.exposeString("jobSector", { nullable: true, description: "Kind of work, e.g. caregiver." }),
    employerName: t.exposeString("employerName", { nullable: true, description: "Employer abroad, if known." }),
    placementAgency: t.exposeString("placementAgency", {
      nullable: true,
      description: "Placement agency (P3MI), if any.",
    }),
    procedural: t.exposeBoolean("procedural", { description: "False when the departure bypassed official procedure." }),
    plannedDepartureAt: t.expose("plannedDepartureAt", {
      type: "DateTime",
      nullable: true,
      description: "Planned departure date.",
    }),
    departedAt: t.expose("departedAt", { type: "DateTime", nullable: true, description: "Departure date." }),
    returnedAt: t.expose("returnedAt", { type: "DateTime", nullable: true, description: "Return date." }),
    consentGivenAt: t.expose("consentGivenAt", {
      type: "DateTime",
      description: "When the person consented to being recorded.",
    }),
    recordedByName: t.string({
      nullable: true,
      description: "Name of the officer who recorded the stint.",
      select: { recordedBy: { select: { name: true } } },
      resolve: (e) => e.recordedBy?.name ?? null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the stint was recorded." }),
    version: t.exposeInt("version", {
      description: "Raised by every change; a status change names the version it was made from (expectedVersion).",
    }),
  }),
});

const RegistryFilter = builder.inputType("RegistryFilter", {
  description: "Narrows a village's migrant registry.",
  fields: (t) => ({
    status: t.field({
      type: MigrationStatus,
      required: false,
      description: "Only people whose current status is this.",
    }),
    destinationCountry: t.string({
      required: false,
      description: "Only people whose latest stint is in this country (ISO 3166 alpha-2).",
      validate: z
        .string()
        .regex(
          /^[A-Z]{2}$/,
          bilingual("Kode negara 2 huruf kapital, mis. TW.", "Country code: 2 capital letters, e.g. TW."),
        ),
    }),
    search: t.string({
      required: false,
      description: "Part of the name, or a full 16-digit NIK (matched by its hash).",
      validate: z
        .string()
        .trim()
        .max(100, bilingual("Pencarian maksimal 100 karakter.", "Search: at most 100 characters.")),
    }),
  }),
});

const StatusCount = builder.simpleObject("MigrationStatusCount", {
  description: "Number of people with one current status.",
  fields: (t) => ({
    status: t.field({ type: MigrationStatus, description: "The status." }),
    count: t.int({ description: "People whose latest stint has this status." }),
  }),
});

const DestinationCount = builder.simpleObject("MigrationDestinationCount", {
  description: "Number of people whose latest stint is in one country, by status.",
  fields: (t) => ({
    destinationCountry: t.string({ description: "ISO 3166 alpha-2 country code." }),
    prospective: t.int({ description: "Preparing to go there." }),
    abroad: t.int({ description: "Working there now." }),
    returned: t.int({ description: "Returned from there." }),
    total: t.int({ description: "All of the above." }),
  }),
});

const RegistrySummary = builder.simpleObject("RegistrySummary", {
  description: "Counts of a village's migrant registry (people with at least one recorded stint).",
  fields: (t) => ({
    total: t.int({ description: "People with at least one stint abroad recorded." }),
    byStatus: t.field({ type: [StatusCount], description: "By current status." }),
    byDestination: t.field({
      type: [DestinationCount],
      description: "By destination of the latest stint, largest first.",
    }),
  }),
});

builder.prismaObjectFields(VillageRef, (t) => ({
  registry: t.prismaConnection({
    type: PersonRef,
    cursor: "id",
    nullable: true,
    description:
      "The village's migrant registry (people with a recorded stint abroad), by name. Village officers only.",
    authScopes: (village) => ({ villageOfficer: village.id }),
    args: { filter: t.arg({ type: RegistryFilter, required: false }) },
    resolve: async (query, village, { filter }, ctx) =>
      ctx.prisma.person.findMany({
        ...query,
        where: await registryWhere(ctx.prisma, village.id, filter),
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
      }),
  }),
  registrySummary: t.field({
    type: RegistrySummary,
    nullable: true,
    description: "Counts of the migrant registry by status and destination. Village officers only.",
    authScopes: (village) => ({ villageOfficer: village.id }),
    resolve: (village, _args, ctx) => summarizeRegistry(ctx.prisma, village.id),
  }),
}));
