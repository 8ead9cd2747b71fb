import type { RemittanceChannel } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { accounts } from "../ledger/accounts.ts";
import { postEntry } from "../ledger/service.ts";
import { type BookingOptions, type Db, runMoneyFlow } from "../ledger/transaction.ts";
import { AllocationExceedsAmountError } from "./errors.ts";
import { toRupiah } from "./money.ts";

/** Remittances come back with what their auth scopes read. */
const withVillage = { household: { select: { villageId: true } } } as const;

export interface RecordRemittanceInput {
  householdId: string;
  senderPersonId?: string | null;
  amountMinor: bigint;
  currency: string;
  rate: string;
  corridorCountry: string;
  channel: RemittanceChannel;
  receivedOn: Date;
  savingsIdr: bigint;
  investmentIdr: bigint;
  idempotencyKey: string;
}

/**
 * Records a remittance and its allocation. Consumption is recorded, not held; the savings and investment parts
 * move from the outside world into the household wallet in one balanced entry. A replay with the same key
 * returns the first remittance and moves nothing.
 */
export async function recordRemittance(
  prisma: Db,
  input: RecordRemittanceInput,
  actorId: string,
  options: BookingOptions = {},
) {
  const amountIdr = toRupiah(input.amountMinor, input.currency, input.rate);
  const kept = input.savingsIdr + input.investmentIdr;
  if (kept > amountIdr) throw new AllocationExceedsAmountError(amountIdr);
  const key = `remittance:${input.idempotencyKey}`;

  return runMoneyFlow(prisma, async (tx) => {
    const household = await tx.household.findUnique({ where: { id: input.householdId } });
    if (!household) throw new NotFoundError("Household");
    if (input.senderPersonId) {
      const member = await tx.householdMember.findFirst({
        where: { householdId: household.id, personId: input.senderPersonId },
      });
      if (!member)
        throw new NotFoundError(
          "Person",
          "Pengirim bukan anggota keluarga ini.",
          "The sender is not a member of this family.",
        );
    }
    const { entry, replayed } = await postEntry(tx, {
      idempotencyKey: key,
      kind: "REMITTANCE",
      memo: `Kiriman ${input.currency} via ${input.channel}`,
      request: { ...input, receivedOn: input.receivedOn.toISOString() },
      createdById: actorId,
      at: options.at,
      postings:
        kept > 0n
          ? [
              { account: accounts.external(), amount: -kept },
              { account: accounts.householdWallet(household.id, household.name), amount: kept },
            ]
          : [],
    });
    if (replayed) {
      return tx.remittance.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey }, include: withVillage });
    }
    return tx.remittance.create({
      data: {
        householdId: household.id,
        senderPersonId: input.senderPersonId ?? null,
        amountMinor: input.amountMinor,
        currency: input.currency,
        rate: input.rate,
        amountIdr,
        corridorCountry: input.corridorCountry,
        channel: input.channel,
        receivedOn: input.receivedOn,
        idempotencyKey: input.idempotencyKey,
        recordedById: actorId,
        journalEntryId: kept > 0n ? entry.id : null,
        createdAt: options.at,
        allocation: {
          create: {
            consumptionIdr: amountIdr - kept,
            savingsIdr: input.savingsIdr,
            investmentIdr: input.investmentIdr,
            createdAt: options.at,
          },
        },
      },
      include: withVillage,
    });
  });
}
