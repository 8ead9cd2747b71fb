import type { Prisma } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import type { Context } from "../../context.ts";
import { keyScoped } from "../auth/scopes.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { VillageRef } from "../geography/types.ts";
import { NOT_YET_OFFERED } from "./review.ts";
import { instalmentStatus, repaymentRecord, type RepaymentRecordShape } from "./schedule.ts";
import { loadRoundTotals, roundUpdateAuthSelect } from "./service.ts";

export const FundingInstrument = builder.enumType("FundingInstrument", {
  description: "What investors get for their money.",
  values: {
    COOPERATIVE_CAPITAL: { description: "Capital participation through the cooperative (members only)." },
    PROFIT_SHARE: { description: "A share of the business's profit (bagi hasil) for the tenor." },
    LOAN: { description: "A loan repaid in monthly instalments with a yearly return." },
  } as const,
});

export const FundingRoundStatus = builder.enumType("FundingRoundStatus", {
  description: "Where a funding round is in its life.",
  values: {
    DRAFT: { description: "Being prepared; only the business owner and its cooperative's officers see it." },
    SUBMITTED: { description: "Sent to the cooperative for review." },
    RETURNED: { description: "Sent back by the cooperative with comments; the owner edits and submits again." },
    APPROVED: { description: "Approved by the cooperative; the owner may open it." },
    OPEN: { description: "Taking pledges." },
    FUNDED: { description: "Reached its target." },
    CLOSED_UNDERFUNDED: { description: "Closed below target; pledges refunded." },
    DISBURSED: { description: "Money passed to the business." },
    REPAYING: { description: "The business is paying investors back." },
    COMPLETED: { description: "Fully repaid." },
    DEFAULTED: { description: "The business stopped paying." },
  } as const,
});

export const FundingRoundEventKind = builder.enumType("FundingRoundEventKind", {
  description: "A step in a round's review.",
  values: {
    SUBMITTED: { description: "The entrepreneur sent it to the cooperative." },
    OFFICER_APPROVED: {
      description: "One officer approved it (two different officers are needed where there are two).",
    },
    RETURNED: { description: "An officer sent it back with comments." },
    APPROVED: { description: "The cooperative approved it." },
    OPENED: { description: "Opened for pledges." },
  } as const,
});

export const FundingRoundEventRef = builder.prismaObject("FundingRoundEvent", {
  description: "One step of a round's review, with who took it and their comment.",
  fields: (t) => ({
    kind: t.expose("kind", { type: FundingRoundEventKind, description: "What happened." }),
    at: t.expose("createdAt", { type: "DateTime", description: "When." }),
    comment: t.exposeString("comment", { description: "The comment given (empty when none)." }),
    actorName: t.string({
      nullable: true,
      description: "Who took the step (display name).",
      select: { actor: { select: { name: true } } },
      resolve: (e) => e.actor?.name ?? null,
    }),
    checked: t.stringList({
      description: "The checklist items the reviewing officer ticked (OFFICER_APPROVED, RETURNED).",
      select: { checklist: true },
      resolve: (e) =>
        Object.entries((e.checklist ?? {}) as Record<string, boolean>)
          .filter(([, ticked]) => ticked)
          .map(([item]) => item),
    }),
  }),
});

export const InstalmentStatusEnum = builder.enumType("InstalmentStatus", {
  description: "Where an instalment stands today (WIB).",
  values: {
    PAID: { description: "Fully paid." },
    DUE: { description: "Unpaid and falling due within 30 days (or today)." },
    OVERDUE: { description: "Unpaid after its due day." },
    UPCOMING: { description: "Falls due later." },
  } as const,
});

const scheduleSelect = {
  schedule: {
    select: { dueOn: true, principalIdr: true, returnIdr: true, repayments: { select: { amountIdr: true } } },
  },
} satisfies Prisma.FundingRoundSelect;

const paidOf = (row: { repayments: { amountIdr: bigint }[] }) => row.repayments.reduce((s, r) => s + r.amountIdr, 0n);

const RepaymentRecord = builder.objectRef<RepaymentRecordShape>("RepaymentRecord").implement({
  description: "How the business has kept to its schedule so far, shown honestly (arrears included).",
  fields: (t) => ({
    dueToDate: rupiahField(t, "Instalments whose due day has passed.", (r) => r.dueToDateIdr),
    paidOnDue: t.field({ type: Money, description: "Of that, what was paid.", resolve: (r) => idr(r.paidOnDueIdr) }),
    paidTotal: rupiahField(t, "Everything paid against the schedule, early payments included.", (r) => r.paidTotalIdr),
    arrears: t.field({ type: Money, description: "Fallen due and unpaid.", resolve: (r) => idr(r.arrearsIdr) }),
    rateBps: t.int({
      nullable: true,
      description:
        "Share of what fell due that was paid, in basis points (10000 = all); null while nothing has fallen due.",
      resolve: (r) => r.rateBps,
    }),
    overdueCount: t.int({ description: "Instalments overdue.", resolve: (r) => r.overdueCount }),
  }),
});

