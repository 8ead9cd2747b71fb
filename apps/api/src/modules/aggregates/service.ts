import { Prisma, type PrismaClient } from "@desa-migran/db";

import type { Db } from "../ledger/transaction.ts";

/** Aggregates are computed per village, regency or province; never per household or person. */
export type RegionKind = "village" | "regency" | "province";
export interface RegionKey {
  kind: RegionKind;
  id: string;
}
/** A region, or the whole country (the impact figures, computed from the remittances rather than the kept cells). */
export interface AreaKey {
  kind: RegionKind | "national";
  id: string;
}
/** The id the whole country goes by in an AreaKey. */
export const NATIONAL_ID = "00000000-0000-0000-0000-000000000000";

/**
 * A month/corridor cell built from fewer households than this is suppressed, so that an aggregate can never
 * be traced back to one family (small-cell suppression, as statistics offices do).
 */
export const MIN_HOUSEHOLDS_PER_CELL = 3;

/** A count as published: null below MIN_HOUSEHOLDS_PER_CELL, so a small group (one family, two people) stays hidden. */
export const publishedCount = (count: number): number | null => (count >= MIN_HOUSEHOLDS_PER_CELL ? count : null);
/** Remittance aggregates cover the last twelve months up to `now`. */
export const WINDOW_MONTHS = 12;

const regionColumn: Record<AreaKey["kind"], Prisma.Sql> = {
  village: Prisma.raw(`v."id"`),
  regency: Prisma.raw(`v."regencyId"`),
  province: Prisma.raw(`g."provinceId"`),
  national: Prisma.raw(`'${NATIONAL_ID}'::uuid`),
};

export const regionKeyString = (key: AreaKey) => `${key.kind}:${key.id}`;

function byKind(keys: readonly AreaKey[]) {
  const groups = new Map<AreaKey["kind"], string[]>();
  for (const key of keys) groups.set(key.kind, [...(groups.get(key.kind) ?? []), key.id]);
  return groups;
}

/**
 * Runs one grouped query per region kind present (at most four), whatever the number of regions. The query gets the
 * SQL expression of a row's region id over `"Village" v JOIN "Regency" g` and the ids asked for.
 */
export async function perRegion<Row extends { regionId: string }, Kind extends AreaKey["kind"] = RegionKind>(
  keys: readonly { kind: Kind; id: string }[],
  query: (column: Prisma.Sql, ids: string[], kind: Kind) => Promise<Row[]>,
): Promise<Map<string, Row[]>> {
  const result = new Map<string, Row[]>();
  for (const [kind, ids] of byKind(keys)) {
    for (const row of await query(regionColumn[kind], ids, kind as Kind)) {
      const k = `${kind}:${row.regionId}`;
      result.set(k, [...(result.get(k) ?? []), row]);
    }
  }
  return result;
}

const windowStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (WINDOW_MONTHS - 1), 1));
/** The window's first day as the SQL date literal 'YYYY-MM-DD' (a Date would be read in the session's time zone). */
const windowDay = (now: Date) => windowStart(now).toISOString().slice(0, 10);

export interface InflowCell {
  regionId: string;
  month: string;
  corridorCountry: string;
  amountIdr: bigint;
  transfers: number;
  households: number;
}

/** Corridor code of the cell that gathers the corridors too small to show on their own (ISO 3166 "unknown"). */
export const OTHER_CORRIDORS = "ZZ";

/** One row, "fresh": whether the kept cells were built for the window starting on `day`. */
const cellsFresh = (day: string) =>
  Prisma.sql`SELECT count(*) = 1 AS "fresh" FROM "RemittanceCellWindow" WHERE "id" = 1 AND "windowStart" = ${day}::date`;

/** The region id of the marker row that says the village cells are not for the window asked about. */
const STALE = "stale";

interface RemittanceRow extends InflowCell {
  productiveIdr: bigint;
  /** True for the region's total row (GROUPING SETS), false for a month/corridor cell. */
  total: boolean;
}

/**
 * Remittance figures are built from village cells only: per village, month and corridor, a corridor with fewer
 * than MIN_HOUSEHOLDS_PER_CELL households is folded into the month's "other corridors" cell (ZZ), and a cell still
 * below the threshold is dropped. A regency's or province's cell is the sum of its villages' published cells, and
 * every total (summary.remitted, the productive share, receiving households) sums published cells only. So any
 * difference between published figures, at any level, is itself a sum of published village cells of at least
 * three households each: no subtraction reveals a suppressed cell (the attack found by the outside test).
 *
 * The cells of the current window are kept per village, regency and province in "RemittanceCell" by database
 * triggers (migration *_remittance_cells, which computes them with the same rules), so a region's figures are one
 * index lookup. When those rows are for another window (the month has turned and the aggregates.remittanceCells job has not
 * rebuilt them yet, or a caller asks about another date), the same figures are computed from the remittances.
 */
