import type { Prisma, RepaymentKind } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { accounts } from "../ledger/accounts.ts";
import { postEntry } from "../ledger/service.ts";
import { splitProRata } from "../ledger/split.ts";
import { type BookingOptions, type Db, runMoneyFlow } from "../ledger/transaction.ts";
import { notifyRound } from "../messages/events.ts";
import { yearlyInvestmentCap } from "./caps.ts";
import { CURRENT_DISCLOSURE } from "./disclosure.ts";
import {
  DisclosureNotAcceptedError,
  IncomeNotDeclaredError,
  InvalidRoundStateError,
  InvestmentCapExceededError,
  MembersOnlyRoundError,
  RoundNotOpenError,
  RoundOversubscribedError,
  TicketOutOfRangeError,
} from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** Locks the round row for the rest of the transaction: pledges to one round are decided one at a time. */
async function lockRound(tx: Tx, roundId: string) {
  await tx.$queryRaw`SELECT 1 FROM "FundingRound" WHERE "id" = ${roundId}::uuid FOR UPDATE`;
  const round = await tx.fundingRound.findUnique({ where: { id: roundId }, include: { business: true } });
  if (!round) throw new NotFoundError("FundingRound");
  return round;
}

const sumActive = async (tx: Tx, where: Prisma.PledgeWhereInput) =>
  (await tx.pledge.aggregate({ where: { ...where, status: "ACTIVE" }, _sum: { amountIdr: true } }))._sum.amountIdr ??
  0n;

/**
 * A household's OJK cap this calendar year: its limit from the declared income, what its active pledges to public
 * rounds since 1 January already use, and what remains. Null when no income is declared (no public pledge then).
 */
export async function capUse(
  tx: Tx,
  household: { id: string; declaredAnnualIncomeIdr: bigint | null },
  now = new Date(),
): Promise<{ year: number; limitIdr: bigint; usedIdr: bigint; remainingIdr: bigint } | null> {
  if (household.declaredAnnualIncomeIdr === null) return null;
  const limitIdr = yearlyInvestmentCap(household.declaredAnnualIncomeIdr);
  const year = now.getUTCFullYear();
  const usedIdr = await sumActive(tx, {
    householdId: household.id,
    round: { isPublic: true },
    createdAt: { gte: new Date(Date.UTC(year, 0, 1)) },
  });
  return { year, limitIdr, usedIdr, remainingIdr: usedIdr >= limitIdr ? 0n : limitIdr - usedIdr };
}

export interface PledgeInput {
  roundId: string;
  householdId: string;
  amountIdr: bigint;
  idempotencyKey: string;
  /** The risk statement version the family read and accepted: must be the one in force (CURRENT_DISCLOSURE). */
  acceptedDisclosureVersion: string | null;
}

/**
 * A household invests savings in an open round: wallet -> round escrow. A round not marked public is cooperative
 * capital among members: only a household with an active member of the round's cooperative may pledge. Under the
 * round's and the household's row locks: the household's total in the round stays within the min/max ticket, the
 * round never exceeds its target, and for public rounds the household's public-round pledges this calendar year stay
 * within the OJK cap, however many pledges run at once.
 * Reaching the target marks the round FUNDED. The pledge is booked at `now` (the present, except in the demo seed).
 * The family must have accepted the risk statement in force; the pledge records its version.
 */