const loadTotals = (ids: string[], ctx: Context) => loadRoundTotals(ctx.prisma, ids);

/**
 * A funding round is public once it is opened; before (draft, in review, returned, approved) it is seen only by its
 * business owner, the cooperative's officers and admins.
 */
const notYetOffered = (status: string) => (NOT_YET_OFFERED as readonly string[]).includes(status);
const roundReaders = (
  r: { status: string; businessId: string; cooperativeId: string },
  ctx: Pick<Context, "apiKey">,
) =>
  notYetOffered(r.status)
    ? { businessOwner: r.businessId, cooperativeOfficer: r.cooperativeId }
    : keyScoped(ctx, "catalog:read", true);

export const FundingRoundRef = builder.prismaNode("FundingRound", {
  id: { field: "id" },
  description: "A returnee business's funding round, administered by the village cooperative.",
  select: { id: true, status: true, businessId: true, cooperativeId: true },
  authScopes: roundReaders,
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    title: t.exposeString("title", { description: "Title." }),
    purpose: t.exposeString("purpose", { description: "What the money is for and what investors get." }),
    instrument: t.expose("instrument", { type: FundingInstrument, description: "What investors get." }),
    isPublic: t.exposeBoolean("isPublic", {
      description: "Open to the public (OJK per-investor caps apply) rather than members only.",
    }),
    target: t.field({
      type: Money,
      description: "Amount sought.",
      select: { targetIdr: true },
      resolve: (r) => idr(r.targetIdr),
    }),
    minTicket: t.field({
      type: Money,
      description: "Smallest investment per household.",
      select: { minTicketIdr: true },
      resolve: (r) => idr(r.minTicketIdr),
    }),
    maxTicket: t.field({
      type: Money,
      description: "Largest investment per household.",
      select: { maxTicketIdr: true },
      resolve: (r) => idr(r.maxTicketIdr),
    }),
    returnBps: t.exposeInt("returnBps", {
      description: "Investors' profit share (PROFIT_SHARE) or yearly rate (LOAN), in basis points.",
    }),
    tenorMonths: t.exposeInt("tenorMonths", { description: "Length of the investment in months." }),
    status: t.expose("status", { type: FundingRoundStatus, description: "Where the round is in its life." }),
    opensAt: t.expose("opensAt", { type: "DateTime", description: "When pledges open." }),
    closesAt: t.expose("closesAt", { type: "DateTime", description: "When pledges close." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the round was drafted." }),
    business: t.relation("business", { description: "The business raising money." }),
    cooperative: t.relation("cooperative", { description: "The cooperative administering the round." }),
    history: t.relation("events", {
      description: "Its public history: submission, each officer's review, approval and opening, oldest first.",
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
    raised: t.loadable({
      type: Money,
      description: "Sum of active pledges.",
      load: async (ids: string[], ctx) => (await loadTotals(ids, ctx)).map((x) => idr(x.raisedIdr)),
      resolve: (r) => r.id,
    }),
    investorCount: t.loadable({
      type: "Int",
      description: "Households with an active pledge.",
      load: async (ids: string[], ctx) => (await loadTotals(ids, ctx)).map((x) => x.investorCount),
      resolve: (r) => r.id,
    }),
    progressBps: t.loadable({
      type: "Int",
      description: "Raised as a share of the target, in basis points (10000 = fully funded).",
      load: async (ids: string[], ctx) =>
        (await loadTotals(ids, ctx)).map((x) => (x.targetIdr > 0n ? Number((x.raisedIdr * 10_000n) / x.targetIdr) : 0)),
      resolve: (r) => r.id,
    }),
    schedule: t.relation("schedule", {
      description: "Repayment schedule, in order (empty for rounds without fixed instalments).",
      query: { orderBy: { sequence: "asc" } },
    }),
    arrears: t.field({
      type: Money,
      description: "Instalments fallen due and not paid, today.",
      select: scheduleSelect,
      resolve: (r) =>
        idr(
          repaymentRecord(
            r.schedule.map((s) => ({ ...s, paidIdr: paidOf(s) })),
            new Date(),
          ).arrearsIdr,
        ),
    }),
    repaymentRecord: t.field({
      type: RepaymentRecord,
      description: "How the business has kept to its schedule so far.",
      select: scheduleSelect,
      resolve: (r) =>
        repaymentRecord(
          r.schedule.map((s) => ({ ...s, paidIdr: paidOf(s) })),
          new Date(),
        ),
    }),
    updates: t.relatedConnection("updates", {
      description: "News from the entrepreneur, newest first.",
      cursor: "id",
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

builder.prismaObject("RepaymentSchedule", {
  description: "One instalment of a round's repayment schedule.",
  fields: (t) => ({
    sequence: t.exposeInt("sequence", { description: "Instalment number, from 1." }),
    dueOn: t.expose("dueOn", { type: "DateTime", description: "Day it falls due (a date; time is midnight UTC)." }),
    principal: t.field({
      type: Money,
      description: "Principal part.",
      select: { principalIdr: true },
      resolve: (s) => idr(s.principalIdr),
    }),
    return: t.field({
      type: Money,
      description: "Return (interest or profit share) part.",
      select: { returnIdr: true },
      resolve: (s) => idr(s.returnIdr),
    }),
    amount: t.field({
      type: Money,
      description: "Principal plus return.",
      select: { principalIdr: true, returnIdr: true },
      resolve: (s) => idr(s.principalIdr + s.returnIdr),
    }),
    paid: t.field({
      type: Money,
      description: "Paid against this instalment so far.",
      select: { repayments: { select: { amountIdr: true } } },
      resolve: (s) => idr(paidOf(s)),
    }),
    status: t.field({
      type: InstalmentStatusEnum,
      description: "PAID, DUE, OVERDUE or UPCOMING, as of now.",
      select: { dueOn: true, principalIdr: true, returnIdr: true, repayments: { select: { amountIdr: true } } },
      resolve: (s) => instalmentStatus({ ...s, paidIdr: paidOf(s) }, new Date()),
    }),
  }),
});

/** News is read like its round: public (catalogue) once the round is open, with the draft while it is one. */
export const FundingRoundUpdateRef = builder.prismaNode("FundingRoundUpdate", {
  id: { field: "id" },
  description: "News from the entrepreneur to the round's investors (public once the round is open).",
  select: roundUpdateAuthSelect,
  authScopes: (update, ctx) => roundReaders(update.round, ctx),
  fields: (t) => ({
    title: t.exposeString("title", { description: "Headline." }),
    body: t.exposeString("body", { description: "The news." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was posted." }),
    authorName: t.string({
      description: "Who posted it (display name).",
      select: { author: { select: { name: true } } },
      resolve: (u) => u.author.name,
    }),
  }),
});

const FundingRoundFilter = builder.inputType("FundingRoundFilter", {
  description: "Narrows the list of funding rounds. All given fields must match.",
  fields: (t) => ({
    status: t.field({ type: FundingRoundStatus, required: false, description: "Only rounds with this status." }),
    villageId: t.globalID({
      required: false,
      for: [VillageRef],
      description: "Only rounds of businesses in this village.",
    }),
    instrument: t.field({ type: FundingInstrument, required: false, description: "Only rounds of this instrument." }),
  }),
});

/** Rounds not offered yet are listed only for their business owner (admins see every one). */
function visibleRounds(ctx: Context): Prisma.FundingRoundWhereInput {
  if (ctx.user?.isPlatformAdmin) return {};
  const offered: Prisma.FundingRoundWhereInput = { status: { notIn: [...NOT_YET_OFFERED] } };
  if (!ctx.user) return offered;
  return { OR: [offered, { business: { ownerId: ctx.user.id } }] };
}

builder.queryFields((t) => ({
  fundingRounds: t.prismaConnection({
    type: "FundingRound",
    cursor: "id",
    description: "Funding rounds, closing soonest first. Drafts appear only to their business owner.",
    args: { filter: t.arg({ type: FundingRoundFilter, required: false }) },
    resolve: (query, _root, { filter }, ctx) =>
      ctx.prisma.fundingRound.findMany({
        ...query,
        where: {
          AND: [
            visibleRounds(ctx),
            filter?.status ? { status: filter.status } : {},
            filter?.instrument ? { instrument: filter.instrument } : {},
            filter?.villageId ? { business: { villageId: filter.villageId.id } } : {},
          ],
        },
        orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      }),
  }),
  fundingRound: t.prismaField({
    type: "FundingRound",
    nullable: true,
    description: "A funding round by its slug (a draft only for its business owner).",
    args: { slug: t.arg.string({ validate: z.string().max(160) }) },
    resolve: (query, _root, { slug }, ctx) =>
      ctx.prisma.fundingRound.findFirst({ ...query, where: { AND: [{ slug }, visibleRounds(ctx)] } }),
  }),
}));

// The business page shows its current round and the owner's dashboard lists every round of the business;
// drafts stay visible only to those who may see them (the same rule as the top-level list).
builder.prismaObjectField("Business", "fundingRounds", (t) =>
  t.relatedConnection("fundingRounds", {
    description: "The business's funding rounds, most recently opened first. Drafts appear only to the business owner.",
    cursor: "id",
    totalCount: true,
    query: (_args, ctx) => ({ where: visibleRounds(ctx), orderBy: [{ opensAt: "desc" }, { id: "desc" }] }),
  }),
);
