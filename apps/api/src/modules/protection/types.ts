import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { VillageRef } from "../geography/types.ts";
import { auditCaseRead, caseAuthSelect, visibleCasesWhere } from "./service.ts";

export const ProtectionCaseType = builder.enumType("ProtectionCaseType", {
  description: "What a protection case is about (the common BP2MI complaint kinds).",
  values: {
    UNPAID_WAGES: { description: "Wages unpaid or withheld by the employer." },
    FRAUD: { description: "Job or placement fraud, illegal recruiters (calo), fees charged." },
    DEPORTATION: { description: "Deported or facing deportation." },
    ABUSE: { description: "Physical, psychological or sexual abuse, or forced labour." },
    FAILED_DEPARTURE: { description: "Departure failed or cancelled after preparation or payment." },
    WANTS_TO_RETURN: { description: "The worker wants to come home and needs help." },
    OTHER: { description: "Anything else (illness, death, lost contact...)." },
  } as const,
});

export const ProtectionCaseStatus = builder.enumType("ProtectionCaseStatus", {
  description: "Where a protection case stands. RESOLVED and CLOSED_UNRESOLVED are final.",
  values: {
    REPORTED: { description: "Reported to the village; not yet acted on." },
    IN_PROGRESS: { description: "The handling officer is working on it." },
    REFERRED: { description: "Referred to an agency (BP3MI, police, embassy...)." },
    RESOLVED: { description: "Resolved. Final." },
    CLOSED_UNRESOLVED: { description: "Closed without resolution. Final." },
  } as const,
});

/** Admin reads already written to the audit log in this request, so a case read twice is logged once. */
const auditedReads = new WeakMap<Context, Set<string>>();

/**
 * Only the handling officer, the person concerned and platform admins may read a case; other officers of the
 * village and partners may not. Every admin read is written to the audit log.
 */
async function caseScopes(c: { id: string; personId: string; handlerId: string | null }, ctx: Context) {
  const user = ctx.user;
  if (!user) return false;
  if (user.id === c.handlerId || (user.personId !== null && user.personId === c.personId)) return true;
  if (!user.isPlatformAdmin) return false;
  const seen = auditedReads.get(ctx) ?? new Set<string>();
  auditedReads.set(ctx, seen);
  if (!seen.has(c.id)) {
    seen.add(c.id);
    await auditCaseRead(ctx.prisma, c.id, user.id);
  }
  return true;
}

export const ProtectionCaseRef = builder.prismaNode("ProtectionCase", {
  id: { field: "id" },
  description:
    "A confidential protection case of a migrant worker. Readable only by its handling village officer, the person concerned and platform admins (admin reads are audited).",
  select: caseAuthSelect,
  authScopes: caseScopes,
  fields: (t) => ({
    type: t.expose("type", { type: ProtectionCaseType, description: "What the case is about." }),
    status: t.expose("status", { type: ProtectionCaseStatus, description: "Where the case stands." }),
    summary: t.exposeString("summary", { description: "What happened, in the reporter's words." }),
    countryOfIncident: t.exposeString("countryOfIncident", {
      nullable: true,
      description: "Where it happened, ISO 3166 alpha-2.",
    }),
    referralAgency: t.exposeString("referralAgency", {
      nullable: true,
      description: "Agency the case was referred to.",
    }),
    referredAt: t.expose("referredAt", { type: "DateTime", nullable: true, description: "When it was referred." }),
    openedAt: t.expose("openedAt", { type: "DateTime", description: "When the case was opened." }),
    closedAt: t.expose("closedAt", {
      type: "DateTime",
      nullable: true,
      description: "When it was resolved or closed.",
    }),
    version: t.exposeInt("version", {
      description: "Raised by every step; a step names the version it was made from (expectedVersion).",
    }),
    person: t.relation("person", { description: "The person concerned." }),
    village: t.relation("village", { description: "The village handling the case." }),
    handlerName: t.string({
      nullable: true,
      description: "Name of the handling village officer.",
      select: { handler: { select: { name: true } } },
      resolve: (c) => c.handler?.name ?? null,
    }),
    events: t.relation("events", {
      description: "Status history, oldest first.",
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
  }),
});

builder.prismaObject("ProtectionCaseEvent", {
  description: "One step in a protection case's status history (append-only).",
  fields: (t) => ({
    status: t.expose("status", { type: ProtectionCaseStatus, description: "The status set by this step." }),
    note: t.exposeString("note", { description: "What was done." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});

builder.prismaObjectFields(VillageRef, (t) => ({
  protectionCases: t.prismaConnection({
    type: ProtectionCaseRef,
    cursor: "id",
    nullable: true,
    description:
      "The village's protection cases the viewer may see (handled by them, about them, or all for admins), newest first. Signed-in users only.",
    authScopes: { loggedIn: true },
    args: {
      status: t.arg({ type: ProtectionCaseStatus, required: false, description: "Only cases with this status." }),
      open: t.arg.boolean({
        required: false,
        description: "true: only cases not yet resolved or closed; false: only resolved or closed ones.",
      }),
    },
    // Asked alone, totalCount runs only this count: a dashboard can show how many cases are open without
    // fetching any confidential case.
    totalCount: (village, args, ctx) =>
      ctx.prisma.protectionCase.count({ where: visibleCasesWhere(ctx.user!, village.id, args) }),
    resolve: (query, village, args, ctx) =>
      ctx.prisma.protectionCase.findMany({
        ...query,
        where: visibleCasesWhere(ctx.user!, village.id, args),
        orderBy: [{ openedAt: "desc" }, { id: "desc" }],
      }),
  }),
}));
