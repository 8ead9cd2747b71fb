import type { PrismaClient } from "@desa-migran/db";

export interface StatementLine {
  postingId: string;
  createdAt: Date;
  amount: bigint;
  runningBalance: bigint;
  memo: string;
  kind: string;
}

/** An account's movements in posting order, each with the balance after it (computed by the database). */
export async function loadStatement(prisma: PrismaClient, accountId: string, offset: number, limit: number) {
  return prisma.$queryRaw<StatementLine[]>`
    SELECT p."id" AS "postingId", p."createdAt", p."amount",
           sum(p."amount") OVER (ORDER BY p."createdAt", p."id")::bigint AS "runningBalance",
           e."memo", e."kind"
    FROM "Posting" p JOIN "JournalEntry" e ON e."id" = p."entryId"
    WHERE p."accountId" = ${accountId}::uuid
    ORDER BY p."createdAt", p."id"
    OFFSET ${offset} LIMIT ${limit}`;
}

const csvField = (value: string) =>
  /[",\n\r]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

/**
 * The whole statement as CSV (RFC 4180), amounts in whole units. Text that a spreadsheet would run as a formula
 * (starting with = + - @) is quoted, so a memo can never execute.
 */
export async function statementCsv(prisma: PrismaClient, accountId: string): Promise<string> {
  const rows = await loadStatement(prisma, accountId, 0, 1_000_000);
  const lines = ["tanggal,jenis,keterangan,jumlah,saldo"];
  for (const r of rows) {
    lines.push(
      [r.createdAt.toISOString(), r.kind, r.memo, r.amount.toString(), r.runningBalance.toString()]
        .map(csvField)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
