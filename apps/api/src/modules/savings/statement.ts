// A member's savings as a spreadsheet: every deposit, withdrawal and SHU credit of each kind, newest first, with
// that kind's balance after it, in the cooperative's local time and in words.
import type { PrismaClient, SavingsKind } from "@desa-migran/db";

import { inOut, toCsv } from "../common/csv.ts";
import type { Language } from "../common/text.ts";
import { localDateTime, villageTimeZone } from "../common/time-zone.ts";
import { inPeriod, type StatementRange } from "../ledger/statement.ts";
import { describeLine } from "../ledger/statement-words.ts";

const SAVINGS_KIND_WORDS: Record<SavingsKind, Record<Language, string>> = {
  POKOK: { id: "Pokok", en: "Principal" },
  WAJIB: { id: "Wajib", en: "Mandatory" },
  SUKARELA: { id: "Sukarela", en: "Voluntary" },
};

const HEADINGS: Record<Language, (zone: string) => string[]> = {
  id: (zone) => [`Tanggal (${zone})`, "Simpanan", "Keterangan", "Masuk (Rp)", "Keluar (Rp)", "Saldo simpanan (Rp)"],
  en: (zone) => [`Date (${zone})`, "Savings", "Description", "In (Rp)", "Out (Rp)", "Savings balance (Rp)"],
};

interface SavingsLine {
  createdAt: Date;
  amount: bigint;
  savingsKind: SavingsKind;
  kind: string;
  memo: string;
  balance: bigint;
}

export async function savingsStatementCsv(
  prisma: PrismaClient,
  membershipId: string,
  language: Language,
  range: StatementRange = {},
): Promise<string> {
  const membership = await prisma.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { cooperative: { select: { villageId: true } } },
  });
  const zone = await villageTimeZone(prisma, membership.cooperative.villageId);
  // Balances per kind over the whole history, then the period cut out (as on an account statement).
  const rows = await prisma.$queryRaw<SavingsLine[]>`
    SELECT * FROM (
      SELECT p."createdAt", p."id", p."amount", a."savingsKind"::text AS "savingsKind", e."kind", e."memo",
             sum(p."amount") OVER (PARTITION BY p."accountId" ORDER BY p."createdAt", p."id")::bigint AS "balance"
      FROM "Posting" p
      JOIN "Account" a ON a."id" = p."accountId"
      JOIN "JournalEntry" e ON e."id" = p."entryId"
      WHERE a."membershipId" = ${membershipId}::uuid AND a."kind" = 'MEMBER_SAVINGS'
    ) s
    WHERE ${inPeriod(range)}
    ORDER BY s."createdAt" DESC, s."id" DESC`;
  return toCsv(
    [
      HEADINGS[language](zone.label),
      ...rows.map((r) => [
        localDateTime(r.createdAt, zone),
        SAVINGS_KIND_WORDS[r.savingsKind][language],
        describeLine(r, language),
        ...inOut(r.amount),
        r.balance.toString(),
      ]),
    ],
    language,
  );
}
