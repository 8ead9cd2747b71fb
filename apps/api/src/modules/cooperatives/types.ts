import type { SavingsKind } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import { keyScoped } from "../auth/scopes.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { readerLanguage } from "../common/text.ts";
import { bilingual } from "../common/validation.ts";
import { VillageRef } from "../geography/types.ts";
import { membersCsv } from "./members-csv.ts";
import { BYLAW_FIELDS, type LedgerSummary, loadLedgerSummaries } from "./service.ts";

export const MembershipStatus = builder.enumType("MembershipStatus", {
  description: "Whether a membership is current.",
  values: {
    ACTIVE: { description: "A current member: votes at members' meetings and pays simpanan wajib." },
    LEFT: { description: "Has left the cooperative; the record is kept." },
  } as const,
});

interface SavingsBalancesShape {
  pokok: bigint;
  wajib: bigint;
  sukarela: bigint;
}

const sumByKind = (rows: readonly { savingsKind: SavingsKind | null; balance: bigint }[]): SavingsBalancesShape => {
  const out = { pokok: 0n, wajib: 0n, sukarela: 0n };
  for (const row of rows) {
    if (row.savingsKind === "POKOK") out.pokok += row.balance;
    else if (row.savingsKind === "WAJIB") out.wajib += row.balance;
    else if (row.savingsKind === "SUKARELA") out.sukarela += row.balance;
  }
  return out;
};

/** Savings balances per kind, read from the ledger's MEMBER_SAVINGS accounts. */
export const SavingsBalances = builder.objectRef<SavingsBalancesShape>("SavingsBalances").implement({
  description: "Member savings by kind (simpanan pokok, wajib, sukarela), from the ledger.",
  fields: (t) => ({
    pokok: rupiahField(t, "Simpanan pokok: the one-time membership deposit (equity).", (s) => s.pokok),
    wajib: rupiahField(t, "Simpanan wajib: regular mandatory savings (equity).", (s) => s.wajib),
    sukarela: rupiahField(t, "Simpanan sukarela: voluntary, withdrawable savings.", (s) => s.sukarela),
    total: rupiahField(t, "All three together.", (s) => s.pokok + s.wajib + s.sukarela),
  }),
});

const ShuPolicy = builder
  .objectRef<{
    shuReservePct: number;
    shuMembersPct: number;
    shuBoardPct: number;
    shuStaffPct: number;
    shuEducationPct: number;
    shuSocialPct: number;
    shuJuaPctOfMembers: number;
  }>("ShuPolicy")
  .implement({
    description: "How the year's surplus (SHU) is split, as set in the by-laws. The six percentages sum to 100.",
    fields: (t) => ({
      reservePct: t.exposeInt("shuReservePct", { description: "Percent to the reserve (cadangan)." }),
      membersPct: t.exposeInt("shuMembersPct", { description: "Percent to members (jasa anggota)." }),
      boardPct: t.exposeInt("shuBoardPct", { description: "Percent to the board (pengurus)." }),
      staffPct: t.exposeInt("shuStaffPct", { description: "Percent to staff (karyawan)." }),
      educationPct: t.exposeInt("shuEducationPct", { description: "Percent to the education fund." }),
      socialPct: t.exposeInt("shuSocialPct", { description: "Percent to the social fund." }),
      juaPctOfMembers: t.exposeInt("shuJuaPctOfMembers", {
        description: "Within the members' share: percent split by each member's transactions (JUA).",
      }),
      jmaPctOfMembers: t.int({
        description: "Within the members' share: percent split by each member's savings (JMA).",
        resolve: (p) => 100 - p.shuJuaPctOfMembers,
      }),
    }),
  });

export const MeetingCallers = builder.enumType("MeetingCallers", {
  description: "Who the by-laws let call a members' meeting.",
  values: {
    OFFICERS: { description: "The board (pengurus) only." },
    OFFICERS_AND_MEMBERS: { description: "The board, or any active member." },
  } as const,
});