async function loadRemittanceRows(prisma: PrismaClient, keys: readonly RegionKey[], now: Date) {
  const from = windowStart(now);
  const day = windowDay(now);
  const rolledUp = await perRegion<RemittanceRow>(
    keys,
    (_column, ids, kind) =>
      prisma.$queryRaw<RemittanceRow[]>`
      WITH state AS (
        ${cellsFresh(day)}
      )
      SELECT c."regionId"::text AS "regionId", c."month", c."corridorCountry"::text AS "corridorCountry",
             c."amountIdr", c."productiveIdr", c."transfers", c."households", (c."month" = '') AS "total"
      FROM "RemittanceCell" c
      WHERE c."regionKind" = ${kind} AND c."regionId" = ANY(${ids}::uuid[]) AND c."windowStart" = ${day}::date
        AND (SELECT "fresh" FROM state)
      UNION ALL
      SELECT ${STALE}, '', '', 0::bigint, 0::bigint, 0, 0, false FROM state WHERE NOT "fresh"
      ORDER BY 2, 3`,
  );
  if (![...rolledUp.keys()].some((key) => key.endsWith(`:${STALE}`))) return rolledUp;
  return perRegion<RemittanceRow>(
    keys,
    (column, ids) =>
      prisma.$queryRaw<RemittanceRow[]>`
      WITH ${publishedRemittanceCtes(column, ids, from)}
      SELECT f."regionId", f."month", f."cell" AS "corridorCountry",
             sum(f."amountIdr")::bigint AS "amountIdr", sum(f."productiveIdr")::bigint AS "productiveIdr",
             count(*)::int AS "transfers", count(DISTINCT f."householdId")::int AS "households",
             (GROUPING(f."month") = 1) AS "total"
      FROM "published" f
      GROUP BY GROUPING SETS ((f."regionId", f."month", f."cell"), (f."regionId"))
      ORDER BY 2, 3`,
  );
}

/**
 * The remittances of published village cells, received from `from` (and before `until`), as the CTE "published":
 * one row per remittance with its region, village, month (YYYY-MM), cell (corridor, or OTHER_CORRIDORS) and
 * household. Per village, month and corridor, a corridor with fewer than MIN_HOUSEHOLDS_PER_CELL households is folded
 * into the month's other-corridors cell, and a cell still below the threshold is dropped. Every published remittance
 * figure, whatever its grouping (month, quarter, region), sums these rows only, so no two of them differ by a
 * suppressed cell.
 */
export const publishedRemittanceCtes = (column: Prisma.Sql, ids: string[], from: Date, until?: Date) => Prisma.sql`
  "base" AS (
    SELECT ${column}::text AS "regionId", v."id" AS "villageId", to_char(r."receivedOn", 'YYYY-MM') AS "month",
           r."corridorCountry" AS "corridor", r."householdId", r."amountIdr",
           coalesce(a."savingsIdr" + a."investmentIdr", 0) AS "productiveIdr"
    FROM "Remittance" r
    LEFT JOIN "RemittanceAllocation" a ON a."remittanceId" = r."id"
    JOIN "Household" h ON h."id" = r."householdId"
    JOIN "Village" v ON v."id" = h."villageId"
    JOIN "Regency" g ON g."id" = v."regencyId"
    WHERE ${column} = ANY(${ids}::uuid[]) AND r."receivedOn" >= ${from}
      ${until ? Prisma.sql`AND r."receivedOn" < ${until}` : Prisma.empty}
  ), "corridors" AS (
    SELECT "villageId", "month", "corridor", count(DISTINCT "householdId") AS "households"
    FROM "base" GROUP BY 1, 2, 3
  ), "folded" AS (
    SELECT b.*, CASE WHEN c."households" >= ${MIN_HOUSEHOLDS_PER_CELL} THEN b."corridor"
                     ELSE ${OTHER_CORRIDORS} END AS "cell"
    FROM "base" b JOIN "corridors" c USING ("villageId", "month", "corridor")
  ), "cells" AS (
    SELECT "villageId", "month", "cell" FROM "folded" GROUP BY 1, 2, 3
    HAVING count(DISTINCT "householdId") >= ${MIN_HOUSEHOLDS_PER_CELL}
  ), "published" AS (
    SELECT f.* FROM "folded" f JOIN "cells" USING ("villageId", "month", "cell")
  )`;

/**
 * The remittance rows once per request (`scope`, the request's context) and set of regions: a query asking for both
 * a region's summary and its inflow runs one statement for both.
 */
const rowsOfRequest = new WeakMap<object, Map<string, ReturnType<typeof loadRemittanceRows>>>();
function remittanceRows(prisma: PrismaClient, keys: readonly RegionKey[], now: Date, scope?: object) {
  if (!scope) return loadRemittanceRows(prisma, keys, now);
  const cache = rowsOfRequest.get(scope) ?? new Map<string, ReturnType<typeof loadRemittanceRows>>();
  rowsOfRequest.set(scope, cache);
  const id = `${windowDay(now)} ${keys.map(regionKeyString).sort().join(" ")}`;
  const rows = cache.get(id) ?? loadRemittanceRows(prisma, keys, now);
  cache.set(id, rows);
  return rows;
}

