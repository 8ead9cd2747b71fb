// The ledger's invariants, checked against the database itself (not against what the code meant to do).
// `findLedgerViolations` scans everything; `watchLedger` checks only what changed since its last check, so a
// property test can check after every step of thousands of sequences without the check growing with the ledger.
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

export const noViolations: LedgerViolations = {
  unbalancedEntries: 0,
  negativeAccounts: 0,
  staleBalances: 0,
  escrowMismatches: 0,
};

/** Money in = money held + money out: the external world's balance is minus everything inside the system. */
export async function moneyConserved(prisma: PrismaClient): Promise<boolean> {
  const [row] = await prisma.$queryRaw<
    { total: bigint }[]
  >`SELECT coalesce(sum("balance"), 0)::bigint AS total FROM "Account" WHERE "currency" = 'IDR'`;
  return row!.total === 0n;
}

export interface LedgerCheck extends LedgerViolations {
  /** Money in = money held + money out, per currency: the sum of all balances is zero. */
  moneyConserved: boolean;
}

export const noViolationsConserved: LedgerCheck = { ...noViolations, moneyConserved: true };

/**
 * How far back each incremental check looks past the previous one. Ids are UUIDv7 made by Prisma in this process:
 * their first 48 bits are the millisecond they were made, and the generator is monotonic. A posting made before the
 * previous check began but committed after it (a concurrent writer) is still found if it committed within this
 * margin; the full check (`full()`) finds anything else.
 */
const SLACK_MS = 250;

/** The smallest UUID whose UUIDv7 timestamp is at or after `ms`. */
const uuidFloor = (ms: number) => {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
};

/** The millisecond a UUIDv7 was made. */
const msOf = (id: string) => Number.parseInt(id.replaceAll("-", "").slice(0, 12), 16);

/**
 * Starts watching the ledger: one full check now (the baseline; the caller asserts it is clean), then `check()` after each
 * step looks only at postings made since the previous check, the entries and accounts they touched, and the escrow
 * of the rounds they touched (plus `rounds` named by the caller, for changes to pledges that move no money).
 * Balances expected from the postings and the per-currency totals are kept in memory, so conservation is an exact
 * running sum, not a scan. It still reads the database's own state for every touched row: a wrong balance, an
 * unbalanced entry, a negative account or a lost pledge shows up in the check after the step that caused it.
 * A change that bypasses postings altogether (a balance edited in place) is found by `full()`, and by the next
 * `check()` that touches that account.
 */
