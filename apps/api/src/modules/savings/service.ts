import type { SavingsKind } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { accounts } from "../ledger/accounts.ts";
import type { AccountRef } from "../ledger/service.ts";
import { postEntry } from "../ledger/service.ts";
import { type BookingOptions, type Db, runMoneyFlow } from "../ledger/transaction.ts";
import {
  EquityNotRefundableError,
  MembershipNotActiveError,
  PartialEquityRefundError,
  PokokAlreadyPaidError,
  SavingsNotWithdrawableError,
  WrongPokokAmountError,
} from "./errors.ts";

/** Where savings money comes from or goes to: the member's household wallet, or cash at the cooperative's counter. */
export type SavingsChannel = "HOUSEHOLD_WALLET" | "CASH";

export interface SavingsMoveInput {
  membershipId: string;
  kind: SavingsKind;
  amountIdr: bigint;
  channel: SavingsChannel;
  idempotencyKey: string;
}

async function loadMembership(tx: Parameters<Parameters<typeof runMoneyFlow>[1]>[0], membershipId: string) {
  const membership = await tx.membership.findUnique({
    where: { id: membershipId },
    include: {
      cooperative: true,
      person: { include: { households: { include: { household: true }, take: 1, orderBy: { id: "asc" } } } },
    },
  });
  if (!membership) throw new NotFoundError("Membership");
  return membership;
}

function channelAccount(channel: SavingsChannel, membership: Awaited<ReturnType<typeof loadMembership>>): AccountRef {
  if (channel === "CASH") return accounts.external();
  const household = membership.person.households[0]?.household;
  if (!household)
    throw new NotFoundError(
      "Household",
      "Anggota ini tidak tercatat dalam keluarga yang punya dompet.",
      "This member is not recorded in a family with a wallet.",
    );
  return accounts.householdWallet(household.id, household.name);
}

/**
 * Deposits member savings. Pokok is paid once, at the by-law amount; wajib and sukarela any positive amount.
 * All three are held per member and kind; pokok and wajib are equity (not withdrawable while a member).
 */
export async function depositSavings(
  prisma: Db,
  input: SavingsMoveInput,
  actorId: string,
  options: BookingOptions = {},
) {
  return runMoneyFlow(prisma, async (tx) => {
    const membership = await loadMembership(tx, input.membershipId);
    if (membership.status !== "ACTIVE") throw new MembershipNotActiveError();
    const target = accounts.memberSavings(membership.id, input.kind, membership.memberNumber);
    if (input.kind === "POKOK") {
      if (input.amountIdr !== membership.cooperative.simpananPokokIdr)
        throw new WrongPokokAmountError(membership.cooperative.simpananPokokIdr);
      // Two first payments racing with different keys: the membership row (which always exists, unlike the
      // account before the first payment) makes them take turns, so the second sees the first's balance.
      await tx.$queryRaw`SELECT 1 FROM "Membership" WHERE "id" = ${membership.id}::uuid FOR UPDATE`;
      const paid = await tx.account.findUnique({ where: { key: target.key } });
      const replay = await tx.journalEntry.findUnique({ where: { idempotencyKey: `savings:${input.idempotencyKey}` } });
      if (paid && paid.balance > 0n && !replay) throw new PokokAlreadyPaidError();
    }
    const { entry } = await postEntry(tx, {
      idempotencyKey: `savings:${input.idempotencyKey}`,
      kind: `SAVINGS_DEPOSIT_${input.kind}`,
      memo: `Setoran simpanan ${input.kind.toLowerCase()} anggota ${membership.memberNumber}`,
      request: { ...input, op: "deposit" },
      createdById: actorId,
      at: options.at,
      postings: [
        { account: channelAccount(input.channel, membership), amount: -input.amountIdr },
        { account: target, amount: input.amountIdr },
      ],
    });
    return entry;
  });
}

/**
 * Withdraws member savings, never below zero (the ledger refuses it). Sukarela: any amount, at any time. Pokok and
 * wajib are equity: only once the membership has ended (LEFT), only if the by-laws return them
 * (Cooperative.equityRefundOnLeaving), and only the full balance in one withdrawal.
 */
export async function withdrawSavings(prisma: Db, input: SavingsMoveInput, actorId: string) {
  return runMoneyFlow(prisma, async (tx) => {
    const membership = await loadMembership(tx, input.membershipId);
    const source = accounts.memberSavings(membership.id, input.kind, membership.memberNumber);
    const equity = input.kind !== "SUKARELA";
    if (equity) {
      if (membership.status === "ACTIVE") throw new SavingsNotWithdrawableError(input.kind);
      if (!membership.cooperative.equityRefundOnLeaving) throw new EquityNotRefundableError(input.kind);
      const replay = await tx.journalEntry.findUnique({ where: { idempotencyKey: `savings:${input.idempotencyKey}` } });
      if (!replay) {
        // Under the account's row lock: the balance compared is the balance withdrawn.
        await tx.$queryRaw`SELECT 1 FROM "Account" WHERE "key" = ${source.key} FOR UPDATE`;
        const held = (await tx.account.findUnique({ where: { key: source.key } }))?.balance ?? 0n;
        if (held === 0n || input.amountIdr !== held) throw new PartialEquityRefundError(input.kind, held);
      }
    }
    const { entry } = await postEntry(tx, {
      idempotencyKey: `savings:${input.idempotencyKey}`,
      kind: `SAVINGS_WITHDRAWAL_${input.kind}`,
      memo: equity
        ? `Pengembalian simpanan ${input.kind.toLowerCase()} anggota ${membership.memberNumber} (keluar dari koperasi)`
        : `Penarikan simpanan sukarela anggota ${membership.memberNumber}`,
      request: { ...input, op: "withdraw" },
      createdById: actorId,
      postings: [
        { account: source, amount: -input.amountIdr },
        { account: channelAccount(input.channel, membership), amount: input.amountIdr },
      ],
    });
    return entry;
  });
}