/** Rebuilds the village cells for the window that contains `now`, if they are for another one (a job, monthly). */
export async function rebuildRemittanceCells(db: Db, now = new Date()) {
  const day = windowDay(now);
  const [state] = await db.$queryRaw<{ fresh: boolean }[]>`${cellsFresh(day)}`;
  if (state?.fresh) return false;
  await db.$queryRaw`SELECT remittance_cells_rebuild(${day}::date)::text`;
  return true;
}

/** Remittances per region, month and corridor, from published village cells only (see loadRemittanceRows). */
export async function loadInflow(prisma: PrismaClient, keys: readonly RegionKey[], now = new Date(), scope?: object) {
  const rows = await remittanceRows(prisma, keys, now, scope);
  return keys.map((key) =>
    (rows.get(regionKeyString(key)) ?? [])
      .filter((row) => !row.total)
      .map(({ regionId, month, corridorCountry, amountIdr, transfers, households }) => ({
        regionId,
        month,
        corridorCountry,
        amountIdr,
        transfers,
        households,
      })),
  );
}

export interface RegionSummary {
  remittedIdr: bigint;
  productiveIdr: bigint;
  households: number;
  businesses: number;
  jobs: number;
  fundsRaisedIdr: bigint;
  dueIdr: bigint;
  repaidIdr: bigint;
}

export async function loadSummaries(
  prisma: PrismaClient,
  keys: readonly RegionKey[],
  now = new Date(),
  scope?: object,
) {
  type Row = { regionId: string } & Record<string, unknown>;
  const remit = await remittanceRows(prisma, keys, now, scope);
  const biz = await perRegion<Row>(
    keys,
    (column, ids) =>
      prisma.$queryRaw<Row[]>`
      SELECT ${column}::text AS "regionId", count(*)::int AS "businesses", coalesce(sum(b."employees"), 0)::int AS "jobs"
      FROM "Business" b
      JOIN "Village" v ON v."id" = b."villageId"
      JOIN "Regency" g ON g."id" = v."regencyId"
      WHERE ${column} = ANY(${ids}::uuid[]) AND b."status" = 'ACTIVE'
      GROUP BY 1`,
  );
  const rounds = await perRegion<Row>(
    keys,
    (column, ids) =>
      prisma.$queryRaw<Row[]>`
      SELECT ${column}::text AS "regionId",
             coalesce(sum(pl."raised"), 0)::bigint AS "fundsRaisedIdr",
             coalesce(sum(due."due"), 0)::bigint AS "dueIdr",
             coalesce(sum(paid."paid"), 0)::bigint AS "repaidIdr"
      FROM "FundingRound" fr
      JOIN "Business" b ON b."id" = fr."businessId"
      JOIN "Village" v ON v."id" = b."villageId"
      JOIN "Regency" g ON g."id" = v."regencyId"
      LEFT JOIN LATERAL (SELECT sum(p."amountIdr") AS "raised" FROM "Pledge" p
                         WHERE p."roundId" = fr."id" AND p."status" = 'ACTIVE') pl ON true
      LEFT JOIN LATERAL (SELECT sum(s."principalIdr" + s."returnIdr") AS "due" FROM "RepaymentSchedule" s
                         WHERE s."roundId" = fr."id" AND s."dueOn" <= ${now}) due ON true
      LEFT JOIN LATERAL (SELECT sum(rp."amountIdr") AS "paid" FROM "Repayment" rp
                         WHERE rp."roundId" = fr."id" AND rp."kind" = 'INSTALMENT') paid ON true
      WHERE ${column} = ANY(${ids}::uuid[])
      GROUP BY 1`,
  );
  return keys.map((key): RegionSummary => {
    const k = regionKeyString(key);
    const r = remit.get(k)?.find((row) => row.total);
    const b = biz.get(k)?.[0];
    const f = rounds.get(k)?.[0];
    return {
      remittedIdr: r?.amountIdr ?? 0n,
      productiveIdr: r?.productiveIdr ?? 0n,
      households: (r?.households as number) ?? 0,
      businesses: (b?.businesses as number) ?? 0,
      jobs: (b?.jobs as number) ?? 0,
      fundsRaisedIdr: (f?.fundsRaisedIdr as bigint) ?? 0n,
      dueIdr: (f?.dueIdr as bigint) ?? 0n,
      repaidIdr: (f?.repaidIdr as bigint) ?? 0n,
    };
  });
}

/** Ratio in basis points (0..10000), rounded down; null when there is nothing to divide by. */
export const ratioBps = (part: bigint, whole: bigint): number | null =>
  whole === 0n ? null : Number((part * 10_000n) / whole);