const CooperativeBylaws = builder
  .objectRef<{
    quorumPct: number;
    majorityPct: number;
    meetingCallers: "OFFICERS" | "OFFICERS_AND_MEMBERS";
    equityRefundOnLeaving: boolean;
    fundingMaxTargetIdr: bigint;
    fundingMaxReturnBps: number;
    autoCompleteDays: number;
  }>("CooperativeBylaws")
  .implement({
    description:
      "The by-laws' rules for members' meetings, members who leave and the funding rounds the cooperative " +
      "administers (public, like the by-laws).",
    fields: (t) => ({
      quorumPct: t.exposeInt("quorumPct", {
        description:
          "Quorum: a meeting decides only when MORE than this percentage of active members are present (0-99). " +
          "A meeting closed without quorum decides nothing.",
      }),
      majorityPct: t.exposeInt("majorityPct", {
        description:
          "A motion carries when YES votes are more than this percentage of the YES and NO votes cast (50-99; " +
          "50 = simple majority).",
      }),
      meetingCallers: t.expose("meetingCallers", { type: MeetingCallers, description: "Who may call a meeting." }),
      equityRefundOnLeaving: t.exposeBoolean("equityRefundOnLeaving", {
        description: "Whether a member who leaves gets their simpanan pokok and wajib back.",
      }),
      fundingMaxTarget: rupiahField(
        t,
        "The largest target of one funding round the cooperative approves.",
        (b) => b.fundingMaxTargetIdr,
      ),
      fundingMaxReturnBps: t.exposeInt("fundingMaxReturnBps", {
        description:
          "The highest return (profit share or yearly rate) a round it approves may promise, in basis points.",
      }),
      autoCompleteDays: t.exposeInt("autoCompleteDays", {
        description:
          "A shipped order the buyer has not confirmed completes by itself (and its seller is paid) this many days " +
          "after shipping (1-30, default 7).",
      }),
    }),
  });

const CooperativeLedgerSummary = builder.objectRef<LedgerSummary>("CooperativeLedgerSummary").implement({
  description: "The cooperative's books in aggregate: totals per kind of account, never a person's balance.",
  fields: (t) => {
    const total = (kind: Parameters<LedgerSummary["byKind"]["get"]>[0], description: string) =>
      t.field({ type: Money, description, resolve: (s) => idr(s.byKind.get(kind) ?? 0n) });
    return {
      capital: total("COOPERATIVE_CAPITAL", "Cooperative capital (modal) outside members' savings."),
      reserve: total("COOPERATIVE_RESERVE", "Reserve (dana cadangan)."),
      surplus: total(
        "COOPERATIVE_SURPLUS",
        "Surplus (SHU) booked in but not yet distributed; zero after every SHU run.",
      ),
      shuDistributed: rupiahField(
        t,
        "Surplus (SHU) distributed by posted SHU runs that were not reversed, over all fiscal years.",
        (s) => s.shuDistributed,
      ),
      shuDistributedAdoptedByRat: t.field({
        type: Money,
        description:
          "Of shuDistributed, what runs adopted by a RAT motion distributed (the rest was posted before runs " +
          "needed the RAT's adopted report). Say 'approved by the RAT' only for this part.",
        resolve: (s) => idr(s.shuDistributedAdopted),
      }),
      funds: total("COOPERATIVE_FUND", "Board, staff, education and social funds together."),
      feeIncome: total("COOPERATIVE_FEE_INCOME", "Marketplace fee income."),
      memberSavings: t.field({
        type: SavingsBalances,
        description: "Members' savings summed over all members, per kind.",
        resolve: (s) => ({
          pokok: s.memberSavings.get("POKOK") ?? 0n,
          wajib: s.memberSavings.get("WAJIB") ?? 0n,
          sukarela: s.memberSavings.get("SUKARELA") ?? 0n,
        }),
      }),
    };
  },
});

