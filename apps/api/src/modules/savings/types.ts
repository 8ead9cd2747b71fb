import { z } from "zod";

import { builder } from "../../builder.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { readerLanguage } from "../common/text.ts";
import { MembershipRef, MembershipStatus } from "../cooperatives/types.ts";
import { JournalEntryRef, statementPeriod } from "../ledger/types.ts";
import { loadSavingsMovements, loadSavingsReceipt, type SavingsMovement, type SavingsReceipt } from "./receipt.ts";
import { savingsStatementCsv } from "./statement.ts";

export const SavingsKindEnum = builder.enumType("SavingsKind", {
  description: "Kinds of member savings.",
  values: {
    POKOK: { description: "One-time membership deposit (equity)." },
    WAJIB: { description: "Regular mandatory savings (equity)." },
    SUKARELA: { description: "Voluntary savings, withdrawable." },
  } as const,
});
export const SavingsChannel = builder.enumType("SavingsChannel", {
  description: "Where the money comes from or goes to.",
  values: {
    HOUSEHOLD_WALLET: { description: "The member's household wallet." },
    CASH: { description: "Cash at the cooperative's counter (recorded by an officer)." },
  } as const,
});

const SavingsReceiptRef = builder.objectRef<SavingsReceipt>("SavingsReceipt").implement({
  description:
    "A printable receipt (kwitansi) of one deposit to or withdrawal from member savings. Read by the cooperative's " +
    "officers and the member concerned only.",
  fields: (t) => ({
    entryId: t.globalID({
      description: "The journal entry (a JournalEntry node ID).",
      resolve: (r) => ({ type: "JournalEntry", id: r.entryId }),
    }),
    receiptNumber: t.exposeString("receiptNumber", { description: "Receipt number, e.g. KW-20261205-3F9A1C2B." }),
    recordedAt: t.expose("recordedAt", { type: "DateTime", description: "When it was recorded." }),
    direction: t.exposeString("direction", { description: "DEPOSIT or WITHDRAWAL." }),
    kind: t.expose("kind", { type: SavingsKindEnum, description: "POKOK, WAJIB or SUKARELA." }),
    amount: t.field({ type: Money, description: "The amount moved (positive).", resolve: (r) => idr(r.amountIdr) }),
    channel: t.expose("channel", { type: SavingsChannel, description: "CASH (at the counter) or HOUSEHOLD_WALLET." }),
    balanceAfter: rupiahField(
      t,
      "The member's balance of this kind of savings right after it.",
      (r) => r.balanceAfterIdr,
    ),
    memberName: t.exposeString("memberName", { description: "The member's full name." }),
    memberNumber: t.exposeString("memberNumber", { description: "The member number." }),
    membershipId: t.globalID({
      description: "The membership (a Membership node ID).",
      resolve: (r) => ({ type: "Membership", id: r.membershipId }),
    }),
    membershipStatus: t.expose("membershipStatus", { type: MembershipStatus, description: "ACTIVE or LEFT, today." }),
    cooperativeName: t.exposeString("cooperativeName", { description: "The cooperative." }),
    cooperativeSlug: t.exposeString("cooperativeSlug", { description: "The cooperative's slug." }),
    cooperativeLegalNumber: t.exposeString("cooperativeLegalNumber", { description: "Its legal entity number." }),
    recordedByName: t.exposeString("recordedByName", {
      nullable: true,
      description: "Who recorded it (the officer at the counter, or the member).",
    }),
    memo: t.exposeString("memo", { description: "What it was for." }),
    reversed: t.exposeBoolean("reversed", { description: "Whether a later entry reverses it." }),
  }),
});

builder.queryField("savingsReceipt", (t) =>
  t.field({
    type: SavingsReceiptRef,
    nullable: true,
    description:
      "The receipt of a savings deposit or withdrawal, by its journal entry; null when there is none or the caller " +
      "is neither an officer of its cooperative nor the member.",
    args: {
      entryId: t.arg.globalID({
        for: [JournalEntryRef],
        required: true,
        description: "The journal entry (JournalEntry node ID).",
      }),
    },
    resolve: (_root, { entryId }, ctx) => loadSavingsReceipt(ctx.prisma, ctx.user, entryId.id),
  }),
);

const SavingsMovementRef = builder.objectRef<SavingsMovement>("SavingsMovement").implement({
  description: "One deposit to or withdrawal from a member's savings.",
  fields: (t) => ({
    entryId: t.globalID({
      description: "Its journal entry: the key of its receipt.",
      resolve: (r) => ({ type: "JournalEntry", id: r.entryId }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was recorded." }),
    kind: t.expose("kind", { type: SavingsKindEnum, description: "POKOK, WAJIB or SUKARELA." }),
    amount: rupiahField(t, "Signed: positive a deposit, negative a withdrawal.", (r) => r.amountIdr),
    entryKind: t.exposeString("entryKind", { description: "The flow that recorded it." }),
    hasReceipt: t.boolean({
      description: "Whether it has a receipt (savingsReceipt): deposits and withdrawals do, SHU credits do not.",
      resolve: (r) => r.entryKind.startsWith("SAVINGS_"),
    }),
  }),
});

builder.prismaObjectFields(MembershipRef, (t) => ({
  savingsStatementCsv: t.string({
    description:
      "The member's savings movements (of a period, or all) as CSV for a spreadsheet, in the reader's language " +
      "(UTF-8 with a byte order mark, `;` in Indonesian, the cooperative's local time, each kind's balance after).",
    args: statementPeriod,
    select: { id: true },
    resolve: (m, args, ctx) => savingsStatementCsv(ctx.prisma, m.id, readerLanguage(ctx.request), args),
  }),
  savingsMovements: t.field({
    type: [SavingsMovementRef],
    description: "The member's savings deposits and withdrawals, newest first (at most `limit`).",
    args: { limit: t.arg.int({ required: false, defaultValue: 50, validate: z.number().int().min(1).max(200) }) },
    select: { id: true },
    resolve: (m, { limit }, ctx) => loadSavingsMovements(ctx.prisma, m.id, limit ?? 50),
  }),
}));
