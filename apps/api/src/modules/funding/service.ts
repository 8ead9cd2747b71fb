import type { FundingInstrument, Prisma, PrismaClient } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { slugify } from "../common/slug.ts";
import { type Db, withTransaction } from "../ledger/transaction.ts";
import { notifyRound } from "../messages/events.ts";
import {
  CooperativeMismatchError,
  InvalidRoundTermsError,
  InvalidRoundTransitionError,
  IssuerCapExceededError,
  RoundNotEditableError,
} from "./errors.ts";
import { NOT_YET_OFFERED, recordOpened } from "./review.ts";
import { generateLoanSchedule, wibYear } from "./schedule.ts";

type Tx = Prisma.TransactionClient;

/** POJK 57/2020: the most one issuer may raise in a year, in rupiah. */
export const ISSUER_YEARLY_CAP_IDR = 10_000_000_000n;

export interface RoundTerms {
  title: string;
  purpose: string;
  instrument: FundingInstrument;
  isPublic: boolean;
  targetIdr: bigint;
  minTicketIdr: bigint;
  maxTicketIdr: bigint;
  returnBps: number;
  tenorMonths: number;
  opensAt: Date;
  closesAt: Date;
}

/** Terms that only make sense together: 0 < min ≤ max ≤ target ≤ Rp 10 billion, and it closes after it opens. */
export function checkRoundTerms(terms: RoundTerms) {
  if (terms.targetIdr <= 0n)
    throw new InvalidRoundTermsError("targetIdr", "Target harus lebih dari nol.", "The target must be more than zero.");
  if (terms.targetIdr > ISSUER_YEARLY_CAP_IDR)
    throw new InvalidRoundTermsError(
      "targetIdr",
      "Target melebihi batas Rp 10 miliar per tahun (POJK 57/2020).",
      "The target exceeds the cap of Rp 10 billion a year (POJK 57/2020).",
    );
  if (terms.minTicketIdr <= 0n)
    throw new InvalidRoundTermsError(
      "minTicketIdr",
      "Investasi minimum harus lebih dari nol.",
      "The minimum investment must be more than zero.",
    );
  if (terms.minTicketIdr > terms.maxTicketIdr)
    throw new InvalidRoundTermsError(
      "minTicketIdr",
      "Investasi minimum tidak boleh melebihi investasi maksimum.",
      "The minimum investment cannot exceed the maximum investment.",
    );
  if (terms.maxTicketIdr > terms.targetIdr)
    throw new InvalidRoundTermsError(
      "maxTicketIdr",
      "Investasi maksimum tidak boleh melebihi target.",
      "The maximum investment cannot exceed the target.",
    );
  if (terms.closesAt.getTime() <= terms.opensAt.getTime())
    throw new InvalidRoundTermsError(
      "closesAt",
      "Tanggal tutup harus setelah tanggal buka.",
      "The closing date must be after the opening date.",
    );
}

/**
 * POJK 57/2020 issuer cap: the targets of the business's rounds opened in the same (WIB) year as this one, plus
 * this one, may not pass Rp 10 billion. Rounds not offered yet (draft or in review) are not counted, nor rounds that closed
 * underfunded (their money went back).
 */
async function checkIssuerCap(
  tx: Tx | PrismaClient,
  businessId: string,
  terms: { targetIdr: bigint; opensAt: Date },
  excludeRoundId?: string,
) {
  const { year, start, end } = wibYear(terms.opensAt);
  const used = await tx.fundingRound.aggregate({
    where: {
      businessId,
      status: { notIn: [...NOT_YET_OFFERED, "CLOSED_UNDERFUNDED"] },
      opensAt: { gte: start, lt: end },
      ...(excludeRoundId ? { id: { not: excludeRoundId } } : {}),
    },
    _sum: { targetIdr: true },
  });
  const usedIdr = used._sum.targetIdr ?? 0n;
  if (usedIdr + terms.targetIdr > ISSUER_YEARLY_CAP_IDR) {
    throw new IssuerCapExceededError(ISSUER_YEARLY_CAP_IDR, usedIdr, terms.targetIdr, year);
  }
}