const MembershipFilter = builder.inputType("MembershipFilter", {
  description: "Narrows a cooperative's member list. All given fields must match.",
  fields: (t) => ({
    status: t.field({ type: MembershipStatus, required: false, description: "Only members with this status." }),
    search: t.string({
      required: false,
      description: "Part of the member's name or member number.",
      validate: z
        .string()
        .trim()
        .max(100, bilingual("Kata pencarian paling banyak 100 karakter.", "Search words: at most 100 characters.")),
    }),
  }),
});

export const CooperativeRef = builder.prismaNode("Cooperative", {
  id: { field: "id" },
  authScopes: (_cooperative, ctx) => keyScoped(ctx, "catalog:read", true),
  description: "A village cooperative (koperasi): members' savings, the marketplace, and funding rounds.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "URL-friendly unique name." }),
    name: t.exposeString("name", { description: "Registered name." }),
    legalNumber: t.exposeString("legalNumber", { description: "Legal entity (badan hukum) number." }),
    description: t.exposeString("description", { description: "About the cooperative." }),
    foundedAt: t.expose("foundedAt", { type: "DateTime", description: "Date of founding." }),
    village: t.relation("village", { description: "Its village." }),
    simpananPokok: t.field({
      type: Money,
      description: "One-time membership deposit (simpanan pokok).",
      select: { simpananPokokIdr: true },
      resolve: (c) => idr(c.simpananPokokIdr),
    }),
    simpananWajib: t.field({
      type: Money,
      description: "Monthly mandatory savings (simpanan wajib).",
      select: { simpananWajibIdr: true },
      resolve: (c) => idr(c.simpananWajibIdr),
    }),
    memberCount: t.relationCount("memberships", {
      description: "Number of active members.",
      where: { status: "ACTIVE" },
    }),
    businesses: t.relatedConnection("businesses", {
      description: "Businesses selling through the cooperative.",
      cursor: "id",
      query: { where: { status: "ACTIVE" }, orderBy: { name: "asc" } },
    }),
    shuPolicy: t.field({
      type: ShuPolicy,
      description: "The by-laws' split of the yearly surplus (SHU).",
      select: {
        shuReservePct: true,
        shuMembersPct: true,
        shuBoardPct: true,
        shuStaffPct: true,
        shuEducationPct: true,
        shuSocialPct: true,
        shuJuaPctOfMembers: true,
      },
      resolve: (c) => c,
    }),
    bylaws: t.field({
      type: CooperativeBylaws,
      description:
        "The by-laws' rules for members' meetings (quorum, majority, who calls them), for leaving, and the limits " +
        "of the funding rounds it approves.",
      select: BYLAW_FIELDS,
      resolve: (c) => c,
    }),
    ledgerSummary: t.loadable({
      type: CooperativeLedgerSummary,
      description: "Totals of the cooperative's books per kind of account (public; aggregates only).",
      load: (ids: string[], ctx) => loadLedgerSummaries(ctx.prisma, ids),
      resolve: (c) => c.id,
    }),
    membersCsv: t.string({
      description:
        "The member register with each member's savings per kind, as CSV for a spreadsheet in the reader's " +
        "language. Officers of this cooperative only; null to anyone else.",
      nullable: true,
      authScopes: (c) => ({ cooperativeOfficer: c.id }),
      // The cooperative itself is public: to others this one field is simply absent, not an error on the node.
      unauthorizedResolver: () => null,
      select: { id: true },
      resolve: (c, _args, ctx) => membersCsv(ctx.prisma, c.id, readerLanguage(ctx.request)),
    }),
    members: t.relatedConnection("memberships", {
      description: "Members, by member number. Officers of this cooperative only.",
      authScopes: (c) => ({ cooperativeOfficer: c.id }),
      cursor: "id",
      totalCount: true,
      args: { filter: t.arg({ type: MembershipFilter, required: false }) },
      query: ({ filter }) => ({
        where: {
          ...(filter?.status ? { status: filter.status } : {}),
          ...(filter?.search
            ? {
                OR: [
                  { memberNumber: { contains: filter.search, mode: "insensitive" as const } },
                  { person: { fullName: { contains: filter.search, mode: "insensitive" as const } } },
                ],
              }
            : {}),
        },
        orderBy: [{ memberNumber: "asc" as const }, { id: "asc" as const }],
      }),
    }),
  }),
});

