// The ledger's invariants, checked against the database itself (not against what the code meant to do).
import type { PrismaClient } from "@desa-migran/db";

export interface LedgerViolations {
  unbalancedEntries: number;
  negativeAccounts: number;
  staleBalances: number;
  escrowMismatches: number;
}

export async function findLedgerViolations(prisma: PrismaClient): Promise<LedgerViolations> {
  const [row] = await prisma.$queryRaw<LedgerViolations[]>`
    SELECT
      (SELECT count(*)::int FROM (SELECT 1 FROM "Posting" GROUP BY "entryId", "currency" HAVING sum("amount") <> 0) u)
        AS "unbalancedEntries",
      (SELECT count(*)::int FROM "Account" WHERE NOT "allowNegative" AND "balance" < 0) AS "negativeAccounts",
      (SELECT count(*)::int FROM "Account" a
        WHERE a."balance" <> coalesce((SELECT sum(p."amount") FROM "Posting" p WHERE p."accountId" = a."id"), 0))
        AS "staleBalances",
      (SELECT count(*)::int FROM "FundingRound" r
        JOIN "Account" a ON a."roundId" = r."id" AND a."kind" = 'ROUND_ESCROW'
        WHERE r."status" IN ('OPEN', 'FUNDED', 'CLOSED_UNDERFUNDED')
          AND a."balance" <> coalesce((SELECT sum(p."amountIdr") FROM "Pledge" p WHERE p."roundId" = r."id" AND p."status" = 'ACTIVE'), 0))
        AS "escrowMismatches"`;
  return row!;
}

export const noViolations: LedgerViolations = { unbalancedEntries: 0, negativeAccounts: 0, staleBalances: 0, escrowMismatches: 0 };

/** Money in = money held + money out: the external world's balance is minus everything inside the system. */
export async function moneyConserved(prisma: PrismaClient): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ total: bigint }[]>`SELECT coalesce(sum("balance"), 0)::bigint AS total FROM "Account" WHERE "currency" = 'IDR'`;
  return row!.total === 0n;
}