export async function pledge(prisma: Db, input: PledgeInput, actorId: string, now = new Date()) {
  const key = `pledge:${input.idempotencyKey}`;
  return runMoneyFlow(prisma, async (tx) => {
    const replay = await tx.journalEntry.findUnique({ where: { idempotencyKey: key }, include: { pledge: true } });
    if (replay?.pledge) {
      // Same key: the first result, or a conflict if the parameters differ (postEntry decides).
      await postEntry(tx, { idempotencyKey: key, kind: "PLEDGE", request: input, postings: [] });
      return replay.pledge;
    }
    if (input.acceptedDisclosureVersion !== CURRENT_DISCLOSURE.version)
      throw new DisclosureNotAcceptedError(CURRENT_DISCLOSURE.version, input.acceptedDisclosureVersion || null);
    const round = await lockRound(tx, input.roundId);
    if (round.status !== "OPEN" || now < round.opensAt || now >= round.closesAt)
      throw new RoundNotOpenError(round.status);
    // The household's row too (always after the round's, so two locks never wait on each other in a cycle): the
    // OJK cap spans every round, so two pledges to two rounds must also be decided one at a time.
    await tx.$queryRaw`SELECT 1 FROM "Household" WHERE "id" = ${input.householdId}::uuid FOR UPDATE`;
    const household = await tx.household.findUnique({ where: { id: input.householdId } });
    if (!household) throw new NotFoundError("Household");
    if (!round.isPublic) {
      const member = await tx.membership.findFirst({
        where: {
          cooperativeId: round.cooperativeId,
          status: "ACTIVE",
          person: { households: { some: { householdId: household.id } } },
        },
        select: { id: true },
      });
      if (!member) {
        const cooperative = await tx.cooperative.findUniqueOrThrow({
          where: { id: round.cooperativeId },
          select: { name: true },
        });
        throw new MembersOnlyRoundError(cooperative.name);
      }
    }

    const mine = await sumActive(tx, { roundId: round.id, householdId: household.id });
    if (input.amountIdr < round.minTicketIdr || mine + input.amountIdr > round.maxTicketIdr)
      throw new TicketOutOfRangeError(round.minTicketIdr, round.maxTicketIdr);
    const raised = await sumActive(tx, { roundId: round.id });
    if (raised + input.amountIdr > round.targetIdr) throw new RoundOversubscribedError(round.targetIdr - raised);
    if (round.isPublic) {
      const cap = await capUse(tx, household, now);
      if (!cap) throw new IncomeNotDeclaredError();
      const { limitIdr: limit, usedIdr: used } = cap;
      if (used + input.amountIdr > limit) throw new InvestmentCapExceededError(limit, used);
    }

    const { entry } = await postEntry(tx, {
      idempotencyKey: key,
      kind: "PLEDGE",
      memo: `Investasi ke putaran ${round.title}`.slice(0, 500),
      request: input,
      createdById: actorId,
      at: now,
      postings: [
        { account: accounts.householdWallet(household.id, household.name), amount: -input.amountIdr },
        { account: accounts.roundEscrow(round.id, round.title), amount: input.amountIdr },
      ],
    });
    const created = await tx.pledge.create({
      data: {
        roundId: round.id,
        householdId: household.id,
        amountIdr: input.amountIdr,
        journalEntryId: entry.id,
        disclosureVersion: CURRENT_DISCLOSURE.version,
        createdAt: now,
      },
    });
    if (raised + input.amountIdr === round.targetIdr) {
      await tx.fundingRound.update({ where: { id: round.id }, data: { status: "FUNDED" } });
      await notifyRound(tx, round.id, "round.funded");
    }
    return created;
  });
}

/** After the deadline, an OPEN round that missed its target closes and every pledge is refunded in full. */
export async function closeUnderfundedRound(prisma: Db, roundId: string, actorId: string, now = new Date()) {
  return runMoneyFlow(prisma, async (tx) => {
    const round = await lockRound(tx, roundId);
    if (round.status !== "OPEN" || now < round.closesAt) throw new InvalidRoundStateError(round.status, "close");
    const pledges = await tx.pledge.findMany({ where: { roundId, status: "ACTIVE" }, include: { household: true } });
    const total = pledges.reduce((s, p) => s + p.amountIdr, 0n);
    if (pledges.length) {
      await postEntry(tx, {
        idempotencyKey: `round:${roundId}:refund-all`,
        kind: "ROUND_REFUND",
        memo: `Pengembalian dana: putaran ${round.title} tidak mencapai target`.slice(0, 500),
        request: { roundId },
        createdById: actorId,
        postings: [
          { account: accounts.roundEscrow(round.id, round.title), amount: -total },
          ...pledges.map((p) => ({
            account: accounts.householdWallet(p.householdId, p.household.name),
            amount: p.amountIdr,
          })),
        ],
      });
      await tx.pledge.updateMany({ where: { roundId, status: "ACTIVE" }, data: { status: "REFUNDED" } });
    }
    return tx.fundingRound.update({ where: { id: roundId }, data: { status: "CLOSED_UNDERFUNDED" } });
  });
}

