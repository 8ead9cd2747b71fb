import type { AccountKind, MeetingCallers, Prisma, PrismaClient, SavingsKind } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import {
  AlreadyMemberError,
  MemberNumberTakenError,
  MembershipAlreadyEndedError,
  PersonNotInVillageError,
} from "./errors.ts";

/**
 * The next member number after the highest one in use: keeps the prefix and zero padding of that number
 * ("JTY-0041" → "JTY-0042"); "0001" for a cooperative without members.
 */
export function nextMemberNumber(existing: readonly string[]): string {
  let best: { prefix: string; digits: string; value: bigint } | null = null;
  for (const number of existing) {
    const match = /^(.*?)([0-9]+)$/.exec(number);
    if (!match) continue;
    const value = BigInt(match[2]!);
    if (!best || value > best.value) best = { prefix: match[1]!, digits: match[2]!, value };
  }
  if (!best) return "0001";
  return `${best.prefix}${String(best.value + 1n).padStart(best.digits.length, "0")}`;
}

export interface AddMemberInput {
  cooperativeId: string;
  personId: string;
  memberNumber?: string | null;
}

/**
 * Admits a person of the cooperative's village as a member. Without a member number the next one is taken;
 * the cooperative row is locked so two admissions at once cannot pick the same number.
 */
export async function addMember(prisma: PrismaClient, input: AddMemberInput) {
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Cooperative" WHERE "id" = ${input.cooperativeId}::uuid FOR UPDATE`;
      const cooperative = await tx.cooperative.findUnique({
        where: { id: input.cooperativeId },
        select: { villageId: true },
      });
      if (!cooperative) throw new NotFoundError("Cooperative");
      const person = await tx.person.findUnique({ where: { id: input.personId }, select: { villageId: true } });
      if (!person) throw new NotFoundError("Person");
      if (person.villageId !== cooperative.villageId) throw new PersonNotInVillageError();
      const existing = await tx.membership.findUnique({
        where: { cooperativeId_personId: { cooperativeId: input.cooperativeId, personId: input.personId } },
        select: { memberNumber: true, status: true },
      });
      if (existing) throw new AlreadyMemberError(existing.memberNumber, existing.status);
      let memberNumber = input.memberNumber ?? null;
      if (memberNumber) {
        const taken = await tx.membership.findUnique({
          where: { cooperativeId_memberNumber: { cooperativeId: input.cooperativeId, memberNumber } },
          select: { id: true },
        });
        if (taken) throw new MemberNumberTakenError(memberNumber);
      } else {
        const numbers = await tx.membership.findMany({
          where: { cooperativeId: input.cooperativeId },
          select: { memberNumber: true },
        });
        memberNumber = nextMemberNumber(numbers.map((n) => n.memberNumber));
      }
      return tx.membership.create({
        data: { cooperativeId: input.cooperativeId, personId: input.personId, memberNumber },
      });
    });
  } catch (error) {
    // Backstops for the unique indexes, should a writer bypass the lock.
    if (isUniqueViolation(error, /personId/)) throw new AlreadyMemberError(input.memberNumber ?? "?", "ACTIVE");
    if (isUniqueViolation(error, /memberNumber/)) throw new MemberNumberTakenError(input.memberNumber ?? "?");
    throw error;
  }
}

/** Ends a membership (status LEFT). The row stays: votes, savings and SHU history point at it. */
export async function endMembership(prisma: PrismaClient, membershipId: string, now = new Date()) {
  const { count } = await prisma.membership.updateMany({
    where: { id: membershipId, status: "ACTIVE" },
    data: { status: "LEFT", leftAt: now },
  });
  if (count === 0) {
    const exists = await prisma.membership.findUnique({ where: { id: membershipId }, select: { id: true } });
    if (!exists) throw new NotFoundError("Membership");
    throw new MembershipAlreadyEndedError();
  }
  return prisma.membership.findUniqueOrThrow({ where: { id: membershipId } });
}

export interface LedgerSummary {
  cooperativeId: string;
  byKind: Map<AccountKind, bigint>;
  memberSavings: Map<SavingsKind, bigint>;
  /** The year's surplus (SHU) distributed by posted runs that were not reversed, over all fiscal years. */
  shuDistributed: bigint;
  /** Of that, what runs adopted by a carried RAT motion distributed. */
  shuDistributedAdopted: bigint;
}

/**
 * Aggregated balances of many cooperatives in two queries: the cooperative's own accounts by kind, and its
 * members' savings accounts summed per savings kind (reached through the membership, never per person).
 */
