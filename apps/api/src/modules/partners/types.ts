import { builder } from "../../builder.ts";
import { PARTNER_SCOPES } from "../auth/scopes.ts";
import { dateIn, WESTERNMOST_ZONE } from "../common/time-zone.ts";
import { ProvinceRef, VillageRef } from "../geography/types.ts";

/** Today's date where it changes last in Indonesia: a program is open until its last day has ended everywhere. */
const startOfToday = () => dateIn(WESTERNMOST_ZONE, new Date());

export const OrganizationKind = builder.enumType("OrganizationKind", {
  description: "What kind of partner an organization is.",
  values: {
    UNIVERSITY: { description: "A university or research centre." },
    NGO: { description: "A non-governmental organization." },
    COMPANY: { description: "A company." },
    GOVERNMENT_PROGRAM: { description: "A government program, e.g. Desmigratif." },
  } as const,
});

export const ProgramKind = builder.enumType("ProgramKind", {
  description: "What a partner program offers.",
  values: {
    TRAINING: { description: "Training (pelatihan)." },
    MENTORING: { description: "Mentoring or accompaniment (pendampingan)." },
    FINANCING: { description: "Access to financing." },
    RESEARCH: { description: "A research study." },
  } as const,
});

export const EnrolmentStatus = builder.enumType("EnrolmentStatus", {
  description: "Where an enrolment stands.",
  values: {
    APPLIED: { description: "Applied; the organization has not decided yet." },
    ENROLLED: { description: "Accepted: taking part." },
    REJECTED: { description: "Turned down by the organization." },
    COMPLETED: { description: "Finished the program." },
    WITHDRAWN: { description: "Left the program; no longer takes a place." },
  } as const,
});

/** GraphQL names of the partner scopes: `catalog:read` is `CATALOG_READ`. */
export const scopeEnumName = (scope: string) => scope.replace(/[^a-z0-9]+/gi, "_").toUpperCase();

export const PartnerScopeEnum = builder.enumType("PartnerScope", {
  description: "What a partner API key may do. No scope ever gives access to personal data.",
  values: Object.fromEntries(
    PARTNER_SCOPES.map((scope) => [
      scopeEnumName(scope),
      {
        value: scope,
        description: {
          "catalog:read": "Read the catalogue, villages and cooperatives.",
          "aggregates:read": "Read anonymised regional aggregates.",
          "programs:write": "Enrol consenting participants in the organization's programs.",
        }[scope],
      },
    ]),
  ) as Record<string, { value: (typeof PARTNER_SCOPES)[number]; description: string }>,
});

export const OrganizationRef = builder.prismaNode("Organization", {
  id: { field: "id" },
  description: "A partner: a university, NGO, company or government program working with villages.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    name: t.exposeString("name", { description: "Name of the organization." }),
    kind: t.expose("kind", { type: OrganizationKind, description: "University, NGO, company or government program." }),
    website: t.exposeString("website", { nullable: true, description: "Website, if any." }),
    description: t.exposeString("description", { description: "About the organization, in Bahasa Indonesia." }),
    programs: t.relatedConnection("programs", {
      description: "Its programs, latest start first.",
      cursor: "id",
      query: { orderBy: [{ startsOn: "desc" }, { id: "asc" }] },
      totalCount: true,
    }),
    apiKeys: t.relation("apiKeys", {
      nullable: true,
      description: "The organization's API keys, newest first. Only its members (and platform admins) may read them.",
      authScopes: (org) => ({ organizationMember: org.id }),
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    }),
  }),
});