/** A FUNDED round's escrow goes to the business; repayable rounds then start REPAYING. */
export async function disburseRound(prisma: Db, roundId: string, actorId: string, options: BookingOptions = {}) {
  return runMoneyFlow(prisma, async (tx) => {
    const round = await lockRound(tx, roundId);
    if (round.status !== "FUNDED") throw new InvalidRoundStateError(round.status, "disburse");
    await postEntry(tx, {
      idempotencyKey: `round:${roundId}:disburse`,
      kind: "ROUND_DISBURSEMENT",
      memo: `Pencairan dana putaran ${round.title}`.slice(0, 500),
      request: { roundId },
      createdById: actorId,
      at: options.at,
      postings: [
        { account: accounts.roundEscrow(round.id, round.title), amount: -round.targetIdr },
        { account: accounts.businessOperating(round.business.id, round.business.name), amount: round.targetIdr },
      ],
    });
    const repays = round.instrument !== "COOPERATIVE_CAPITAL";
    return tx.fundingRound.update({ where: { id: roundId }, data: { status: repays ? "REPAYING" : "DISBURSED" } });
  });
}

export interface RepaymentInput {
  roundId: string;
  amountIdr: bigint;
  kind: RepaymentKind;
  scheduleId?: string | null;
  idempotencyKey: string;
}

/**
 * The business pays an instalment or a profit share; it goes straight to the investors' household wallets,
 * pro rata to their pledges, exact to the rupiah (largest remainder). Paying the whole schedule completes the round.
 */
export async function repay(prisma: Db, input: RepaymentInput, actorId: string, options: BookingOptions = {}) {
  const key = `repayment:${input.idempotencyKey}`;
  return runMoneyFlow(prisma, async (tx) => {
    const replay = await tx.journalEntry.findUnique({ where: { idempotencyKey: key }, include: { repayment: true } });
    if (replay?.repayment) {
      await postEntry(tx, { idempotencyKey: key, kind: "REPAYMENT", request: input, postings: [] });
      return replay.repayment;
    }
    const round = await lockRound(tx, input.roundId);
    if (round.status !== "REPAYING") throw new InvalidRoundStateError(round.status, "repay");
    if (input.scheduleId) {
      const row = await tx.repaymentSchedule.findFirst({ where: { id: input.scheduleId, roundId: round.id } });
      if (!row) throw new NotFoundError("RepaymentSchedule");
    }
    const pledges = await tx.pledge.findMany({
      where: { roundId: round.id, status: "ACTIVE" },
      include: { household: true },
      orderBy: { id: "asc" },
    });
    const shares = splitProRata(
      input.amountIdr,
      pledges.map((p) => p.amountIdr),
    );
    const { entry } = await postEntry(tx, {
      idempotencyKey: key,
      kind: "REPAYMENT",
      memo: `${input.kind === "INSTALMENT" ? "Angsuran" : "Bagi hasil"} putaran ${round.title}`.slice(0, 500),
      request: input,
      createdById: actorId,
      at: options.at,
      postings: [
        { account: accounts.businessOperating(round.business.id, round.business.name), amount: -input.amountIdr },
        ...pledges.map((p, i) => ({
          account: accounts.householdWallet(p.householdId, p.household.name),
          amount: shares[i]!,
        })),
      ],
    });
    const repayment = await tx.repayment.create({
      data: {
        roundId: round.id,
        scheduleId: input.scheduleId ?? null,
        kind: input.kind,
        amountIdr: input.amountIdr,
        journalEntryId: entry.id,
        paidAt: options.at,
        distributions: { create: pledges.map((p, i) => ({ pledgeId: p.id, amountIdr: shares[i]! })) },
      },
    });
    const due = await tx.repaymentSchedule.aggregate({
      where: { roundId: round.id },
      _sum: { principalIdr: true, returnIdr: true },
    });
    const totalDue = (due._sum.principalIdr ?? 0n) + (due._sum.returnIdr ?? 0n);
    const paid =
      (await tx.repayment.aggregate({ where: { roundId: round.id, kind: "INSTALMENT" }, _sum: { amountIdr: true } }))
        ._sum.amountIdr ?? 0n;
    if (totalDue > 0n && paid >= totalDue)
      await tx.fundingRound.update({ where: { id: round.id }, data: { status: "COMPLETED" } });
    return repayment;
  });
}

/** The cooperative declares a repaying round in default; its record stays visible, arrears and all. */
export async function markRoundDefaulted(prisma: Db, roundId: string) {
  return runMoneyFlow(prisma, async (tx) => {
    const round = await lockRound(tx, roundId);
    if (round.status !== "REPAYING") throw new InvalidRoundStateError(round.status, "default");
    return tx.fundingRound.update({ where: { id: roundId }, data: { status: "DEFAULTED" } });
  });
}
