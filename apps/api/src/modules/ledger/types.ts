import { resolveOffsetConnection } from "@pothos/plugin-relay";

import { builder } from "../../builder.ts";
import { idr, Money } from "../common/money.ts";
import { readerLanguage } from "../common/text.ts";
import { accountTimeZone, loadStatement, statementCsv, type StatementLine } from "./statement.ts";
import { describeLine } from "./statement-words.ts";

export const AccountKind = builder.enumType("AccountKind", {
  description: "What an account holds.",
  values: [
    "EXTERNAL",
    "HOUSEHOLD_WALLET",
    "MEMBER_SAVINGS",
    "COOPERATIVE_CAPITAL",
    "COOPERATIVE_RESERVE",
    "COOPERATIVE_SURPLUS",
    "COOPERATIVE_FUND",
    "COOPERATIVE_FEE_INCOME",
    "BUSINESS_OPERATING",
    "ROUND_ESCROW",
    "INVESTOR_POSITION",
    "BUYER_IN_TRANSIT",
    "PLATFORM_FEE_INCOME",
  ] as const,
});

const StatementLineRef = builder.objectRef<StatementLine>("StatementLine").implement({
  description: "One line of an account statement.",
  fields: (t) => ({
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was posted." }),
    amount: t.field({ type: Money, description: "Signed amount (IDR).", resolve: (l) => idr(l.amount) }),
    balance: t.field({ type: Money, description: "Balance after this line.", resolve: (l) => idr(l.runningBalance) }),
    memo: t.exposeString("memo", { description: "What it was for, as recorded when the money moved (Indonesian)." }),
    kind: t.exposeString("kind", { description: "The flow that posted it (a code, for programs)." }),
    description: t.string({
      description:
        'The line in words, in the reader\'s language (Accept-Language): e.g. "Kiriman dari Taiwan lewat aplikasi".',
      resolve: (l, _args, ctx) => describeLine(l, readerLanguage(ctx.request)),
    }),
  }),
});

/** The period arguments of a statement: both optional, `until` excluded. */
export const statementPeriod = builder.args((t) => ({
  from: t.field({ type: "DateTime", required: false, description: "Only movements at or after this instant." }),
  until: t.field({ type: "DateTime", required: false, description: "Only movements before this instant." }),
}));

/**
 * A ledger account. Who may read it follows its owner: the household, the member or the cooperative's officers,
 * the business owner, the round's cooperative officers; platform accounts only admins.
 */
export const AccountRef = builder.prismaNode("Account", {
  id: { field: "id" },
  description: "A ledger account; its balance is the sum of its postings.",
  select: {
    householdId: true,
    membershipId: true,
    cooperativeId: true,
    businessId: true,
    membership: { select: { cooperativeId: true } },
    round: { select: { cooperativeId: true } },
  },
  authScopes: (a) => {
    if (a.householdId) return { householdMember: a.householdId };
    if (a.membershipId) return { member: a.membershipId, cooperativeOfficer: a.membership!.cooperativeId };
    if (a.cooperativeId) return { cooperativeOfficer: a.cooperativeId };
    if (a.businessId) return { businessOwner: a.businessId };
    if (a.round) return { cooperativeOfficer: a.round.cooperativeId };
    return { admin: true };
  },
  fields: (t) => ({
    name: t.exposeString("name", { description: "What the account is, in Bahasa Indonesia." }),
    kind: t.expose("kind", { type: AccountKind, description: "What it holds." }),
    savingsKind: t.exposeString("savingsKind", {
      nullable: true,
      description: "POKOK, WAJIB or SUKARELA for member savings.",
    }),
    balance: t.field({
      type: Money,
      description: "Current balance.",
      select: { balance: true, currency: true },
      resolve: (a) => ({ amount: a.balance, currency: a.currency }),
    }),
    statement: t.connection({
      type: StatementLineRef,
      description: "Movements newest first, each with the balance after it; optionally of a period only.",
      select: { id: true },
      args: statementPeriod,
      resolve: (a, args, ctx) =>
        resolveOffsetConnection({ args, defaultSize: 50, maxSize: 100 }, ({ offset, limit }) =>
          loadStatement(ctx.prisma, a.id, args, offset, limit),
        ),
    }),
    timeZone: t.string({
      description: "The local time of the account's village, in which its statement is dated: WIB, WITA or WIT.",
      select: { id: true },
      resolve: async (a, _args, ctx) => (await accountTimeZone(ctx.prisma, a.id)).label,
    }),
    statementCsv: t.string({
      description:
        "The statement (of a period, or whole) as CSV for a spreadsheet, in the reader's language: UTF-8 with a byte " +
        "order mark, `;`-separated in Indonesian and `,` in English, the village's local time, lines in words, " +
        "newest first.",
      select: { id: true },
      args: statementPeriod,
      resolve: (a, args, ctx) => statementCsv(ctx.prisma, a.id, readerLanguage(ctx.request), args),
    }),
    postings: t.relatedConnection("postings", {
      description: "Movements, newest first.",
      cursor: "id",
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

builder.prismaObject("Posting", {
  description: "One movement on an account: positive adds to its balance, negative takes from it.",
  fields: (t) => ({
    amount: t.field({
      type: Money,
      description: "Signed amount.",
      select: { amount: true, currency: true },
      resolve: (p) => ({ amount: p.amount, currency: p.currency }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was posted." }),
    memo: t.string({
      description: "What the entry was for.",
      select: { entry: { select: { memo: true } } },
      resolve: (p) => p.entry.memo,
    }),
    entryKind: t.string({
      description: "The flow that posted it.",
      select: { entry: { select: { kind: true } } },
      resolve: (p) => p.entry.kind,
    }),
  }),
});

export const JournalEntryRef = builder.prismaNode("JournalEntry", {
  id: { field: "id" },
  description: "A balanced set of postings recorded together. Never edited; corrected by a reversing entry.",
  select: { createdById: true },
  authScopes: (e) => (e.createdById ? { self: e.createdById } : { admin: true }),
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "The flow that recorded it." }),
    memo: t.exposeString("memo", { description: "What it was for." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded." }),
    reversed: t.boolean({
      description: "Whether a later entry reverses it.",
      select: { reversedBy: { select: { id: true } } },
      resolve: (e) => !!e.reversedBy,
    }),
  }),
});
