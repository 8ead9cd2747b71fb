import { builder } from "../../builder.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { CooperativeRef } from "../cooperatives/types.ts";
import { previewShu } from "./service.ts";
import { fiscalYear, surplus } from "./validation.ts";

interface PreviewMember {
  membershipId: string;
  memberNumber: string;
  fullName: string;
  transactionsIdr: bigint;
  savingsIdr: bigint;
  juaIdr: bigint;
  jmaIdr: bigint;
}
const ShuMemberShare = builder.objectRef<PreviewMember>("ShuMemberShare").implement({
  description: "One member's SHU share and its basis (visible to the cooperative's officers).",
  fields: (t) => ({
    memberNumber: t.exposeString("memberNumber", { description: "Member number." }),
    fullName: t.exposeString("fullName", { description: "Member's name." }),
    transactions: rupiahField(t, "Transactions with the cooperative in the year.", (m) => m.transactionsIdr),
    savings: t.field({ type: Money, description: "Savings now.", resolve: (m) => idr(m.savingsIdr) }),
    jua: t.field({ type: Money, description: "Share by transactions (jasa usaha).", resolve: (m) => idr(m.juaIdr) }),
    jma: t.field({ type: Money, description: "Share by savings (jasa modal).", resolve: (m) => idr(m.jmaIdr) }),
  }),
});

type Preview = Awaited<ReturnType<typeof previewShu>>;
const ShuPreview = builder.objectRef<Preview>("ShuPreview").implement({
  description: "What an SHU run would post; nothing is posted.",
  fields: (t) => ({
    reserve: t.field({ type: Money, description: "To the reserve.", resolve: (p) => idr(p.split.reserveIdr) }),
    members: t.field({ type: Money, description: "To members.", resolve: (p) => idr(p.split.membersIdr) }),
    board: t.field({ type: Money, description: "Board fund.", resolve: (p) => idr(p.split.boardIdr) }),
    staff: t.field({ type: Money, description: "Staff fund.", resolve: (p) => idr(p.split.staffIdr) }),
    education: t.field({ type: Money, description: "Education fund.", resolve: (p) => idr(p.split.educationIdr) }),
    social: t.field({ type: Money, description: "Social fund.", resolve: (p) => idr(p.split.socialIdr) }),
    jua: t.field({ type: Money, description: "Members' share by transactions.", resolve: (p) => idr(p.split.juaIdr) }),
    jma: t.field({ type: Money, description: "Members' share by savings.", resolve: (p) => idr(p.split.jmaIdr) }),
    memberShares: t.field({ type: [ShuMemberShare], description: "Each member's share.", resolve: (p) => p.members }),
  }),
});

export const ShuRunRef = builder.prismaNode("ShuRun", {
  id: { field: "id" },
  description: "A posted SHU distribution for one fiscal year.",
  select: { cooperativeId: true },
  authScopes: (r) => ({ cooperativeOfficer: r.cooperativeId }),
  fields: (t) => ({
    fiscalYear: t.exposeInt("fiscalYear", { description: "Fiscal year." }),
    surplus: t.field({
      type: Money,
      description: "The year's surplus.",
      select: { surplusIdr: true },
      resolve: (r) => idr(r.surplusIdr),
    }),
    reserve: t.field({
      type: Money,
      description: "To the reserve.",
      select: { reserveIdr: true },
      resolve: (r) => idr(r.reserveIdr),
    }),
    members: t.field({
      type: Money,
      description: "To members.",
      select: { membersIdr: true },
      resolve: (r) => idr(r.membersIdr),
    }),
    reversed: t.boolean({
      description: "Whether it was reversed.",
      select: { reversalEntryId: true },
      resolve: (r) => r.reversalEntryId !== null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was posted." }),
    adoptedBy: t.relation("motion", {
      nullable: true,
      description:
        "The RAT's CARRIED ADOPT_ANNUAL_REPORT motion that adopted this surplus (its meeting is the RAT). Null only " +
        "for runs posted before runs needed it: do not call those approved by the RAT.",
    }),
  }),
});

builder.queryField("shuPreview", (t) =>
  t.field({
    type: ShuPreview,
    description:
      "Previews a year's SHU split (by-law percentages, JUA by transactions, JMA by savings) without posting. " +
      "Allowed before the RAT, to prepare the report the RAT adopts; running it needs the adopted report.",
    args: {
      cooperativeId: t.arg.globalID({ for: [CooperativeRef], description: "The cooperative." }),
      fiscalYear: t.arg.int({ description: "Fiscal year.", validate: fiscalYear }),
      surplusIdr: t.arg.string({ description: "The year's surplus in whole rupiah.", validate: surplus }),
    },
    authScopes: (_root, args) => ({ cooperativeOfficer: args.cooperativeId.id }),
    resolve: (_root, args, ctx) =>
      previewShu(ctx.prisma, args.cooperativeId.id, args.fiscalYear, BigInt(args.surplusIdr)),
  }),
);

// Officers need the posted runs to see which years are done and to reverse one; nothing here is personal data,
// but the split is the cooperative's internal business until the RAT, so officers only (like ShuRun itself).
builder.prismaObjectField("Cooperative", "shuRuns", (t) =>
  t.relatedConnection("shuRuns", {
    description:
      "Posted SHU runs, latest fiscal year first (reversed runs included). Officers of the cooperative only.",
    authScopes: (c) => ({ cooperativeOfficer: c.id }),
    cursor: "id",
    query: { orderBy: [{ fiscalYear: "desc" }, { createdAt: "desc" }, { id: "desc" }] },
  }),
);