async function uniqueSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title, { maxLength: 140, fallback: "putaran" });
  const taken = new Set(
    (await tx.fundingRound.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (r) => r.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Locks the business row: opening or drafting rounds of one business happen one at a time (the yearly cap). */
const lockBusiness = (tx: Tx, businessId: string) =>
  tx.$queryRaw`SELECT 1 FROM "Business" WHERE "id" = ${businessId}::uuid FOR UPDATE`;

export interface CreateRoundInput extends RoundTerms {
  businessId: string;
  cooperativeId?: string | null;
}

/** Drafts a round for a business, administered by the business's own cooperative. */
export async function createFundingRound(db: Db, input: CreateRoundInput) {
  checkRoundTerms(input);
  return withTransaction(db, async (tx) => {
    await lockBusiness(tx, input.businessId);
    const business = await tx.business.findUnique({ where: { id: input.businessId }, select: { cooperativeId: true } });
    if (!business) throw new NotFoundError("Business");
    if (!business.cooperativeId || (input.cooperativeId && input.cooperativeId !== business.cooperativeId)) {
      throw new CooperativeMismatchError();
    }
    await checkIssuerCap(tx, input.businessId, input);
    const { businessId, cooperativeId: _ignored, ...terms } = input;
    return tx.fundingRound.create({
      data: {
        ...terms,
        businessId,
        cooperativeId: business.cooperativeId,
        slug: await uniqueSlug(tx, input.title),
        status: "DRAFT",
      },
    });
  });
}

/**
 * Changes a draft's (or a returned round's) terms; the merged terms are checked as a whole. A round in review,
 * approved or open is never edited in place: what the cooperative approved is what investors see.
 */
export async function updateFundingRound(prisma: PrismaClient, roundId: string, patch: Partial<RoundTerms>) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.fundingRound.findUnique({ where: { id: roundId } });
    if (!current) throw new NotFoundError("FundingRound");
    await lockBusiness(tx, current.businessId);
    const round = await tx.fundingRound.findUniqueOrThrow({ where: { id: roundId } });
    if (round.status !== "DRAFT" && round.status !== "RETURNED") throw new RoundNotEditableError(round.status);
    const defined = Object.fromEntries(
      Object.entries(patch).filter(([, v]) => v !== undefined && v !== null),
    ) as Partial<RoundTerms>;
    const merged: RoundTerms = { ...round, ...defined };
    checkRoundTerms(merged);
    await checkIssuerCap(tx, round.businessId, merged, round.id);
    return tx.fundingRound.update({ where: { id: roundId }, data: defined });
  });
}

/**
 * Opens a round the cooperative approved (review.ts) for pledges. The issuer cap is checked again under the business
 * lock (another round may have opened since); a LOAN gets its repayment schedule now, so investors see it first.
 */
export async function openFundingRound(prisma: PrismaClient, roundId: string, userId: string | null, now = new Date()) {
  return prisma.$transaction(async (tx) => {
    const current = await tx.fundingRound.findUnique({ where: { id: roundId }, select: { businessId: true } });
    if (!current) throw new NotFoundError("FundingRound");
    await lockBusiness(tx, current.businessId);
    const round = await tx.fundingRound.findUniqueOrThrow({ where: { id: roundId } });
    if (round.status !== "APPROVED") throw new InvalidRoundTransitionError(round.status, "OPEN");
    if (round.closesAt.getTime() <= now.getTime()) {
      throw new InvalidRoundTermsError(
        "closesAt",
        "Tanggal tutup sudah lewat; ubah tanggal sebelum membuka putaran.",
        "The closing date has passed; change it before opening the round.",
      );
    }
    await checkIssuerCap(tx, round.businessId, round, round.id);
    if (round.instrument === "LOAN") {
      await tx.repaymentSchedule.deleteMany({ where: { roundId } });
      await tx.repaymentSchedule.createMany({
        data: generateLoanSchedule(round).map((row) => ({ ...row, roundId })),
      });
    }
    await recordOpened(tx, roundId, userId);
    await notifyRound(tx, roundId, "round.opened");
    return tx.fundingRound.update({ where: { id: roundId }, data: { status: "OPEN" } });
  });
}

/** News from the entrepreneur to the round's investors. */
/** What deciding who may read a round's update needs (it is read like its round). */
export const roundUpdateAuthSelect = {
  round: { select: { status: true, businessId: true, cooperativeId: true } },
} as const;

export async function postRoundUpdate(
  prisma: PrismaClient,
  input: { roundId: string; title: string; body: string },
  authorId: string,
) {
  const round = await prisma.fundingRound.findUnique({ where: { id: input.roundId }, select: { id: true } });
  if (!round) throw new NotFoundError("FundingRound");
  return prisma.fundingRoundUpdate.create({
    data: { roundId: input.roundId, authorId, title: input.title, body: input.body },
    include: roundUpdateAuthSelect,
  });
}

export interface RoundTotals {
  raisedIdr: bigint;
  investorCount: number;
  targetIdr: bigint;
}

/** Raised amount (ACTIVE pledges) and distinct investing households of many rounds, in one query. */
export async function loadRoundTotals(prisma: PrismaClient, roundIds: readonly string[]): Promise<RoundTotals[]> {
  const ids = [...roundIds];
  const rows = await prisma.$queryRaw<{ id: string; targetIdr: bigint; raised: bigint | null; investors: bigint }[]>`
    SELECT r."id"::text AS "id", r."targetIdr",
           sum(p."amountIdr")::bigint AS "raised", count(DISTINCT p."householdId") AS "investors"
    FROM "FundingRound" r LEFT JOIN "Pledge" p ON p."roundId" = r."id" AND p."status" = 'ACTIVE'
    WHERE r."id" = ANY(${ids}::uuid[])
    GROUP BY r."id", r."targetIdr"`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    return {
      raisedIdr: row?.raised != null ? BigInt(row.raised) : 0n,
      investorCount: Number(row?.investors ?? 0),
      targetIdr: row ? BigInt(row.targetIdr) : 0n,
    };
  });
}