export async function loadLedgerSummaries(
  prisma: PrismaClient | Prisma.TransactionClient,
  cooperativeIds: readonly string[],
) {
  const ids = [...cooperativeIds];
  const [own, savings, shu] = await Promise.all([
    prisma.account.groupBy({
      by: ["cooperativeId", "kind"],
      where: { cooperativeId: { in: ids }, kind: { not: "MEMBER_SAVINGS" }, currency: "IDR" },
      _sum: { balance: true },
    }),
    prisma.$queryRaw<{ cooperativeId: string; savingsKind: SavingsKind; total: bigint }[]>`
      SELECT m."cooperativeId"::text AS "cooperativeId", a."savingsKind"::text AS "savingsKind", sum(a."balance")::bigint AS "total"
      FROM "Account" a JOIN "Membership" m ON m."id" = a."membershipId"
      WHERE a."kind" = 'MEMBER_SAVINGS' AND a."currency" = 'IDR' AND a."savingsKind" IS NOT NULL
        AND m."cooperativeId" = ANY(${ids}::uuid[])
      GROUP BY 1, 2`,
    prisma.shuRun.groupBy({
      by: ["cooperativeId", "motionId"],
      where: { cooperativeId: { in: ids }, reversalEntryId: null },
      _sum: { surplusIdr: true },
    }),
  ]);
  const summaries = new Map<string, LedgerSummary>(
    ids.map((id) => [
      id,
      { cooperativeId: id, byKind: new Map(), memberSavings: new Map(), shuDistributed: 0n, shuDistributedAdopted: 0n },
    ]),
  );
  for (const row of shu) {
    const summary = summaries.get(row.cooperativeId);
    if (!summary) continue;
    summary.shuDistributed += row._sum.surplusIdr ?? 0n;
    if (row.motionId) summary.shuDistributedAdopted += row._sum.surplusIdr ?? 0n;
  }
  for (const row of own) summaries.get(row.cooperativeId!)?.byKind.set(row.kind, row._sum.balance ?? 0n);
  for (const row of savings) summaries.get(row.cooperativeId)?.memberSavings.set(row.savingsKind, BigInt(row.total));
  return ids.map((id) => summaries.get(id)!);
}

/** The by-law columns, read together wherever the by-laws are shown or changed. */
export const BYLAW_FIELDS = {
  quorumPct: true,
  majorityPct: true,
  meetingCallers: true,
  equityRefundOnLeaving: true,
  fundingMaxTargetIdr: true,
  fundingMaxReturnBps: true,
  autoCompleteDays: true,
} as const;

export interface BylawsInput {
  quorumPct?: number | null;
  majorityPct?: number | null;
  meetingCallers?: MeetingCallers | null;
  equityRefundOnLeaving?: boolean | null;
  fundingMaxTargetIdr?: bigint | null;
  fundingMaxReturnBps?: number | null;
  autoCompleteDays?: number | null;
}

/**
 * Changes the by-laws' meeting rules (only the fields given), and writes the change to the audit log with the
 * values before and after. Ranges are checked by the input and by the database (CHECK constraints).
 */
export async function updateBylaws(prisma: PrismaClient, cooperativeId: string, input: BylawsInput, actorId: string) {
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Cooperative" WHERE "id" = ${cooperativeId}::uuid FOR UPDATE`;
    const select = BYLAW_FIELDS;
    const before = await tx.cooperative.findUnique({ where: { id: cooperativeId }, select });
    if (!before) throw new NotFoundError("Cooperative");
    const data = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== null && v !== undefined),
    ) as Prisma.CooperativeUpdateInput;
    const cooperative = await tx.cooperative.update({ where: { id: cooperativeId }, data });
    // Money goes to the audit log as a string (JSON has no bigint).
    const json = (row: Record<string, unknown>): Prisma.InputJsonObject =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? v.toString() : (v as Prisma.InputJsonValue)]),
      );
    const after = json(Object.fromEntries(Object.keys(select).map((k) => [k, cooperative[k as keyof typeof select]])));
    await tx.auditLog.create({
      data: {
        actorUserId: actorId,
        action: "cooperative.bylaws.update",
        targetType: "Cooperative",
        targetId: cooperativeId,
        data: { before: json(before), after },
      },
    });
    return cooperative;
  });
}

/**
 * Sets (or with null removes) the phone buyers and sellers reach the cooperative on, already normalised to E.164 by
 * the input; written to the audit log with the number before and after.
 */
export async function setCooperativeContactPhone(
  prisma: PrismaClient,
  cooperativeId: string,
  contactPhone: string | null,
  actorId: string,
) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.cooperative.findUnique({ where: { id: cooperativeId }, select: { contactPhone: true } });
    if (!before) throw new NotFoundError("Cooperative");
    const cooperative = await tx.cooperative.update({ where: { id: cooperativeId }, data: { contactPhone } });
    await tx.auditLog.create({
      data: {
        actorUserId: actorId,
        action: "cooperative.contact.update",
        targetType: "Cooperative",
        targetId: cooperativeId,
        data: { before: { contactPhone: before.contactPhone }, after: { contactPhone } },
      },
    });
    return cooperative;
  });
}