export async function watchLedger(prisma: PrismaClient) {
  /** Balance each known account must have: its balance at the baseline plus every posting seen since. */
  const expected = new Map<string, bigint>();
  /** Last balance read per account, and the per-currency sum of those: the running conservation total. */
  const actual = new Map<string, { balance: bigint; currency: string }>();
  const totals = new Map<string, bigint>();
  /** Postings already counted within the look-back margin, so a second look does not count them twice. */
  let seen = new Map<string, number>();
  let since = 0;

  const addTotal = (currency: string, delta: bigint) => totals.set(currency, (totals.get(currency) ?? 0n) + delta);
  const conserved = () => [...totals.values()].every((t) => t === 0n);

  /** The full scan; also resets the in-memory baseline to the database's balances. */
  async function full(): Promise<LedgerCheck> {
    const startedAt = Date.now();
    // One snapshot: the baseline balances and the postings they already include, which the next check must skip.
    const [violations, accounts, recent] = await prisma.$transaction(
      async (tx) =>
        [
          await findLedgerViolations(tx as PrismaClient),
          await tx.account.findMany({ select: { id: true, balance: true, currency: true } }),
          await tx.posting.findMany({ where: { id: { gte: uuidFloor(startedAt - SLACK_MS) } }, select: { id: true } }),
        ] as const,
      // A full scan of a large ledger outlasts Prisma's default 5 s for an interactive transaction.
      { isolationLevel: "RepeatableRead", timeout: 600_000, maxWait: 60_000 },
    );
    expected.clear();
    actual.clear();
    totals.clear();
    for (const a of accounts) {
      expected.set(a.id, a.balance);
      actual.set(a.id, { balance: a.balance, currency: a.currency });
      addTotal(a.currency, a.balance);
    }
    seen = new Map(recent.map((p) => [p.id, msOf(p.id)]));
    since = startedAt;
    return { ...violations, moneyConserved: conserved() };
  }

  /**
   * Checks what changed since the previous check. One statement (one round trip, one snapshot) returns the new
   * postings, the accounts they touched, how many of their entries do not balance, and how many escrows of the
   * rounds they touched (or the caller named) differ from the live pledges.
   */
  async function check(options: { rounds?: string[] } = {}): Promise<LedgerCheck> {
    const startedAt = Date.now();
    const floor = uuidFloor(since - SLACK_MS);
    const skip = [...seen.keys()].join(",");
    const named = (options.rounds ?? []).join(",");
    const [row] = await prisma.$queryRaw<
      {
        postings: [string, string, string][];
        accounts: [string, string, string, boolean][];
        unbalancedEntries: number;
        escrowMismatches: number;
      }[]
    >`
      WITH fresh AS (
        SELECT p."id", p."entryId", p."accountId", p."amount" FROM "Posting" p
        WHERE p."id" >= ${floor}::uuid AND NOT (p."id" = ANY (string_to_array(${skip}, ',')::uuid[]))
      ),
      touched AS (SELECT a.* FROM "Account" a WHERE a."id" IN (SELECT "accountId" FROM fresh)),
      rounds AS (
        SELECT "roundId" AS "id" FROM touched WHERE "kind" = 'ROUND_ESCROW' AND "roundId" IS NOT NULL
        UNION SELECT unnest(string_to_array(${named}, ',')::uuid[])
      )
      SELECT
        (SELECT coalesce(json_agg(json_build_array("id", "accountId", "amount"::text)), '[]'::json) FROM fresh) AS "postings",
        (SELECT coalesce(json_agg(json_build_array("id", "balance"::text, "currency", "allowNegative")), '[]'::json) FROM touched) AS "accounts",
        (SELECT count(*)::int FROM (SELECT 1 FROM "Posting" WHERE "entryId" IN (SELECT "entryId" FROM fresh)
          GROUP BY "entryId", "currency" HAVING sum("amount") <> 0) u) AS "unbalancedEntries",
        (SELECT count(*)::int FROM "FundingRound" r
          JOIN "Account" a ON a."roundId" = r."id" AND a."kind" = 'ROUND_ESCROW'
          WHERE r."id" IN (SELECT "id" FROM rounds) AND r."status" IN ('OPEN', 'FUNDED', 'CLOSED_UNDERFUNDED')
            AND a."balance" <> coalesce((SELECT sum(p."amountIdr") FROM "Pledge" p WHERE p."roundId" = r."id" AND p."status" = 'ACTIVE'), 0))
          AS "escrowMismatches"`;
    const { postings, accounts, unbalancedEntries, escrowMismatches } = row!;

    for (const [id] of postings) seen.set(id, msOf(id));
    // Forget postings that the next look-back will no longer reach.
    for (const [id, ms] of seen) if (ms < startedAt - SLACK_MS) seen.delete(id);
    since = startedAt;

    // An account first seen now was created after the baseline: it started at zero.
    for (const [, accountId, amount] of postings)
      expected.set(accountId, (expected.get(accountId) ?? 0n) + BigInt(amount));
    let negativeAccounts = 0;
    let staleBalances = 0;
    for (const [id, text, currency, allowNegative] of accounts) {
      const balance = BigInt(text);
      if (!allowNegative && balance < 0n) negativeAccounts++;
      if (balance !== expected.get(id)) staleBalances++;
      addTotal(currency, balance - (actual.get(id)?.balance ?? 0n));
      actual.set(id, { balance, currency });
    }
    return { unbalancedEntries, negativeAccounts, staleBalances, escrowMismatches, moneyConserved: conserved() };
  }

  const baseline = await full();
  return { baseline, check, full };
}
