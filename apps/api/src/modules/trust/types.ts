// GraphQL for business trust: the returnee label, cooperative requests and the verification history.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { BusinessRef } from "../commerce/types.ts";
import { bilingual } from "../common/validation.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import { VillageRef } from "../geography/types.ts";

export const CooperativeRequestStatus = builder.enumType("CooperativeRequestStatus", {
  description: "Where a business's request to join a cooperative is.",
  values: {
    PENDING: { description: "Waiting for an officer of the cooperative." },
    ACCEPTED: { description: "Accepted: the business sells and raises money under the cooperative's name." },
    DECLINED: { description: "Declined, with a reason." },
    WITHDRAWN: { description: "Withdrawn by the business (it asked another cooperative, or left)." },
  } as const,
});

export const CooperativeRequestRef = builder.prismaNode("CooperativeRequest", {
  id: { field: "id" },
  description: "A business's request to sell and raise money under a cooperative's name.",
  // The business's owner and the officers of the cooperative asked.
  authScopes: (request) => ({
    $any: { businessOwner: request.businessId, cooperativeOfficer: request.cooperativeId },
  }),
  fields: (t) => ({
    status: t.expose("status", { type: CooperativeRequestStatus, description: "Where it is." }),
    message: t.exposeString("message", { description: "What the entrepreneur wrote to the cooperative." }),
    reason: t.exposeString("reason", { nullable: true, description: "The officer's reason for the decision." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was sent." }),
    decidedAt: t.expose("decidedAt", { type: "DateTime", nullable: true, description: "When it was decided." }),
    business: t.relation("business", { description: "The business asking." }),
    cooperative: t.relation("cooperative", { description: "The cooperative asked." }),
    decidedByName: t.string({
      nullable: true,
      description: "Name of the officer who decided (or of who withdrew it).",
      select: { decidedBy: { select: { name: true } } },
      resolve: (r) => r.decidedBy?.name ?? null,
    }),
  }),
});

const VerificationAction = builder.enumType("ReturneeVerificationAction", {
  description: "A step in a business's returnee verification.",
  values: { VERIFIED: { description: "Verified." }, WITHDRAWN: { description: "Verification withdrawn." } } as const,
});

interface VerificationEvent {
  action: "VERIFIED" | "WITHDRAWN";
  at: Date;
  officerName: string;
  note: string;
}

const VerificationEventRef = builder.objectRef<VerificationEvent>("ReturneeVerificationEvent").implement({
  description: "Who verified a business's owner as a returnee, or withdrew it, when and why (from the audit log).",
  fields: (t) => ({
    action: t.field({ type: VerificationAction, description: "What was done.", resolve: (e) => e.action }),
    at: t.field({ type: "DateTime", description: "When.", resolve: (e) => e.at }),
    officerName: t.exposeString("officerName", { description: "The officer." }),
    note: t.exposeString("note", { description: "The officer's note or reason." }),
  }),
});

builder.prismaObjectFields(BusinessRef, (t) => ({
  returneeVerified: t.boolean({
    description:
      "True when a village or cooperative officer verified the owner as a returned migrant worker (purna PMI) " +
      "against the village registry. Until then the business is not labelled a returnee's.",
    select: { returneeVerifiedAt: true },
    resolve: (b) => b.returneeVerifiedAt !== null,
  }),
  returneeVerifiedAt: t.expose("returneeVerifiedAt", {
    type: "DateTime",
    nullable: true,
    description: "When the owner was verified as a returnee.",
  }),
  cooperativeRequests: t.relation("cooperativeRequests", {
    description: "Its requests to cooperatives, newest first. The owner only.",
    authScopes: (b) => ({ businessOwner: b.id }),
    query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 20 },
  }),
  returneeVerificationHistory: t.field({
    type: [VerificationEventRef],
    description: "Each verification and withdrawal, oldest first. The owner and the village's officers.",
    select: { villageId: true },
    authScopes: (b) => ({ $any: { businessOwner: b.id, villageSteward: b.villageId } }),
    resolve: async (b, _args, ctx) => {
      const rows = await ctx.prisma.auditLog.findMany({
        where: { targetType: "Business", targetId: b.id, action: { startsWith: "business.returnee." } },
        orderBy: { createdAt: "asc" },
        select: { action: true, createdAt: true, data: true, actor: { select: { name: true } } },
      });
      return rows.map((row) => {
        const data = row.data as { note?: string; reason?: string };
        return {
          action: row.action === "business.returnee.verify" ? "VERIFIED" : "WITHDRAWN",
          at: row.createdAt,
          officerName: row.actor?.name ?? "",
          note: data.note ?? data.reason ?? "",
        } as const;
      });
    },
  }),
}));

builder.prismaObjectFields(CooperativeRef, (t) => ({
  businessRequests: t.relatedConnection("requests", {
    description: "Businesses' requests to join, oldest waiting first. Officers of this cooperative only.",
    authScopes: (c) => ({ cooperativeOfficer: c.id }),
    cursor: "id",
    totalCount: true,
    args: { status: t.arg({ type: CooperativeRequestStatus, required: false, defaultValue: "PENDING" }) },
    query: ({ status }) => ({
      where: status ? { status } : {},
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  }),
}));

interface ReturneeCandidate {
  id: string;
  fullName: string;
  returnedAt: Date | null;
}

const ReturneeCandidateRef = builder.objectRef<ReturneeCandidate>("ReturneeCandidate").implement({
  description: "A person of the village registry with a RETURNED episode, as offered for verifying a business owner.",
  fields: (t) => ({
    personId: t.globalID({ description: "The person.", resolve: (p) => ({ type: "Person", id: p.id }) }),
    fullName: t.exposeString("fullName", { description: "Full name as in the registry." }),
    returnedAt: t.expose("returnedAt", { type: "DateTime", nullable: true, description: "Latest return home." }),
  }),
});

builder.prismaObjectFields(VillageRef, (t) => ({
  businessesToVerify: t.relatedConnection("businesses", {
    description: "Active businesses whose owner is not verified as a returnee yet. The village's officers only.",
    authScopes: (v) => ({ villageSteward: v.id }),
    cursor: "id",
    totalCount: true,
    query: { where: { status: "ACTIVE", returneeVerifiedAt: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  }),
  returneeCandidates: t.field({
    type: [ReturneeCandidateRef],
    description:
      "Returned migrant workers of the village whose name contains the search (at most 20), to verify a business " +
      "owner against. The village's officers only; names and return dates only, nothing else of the registry.",
    authScopes: (v) => ({ villageSteward: v.id }),
    args: {
      search: t.arg.string({
        validate: z
          .string()
          .trim()
          .min(2, bilingual("Ketik minimal 2 huruf nama.", "Type at least 2 letters of the name."))
          .max(80, bilingual("Nama paling banyak 80 huruf.", "Name: at most 80 letters.")),
      }),
    },
    resolve: async (village, { search }, ctx) => {
      const people = await ctx.prisma.person.findMany({
        where: {
          villageId: village.id,
          fullName: { contains: search.trim(), mode: "insensitive" },
          episodes: { some: { status: "RETURNED" } },
        },
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
        take: 20,
        select: {
          id: true,
          fullName: true,
          episodes: {
            where: { status: "RETURNED" },
            orderBy: { returnedAt: "desc" },
            take: 1,
            select: { returnedAt: true },
          },
        },
      });
      return people.map((p) => ({ id: p.id, fullName: p.fullName, returnedAt: p.episodes[0]?.returnedAt ?? null }));
    },
  }),
}));