export const ApiKeyRef = builder.prismaNode("ApiKey", {
  id: { field: "id" },
  description:
    "A partner API key. The key itself is shown only once, when it is created; only its prefix is kept readable.",
  select: { id: true, organizationId: true },
  authScopes: (key) => ({ organizationMember: key.organizationId }),
  fields: (t) => ({
    name: t.exposeString("name", { description: 'A name to tell keys apart, e.g. "Dashboard riset".' }),
    prefix: t.exposeString("prefix", { description: "The key's first 12 characters, e.g. dmk_AbCd1234." }),
    scopes: t.field({
      type: [PartnerScopeEnum],
      description: "What the key may do.",
      select: { scopes: true },
      resolve: (key) =>
        key.scopes.filter((s): s is (typeof PARTNER_SCOPES)[number] =>
          (PARTNER_SCOPES as readonly string[]).includes(s),
        ),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the key was created." }),
    lastUsedAt: t.expose("lastUsedAt", {
      type: "DateTime",
      nullable: true,
      description: "Last use (to the minute), if ever used.",
    }),
    revokedAt: t.expose("revokedAt", {
      type: "DateTime",
      nullable: true,
      description: "When the key was revoked; it no longer works.",
    }),
  }),
});

export const ProgramRef = builder.prismaNode("Program", {
  id: { field: "id" },
  description: "A partner's program or training, optionally in one village.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    title: t.exposeString("title", { description: "Title, in Bahasa Indonesia." }),
    kind: t.expose("kind", { type: ProgramKind, description: "Training, mentoring, financing or research." }),
    description: t.exposeString("description", { description: "What the program offers." }),
    organization: t.relation("organization", { description: "The organization running it." }),
    village: t.relation("village", { nullable: true, description: "The village it takes place in, if only one." }),
    startsOn: t.expose("startsOn", { type: "DateTime", description: "First day." }),
    endsOn: t.expose("endsOn", { type: "DateTime", nullable: true, description: "Last day, if set." }),
    capacity: t.exposeInt("capacity", { nullable: true, description: "Places available; null when unlimited." }),
    enrolledCount: t.relationCount("enrolments", {
      description:
        "Participants accepted or completed (pending, rejected and withdrawn ones do not count). Never who they are.",
      where: { status: { in: ["ENROLLED", "COMPLETED"] } },
    }),
  }),
});

/** An enrolment as returned to the one who made it: no personal field. */
export const EnrolmentRef = builder.prismaNode("Enrolment", {
  id: { field: "id" },
  description: "A person's enrolment in a program. Who the person is is never shown here.",
  select: { id: true, appliedById: true, program: { select: { organizationId: true } } },
  // The program's organization, through a member or through one of its keys holding programs:write (the scope
  // that made it); a key with another scope, or of another organization, reads no enrolment. The user who
  // applied reads their own application.
  authScopes: (enrolment, ctx) =>
    ctx.apiKey?.organizationId === enrolment.program.organizationId
      ? { partner: "programs:write" as const }
      : {
          $any: {
            organizationMember: enrolment.program.organizationId,
            ...(enrolment.appliedById ? { self: enrolment.appliedById } : {}),
          },
        },
  fields: (t) => ({
    status: t.expose("status", { type: EnrolmentStatus, description: "Enrolled, completed or withdrawn." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the enrolment was recorded." }),
  }),
});

builder.queryFields((t) => ({
  organizations: t.prismaConnection({
    type: "Organization",
    cursor: "id",
    description: "Partner organizations, by name.",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.organization.findMany({ ...query, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
  programs: t.prismaConnection({
    type: "Program",
    cursor: "id",
    description: "Partner programs, latest start first.",
    args: {
      organizationId: t.arg.globalID({
        required: false,
        for: [OrganizationRef],
        description: "Only this organization's programs.",
      }),
      villageId: t.arg.globalID({ required: false, for: [VillageRef], description: "Only programs in this village." }),
      kind: t.arg({ type: ProgramKind, required: false, description: "Only programs of this kind." }),
      provinceId: t.arg.globalID({
        required: false,
        for: [ProvinceRef],
        description: "Only programs held in a village of this province.",
      }),
      open: t.arg.boolean({
        required: false,
        description: "Only programs that have not ended yet (still taking applications).",
      }),
    },
    resolve: (query, _root, { organizationId, villageId, kind, provinceId, open }, ctx) =>
      ctx.prisma.program.findMany({
        ...query,
        where: {
          ...(organizationId ? { organizationId: organizationId.id } : {}),
          ...(villageId ? { villageId: villageId.id } : {}),
          ...(kind ? { kind } : {}),
          ...(provinceId ? { village: { regency: { provinceId: provinceId.id } } } : {}),
          ...(open
            ? { OR: [{ endsOn: { gte: startOfToday() } }, { endsOn: null, startsOn: { gte: startOfToday() } }] }
            : {}),
        },
        orderBy: [{ startsOn: "desc" }, { id: "asc" }],
      }),
  }),
  viewerOrganizations: t.prismaField({
    type: ["Organization"],
    description: "Organizations the signed-in user belongs to, by name (empty when signed out).",
    resolve: (query, _root, _args, ctx) =>
      ctx.user
        ? ctx.prisma.organization.findMany({
            ...query,
            where: { members: { some: { userId: ctx.user.id } } },
            orderBy: [{ name: "asc" }, { id: "asc" }],
          })
        : [],
  }),
}));
