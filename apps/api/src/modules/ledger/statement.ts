// An account's statement: its movements newest first, each with the balance after it, in words, and as a CSV file
// that opens in a spreadsheet as people in the village use it.
import { Prisma, type PrismaClient, type RemittanceChannel } from "@desa-migran/db";

import { inOut, toCsv } from "../common/csv.ts";
import type { Language } from "../common/text.ts";
import { localDateTime, type LocalTimeZone, timeZoneOfProvince } from "../common/time-zone.ts";
import { describeLine } from "./statement-words.ts";

export interface StatementLine {
  postingId: string;
  createdAt: Date;
  amount: bigint;
  runningBalance: bigint;
  memo: string;
  kind: string;
  corridorCountry: string | null;
  channel: RemittanceChannel | null;
}

/** A period of the statement: from the start of `from` up to (not including) `until`; either may be open. */
export interface StatementRange {
  from?: Date | null;
  until?: Date | null;
}

/** The period as a condition on the rows `s` of a statement's subquery (their "createdAt"); open ends match all. */
export const inPeriod = (range: StatementRange) => Prisma.sql`
  (${range.from ?? null}::timestamptz IS NULL OR s."createdAt" >= ${range.from ?? null}::timestamptz)
  AND (${range.until ?? null}::timestamptz IS NULL OR s."createdAt" < ${range.until ?? null}::timestamptz)`;

/**
 * An account's movements, newest first, each with the balance after it. The balance after a movement is the
 * account's balance less every later movement (the ledger keeps `balance` equal to the sum of the postings, in the
 * same transaction): newest first, that sum runs along the account's index and the scan stops after the page, so a
 * page costs the same for an account with ten movements or a million. The later movements outside the period still
 * count, so a page of March shows March's balances. Memo and remittance are joined to the page's rows only.
 */
export async function loadStatement(
  prisma: PrismaClient,
  accountId: string,
  range: StatementRange,
  offset: number,
  limit: number,
) {
  return prisma.$queryRaw<StatementLine[]>`
    SELECT page."postingId", page."createdAt", page."amount", page."runningBalance",
           e."memo", e."kind", r."corridorCountry", r."channel"::text AS "channel"
    FROM (
      SELECT * FROM (
        SELECT p."id" AS "postingId", p."entryId", p."createdAt", p."amount",
               ((SELECT a."balance" FROM "Account" a WHERE a."id" = ${accountId}::uuid)
                 - coalesce(sum(p."amount") OVER (ORDER BY p."createdAt" DESC, p."id" DESC
                     ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0))::bigint AS "runningBalance"
        FROM "Posting" p
        WHERE p."accountId" = ${accountId}::uuid
      ) s
      WHERE ${inPeriod(range)}
      ORDER BY s."createdAt" DESC, s."postingId" DESC
      OFFSET ${offset} LIMIT ${limit}
    ) page
    JOIN "JournalEntry" e ON e."id" = page."entryId"
    LEFT JOIN "Remittance" r ON r."journalEntryId" = e."id"
    ORDER BY page."createdAt" DESC, page."postingId" DESC`;
}

/** The local time zone of the village an account belongs to (household, member's or business's village). */
export async function accountTimeZone(prisma: PrismaClient, accountId: string): Promise<LocalTimeZone> {
  const [row] = await prisma.$queryRaw<{ code: string | null }[]>`
    SELECT pr."code" FROM "Account" a
    LEFT JOIN "Household" h ON h."id" = a."householdId"
    LEFT JOIN "Membership" m ON m."id" = a."membershipId"
    LEFT JOIN "FundingRound" fr ON fr."id" = a."roundId"
    LEFT JOIN "Cooperative" c ON c."id" = coalesce(a."cooperativeId", m."cooperativeId", fr."cooperativeId")
    LEFT JOIN "Business" b ON b."id" = a."businessId"
    LEFT JOIN "Village" v ON v."id" = coalesce(h."villageId", c."villageId", b."villageId")
    LEFT JOIN "Regency" rg ON rg."id" = v."regencyId"
    LEFT JOIN "Province" pr ON pr."id" = rg."provinceId"
    WHERE a."id" = ${accountId}::uuid`;
  return timeZoneOfProvince(row?.code);
}

const HEADINGS: Record<Language, (zone: string) => string[]> = {
  id: (zone) => [`Tanggal (${zone})`, "Keterangan", "Masuk (Rp)", "Keluar (Rp)", "Saldo (Rp)"],
  en: (zone) => [`Date (${zone})`, "Description", "In (Rp)", "Out (Rp)", "Balance (Rp)"],
};

/** The statement of a period as CSV (see toCsv), newest first, in the village's local time and in words. */
export async function statementCsv(
  prisma: PrismaClient,
  accountId: string,
  language: Language,
  range: StatementRange = {},
): Promise<string> {
  const zone = await accountTimeZone(prisma, accountId);
  const rows = await loadStatement(prisma, accountId, range, 0, 1_000_000);
  const lines = rows.map((r) => [
    localDateTime(r.createdAt, zone),
    describeLine(r, language),
    ...inOut(r.amount),
    r.runningBalance.toString(),
  ]);
  return toCsv([HEADINGS[language](zone.label), ...lines], language);
}
