import type { MembershipStatus, PrismaClient, SavingsKind } from "@desa-migran/db";

import type { SessionUser } from "../../context.ts";

/** One deposit to or withdrawal from member savings, as a printable receipt (kwitansi) shows it. */
export interface SavingsReceipt {
  entryId: string;
  receiptNumber: string;
  recordedAt: Date;
  direction: "DEPOSIT" | "WITHDRAWAL";
  kind: SavingsKind;
  amountIdr: bigint;
  channel: "CASH" | "HOUSEHOLD_WALLET";
  balanceAfterIdr: bigint;
  memberName: string;
  memberNumber: string;
  membershipId: string;
  membershipStatus: MembershipStatus;
  cooperativeName: string;
  cooperativeSlug: string;
  cooperativeLegalNumber: string;
  recordedByName: string | null;
  memo: string;
  reversed: boolean;
}

/** The receipt number: the date in WIB (UTC+7) and the end of the entry's ID, e.g. KW-20261205-3F9A1C2B. */
export function receiptNumber(entryId: string, recordedAt: Date): string {
  const wib = new Date(recordedAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10).replaceAll("-", "");
  return `KW-${wib}-${entryId.replaceAll("-", "").slice(-8).toUpperCase()}`;
}

/**
 * The receipt of a savings movement (a journal entry that moved a member's savings), for its cooperative's officers
 * (and platform admins, who pass every officer check) and the member concerned. Anyone else, or an entry that is not
 * a savings deposit or withdrawal, gets null: a receipt that is not yours looks like one that does not exist.
 */
export async function loadSavingsReceipt(
  prisma: PrismaClient,
  user: SessionUser | null,
  entryId: string,
): Promise<SavingsReceipt | null> {
  if (!user) return null;
  const entry = await prisma.journalEntry.findUnique({
    where: { id: entryId },
    include: {
      createdBy: { select: { name: true } },
      reversedBy: { select: { id: true } },
      postings: { include: { account: true }, orderBy: { id: "asc" } },
    },
  });
  // Only a deposit or withdrawal (one member's savings against cash or the wallet) has a receipt; an SHU run, which
  // credits many members at once, is on each member's statement instead.
  if (!entry?.kind.startsWith("SAVINGS_")) return null;
  const savings = entry.postings.find((p) => p.account.kind === "MEMBER_SAVINGS" && p.account.membershipId);
  if (!savings) return null;
  const membership = await prisma.membership.findUniqueOrThrow({
    where: { id: savings.account.membershipId! },
    include: { person: { select: { fullName: true } }, cooperative: true },
  });
  const allowed =
    user.isPlatformAdmin ||
    (!!user.personId && membership.personId === user.personId) ||
    !!(await prisma.cooperativeOfficer.findFirst({
      where: { cooperativeId: membership.cooperativeId, userId: user.id },
      select: { id: true },
    }));
  if (!allowed) return null;
  const counter = entry.postings.find((p) => p.id !== savings.id);
  const [after] = await prisma.$queryRaw<{ balance: bigint | null }[]>`
    SELECT sum(p."amount")::bigint AS "balance" FROM "Posting" p
    WHERE p."accountId" = ${savings.accountId}::uuid
      AND (p."createdAt", p."id") <= (${savings.createdAt}::timestamptz, ${savings.id}::uuid)`;
  return {
    entryId: entry.id,
    receiptNumber: receiptNumber(entry.id, entry.createdAt),
    recordedAt: entry.createdAt,
    direction: savings.amount > 0n ? "DEPOSIT" : "WITHDRAWAL",
    kind: savings.account.savingsKind!,
    amountIdr: savings.amount < 0n ? -savings.amount : savings.amount,
    channel: counter?.account.kind === "HOUSEHOLD_WALLET" ? "HOUSEHOLD_WALLET" : "CASH",
    balanceAfterIdr: after?.balance ?? 0n,
    memberName: membership.person.fullName,
    memberNumber: membership.memberNumber,
    membershipId: membership.id,
    membershipStatus: membership.status,
    cooperativeName: membership.cooperative.name,
    cooperativeSlug: membership.cooperative.slug,
    cooperativeLegalNumber: membership.cooperative.legalNumber,
    recordedByName: entry.createdBy?.name ?? null,
    memo: entry.memo,
    reversed: !!entry.reversedBy,
  };
}

export interface SavingsMovement {
  entryId: string;
  createdAt: Date;
  kind: SavingsKind;
  amountIdr: bigint;
  entryKind: string;
}

/** A membership's savings movements, newest first (each links to its receipt). */
export async function loadSavingsMovements(prisma: PrismaClient, membershipId: string, limit: number) {
  const postings = await prisma.posting.findMany({
    where: { account: { membershipId, kind: "MEMBER_SAVINGS" } },
    include: { account: { select: { savingsKind: true } }, entry: { select: { kind: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return postings.map((p): SavingsMovement => ({
    entryId: p.entryId,
    createdAt: p.createdAt,
    kind: p.account.savingsKind!,
    amountIdr: p.amount,
    entryKind: p.entry.kind,
  }));
}