/** A membership is personal data: the member themself and the cooperative's officers may read it. */
export const MembershipRef = builder.prismaNode("Membership", {
  id: { field: "id" },
  description: "A person's membership in a cooperative. Personal data: the member and the cooperative's officers only.",
  select: { id: true, cooperativeId: true },
  authScopes: (m) => ({ member: m.id, cooperativeOfficer: m.cooperativeId }),
  fields: (t) => ({
    memberNumber: t.exposeString("memberNumber", { description: "Member number, unique within the cooperative." }),
    status: t.expose("status", { type: MembershipStatus, description: "ACTIVE or LEFT." }),
    joinedAt: t.expose("joinedAt", { type: "DateTime", description: "When the person joined." }),
    leftAt: t.expose("leftAt", {
      type: "DateTime",
      nullable: true,
      description: "When the membership ended, if it has.",
    }),
    fullName: t.string({
      description: "The member's full name.",
      select: { person: { select: { fullName: true } } },
      resolve: (m) => m.person.fullName,
    }),
    cooperative: t.relation("cooperative", { description: "The cooperative." }),
    savings: t.field({
      type: SavingsBalances,
      description: "The member's savings balances per kind, from the ledger.",
      select: { accounts: { where: { kind: "MEMBER_SAVINGS" }, select: { savingsKind: true, balance: true } } },
      resolve: (m) => sumByKind(m.accounts),
    }),
  }),
});

const CooperativeFilter = builder.inputType("CooperativeFilter", {
  description: "Narrows a list of cooperatives.",
  fields: (t) => ({
    villageId: t.globalID({
      required: false,
      for: [VillageRef],
      description: "Only the cooperatives of this village.",
    }),
  }),
});

builder.queryFields((t) => ({
  cooperatives: t.prismaConnection({
    type: "Cooperative",
    cursor: "id",
    description: "Village cooperatives, by name.",
    args: { filter: t.arg({ type: CooperativeFilter, required: false }) },
    resolve: (query, _root, { filter }, ctx) =>
      ctx.prisma.cooperative.findMany({
        ...query,
        where: filter?.villageId ? { villageId: filter.villageId.id } : {},
        orderBy: [{ name: "asc" }, { id: "asc" }],
      }),
  }),
  cooperative: t.prismaField({
    type: "Cooperative",
    nullable: true,
    description: "A cooperative by its slug.",
    args: { slug: t.arg.string({ validate: z.string().max(120) }) },
    resolve: (query, _root, { slug }, ctx) => ctx.prisma.cooperative.findUnique({ ...query, where: { slug } }),
  }),
  viewerMemberships: t.prismaField({
    type: ["Membership"],
    description: "The signed-in user's own cooperative memberships (empty when the account has no person).",
    authScopes: { loggedIn: true },
    // Matched through the person's user, so an account without a person simply finds none.
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.membership.findMany({
        ...query,
        where: { person: { user: { id: ctx.user!.id } } },
        orderBy: { joinedAt: "asc" },
      }),
  }),
}));

builder.prismaObjectFields("User", (t) => ({
  memberships: t.field({
    type: [MembershipRef],
    description: "Cooperative memberships of the user's person.",
    // Planned into the user's own query (through their person), so the header costs no statement for it.
    select: (_args, _ctx, nestedSelection) => ({
      person: { select: { memberships: nestedSelection({ orderBy: { joinedAt: "asc" as const } }) } },
    }),
    resolve: (user) => user.person?.memberships ?? [],
  }),
}));
