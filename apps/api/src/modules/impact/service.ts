// What a village's programme changes, quarter by quarter, for anyone to check: remittances put to productive use,
// returnee businesses and the jobs in them, money raised and repaid, protection cases, trainings. Figures about
// what people or households did (remitted, pledged, were helped, were trained) are built from village cells of at
// least MIN_HOUSEHOLDS_PER_CELL of them, and a region's figure is the sum of its villages' published cells, so no
// difference between two published figures reveals a suppressed one. Businesses and funding rounds are public pages
// (name, village, jobs, schedule, repayments), so their own counts are not suppressed.
import { Prisma, type PrismaClient } from "@desa-migran/db";

import {
  type AreaKey,
  MIN_HOUSEHOLDS_PER_CELL,
  perRegion,
  publishedRemittanceCtes,
  regionKeyString,
} from "../aggregates/service.ts";

/** How many calendar quarters the series covers, the current one included. */
export const IMPACT_QUARTERS = 8;
/** Quarters are counted in Western Indonesian Time (UTC+7), where most villages are. */
const WIB_OFFSET_MS = 7 * 3_600_000;

/** The first day (a date, UTC midnight) of the quarter `back` quarters before the one containing `now` in WIB. */
export function quarterStart(now: Date, back = 0): Date {
  const local = new Date(now.getTime() + WIB_OFFSET_MS);
  const quarter = Math.floor(local.getUTCMonth() / 3) - back;
  return new Date(Date.UTC(local.getUTCFullYear(), quarter * 3, 1));
}

/** "2026-Q4" for a quarter's first day. */
export const quarterLabel = (start: Date) => `${start.getUTCFullYear()}-Q${Math.floor(start.getUTCMonth() / 3) + 1}`;

export interface ImpactQuarter {
  quarter: string;
  remittedIdr: bigint | null;
  productiveIdr: bigint | null;
  remittingHouseholds: number | null;
  businessesStarted: number;
  /** Null for the quarters less than twelve months ago, whose businesses cannot have lasted a year yet. */
  businessesStillActive: number | null;
  jobs: number;
  raisedIdr: bigint | null;
  repaidIdr: bigint;
  dueToDateIdr: bigint;
  repaidToDateIdr: bigint;
  casesOpened: number | null;
  casesResolved: number | null;
  medianDaysToResolution: number | null;
  trainingsCompleted: number | null;
}

/** A row of the statement: one area's quarter, before the quarters with no row are filled in. */
type Row = Omit<ImpactQuarter, "quarter" | "businessesStillActive"> & {
  regionId: string;
  start: Date;
  businessesStillActive: number;
};

/** A timestamp's quarter start in WIB, as a date. */
const quarterOf = (column: Prisma.Sql) =>
  Prisma.sql`date_trunc('quarter', ${column} AT TIME ZONE 'Asia/Jakarta')::date`;

/**
 * One statement per kind of area asked for: every metric per area and quarter. Each people-figure is a CTE of
 * published village cells (HAVING ... >= MIN_HOUSEHOLDS_PER_CELL) summed per area; the business and round figures
 * join the quarters grid directly.
 */
function impactQuery(prisma: PrismaClient, column: Prisma.Sql, ids: string[], first: Date, end: Date, now: Date) {
  const min = MIN_HOUSEHOLDS_PER_CELL;
  return prisma.$queryRaw<Row[]>`
    WITH ${publishedRemittanceCtes(column, ids, first, end)},
    "quarters" AS (
      SELECT d::date AS "start", (d + interval '3 months')::date AS "end"
      FROM generate_series(${first}::date::timestamp, (${end}::date - 1)::timestamp, interval '3 months') d
    ), "places" AS (
      SELECT v."id" AS "villageId", ${column}::text AS "regionId"
      FROM "Village" v JOIN "Regency" g ON g."id" = v."regencyId"
      WHERE ${column} = ANY(${ids}::uuid[])
    ), "grid" AS (
      SELECT DISTINCT p."regionId", q."start", q."end" FROM "places" p CROSS JOIN "quarters" q
    ), "remitted" AS (
      SELECT "regionId", date_trunc('quarter', to_date("month", 'YYYY-MM'))::date AS "start",
             sum("amountIdr")::bigint AS "remittedIdr", sum("productiveIdr")::bigint AS "productiveIdr",
             count(DISTINCT "householdId")::int AS "remittingHouseholds"
      FROM "published" GROUP BY 1, 2
    ), "pledged" AS (
      SELECT p."regionId", c."start", sum(c."raised")::bigint AS "raisedIdr"
      FROM (
        SELECT b."villageId", ${quarterOf(Prisma.sql`pl."createdAt"`)} AS "start", sum(pl."amountIdr") AS "raised"
        FROM "Pledge" pl JOIN "FundingRound" fr ON fr."id" = pl."roundId" JOIN "Business" b ON b."id" = fr."businessId"
        WHERE pl."status" = 'ACTIVE' AND pl."createdAt" >= ${first} AND pl."createdAt" < ${end}
          AND b."villageId" IN (SELECT "villageId" FROM "places")
        GROUP BY 1, 2 HAVING count(DISTINCT pl."householdId") >= ${min}
      ) c JOIN "places" p USING ("villageId") GROUP BY 1, 2
    ), "opened" AS (
      SELECT p."regionId", c."start", sum(c."n")::int AS "casesOpened"
      FROM (
        SELECT pc."villageId", ${quarterOf(Prisma.sql`pc."openedAt"`)} AS "start", count(*) AS "n"
        FROM "ProtectionCase" pc
        WHERE pc."openedAt" >= ${first} AND pc."openedAt" < ${end} AND pc."villageId" IN (SELECT "villageId" FROM "places")
        GROUP BY 1, 2 HAVING count(*) >= ${min}
      ) c JOIN "places" p USING ("villageId") GROUP BY 1, 2
    ), "resolvedCases" AS (
      SELECT pc."villageId", ${quarterOf(Prisma.sql`pc."closedAt"`)} AS "start",
             extract(epoch FROM pc."closedAt" - pc."openedAt") / 86400 AS "days",
             count(*) OVER (PARTITION BY pc."villageId", ${quarterOf(Prisma.sql`pc."closedAt"`)}) AS "n"
      FROM "ProtectionCase" pc
      WHERE pc."status" = 'RESOLVED' AND pc."closedAt" >= ${first} AND pc."closedAt" < ${end}
        AND pc."villageId" IN (SELECT "villageId" FROM "places")
    ), "resolved" AS (
      SELECT p."regionId", r."start", count(*)::int AS "casesResolved",
             round(percentile_cont(0.5) WITHIN GROUP (ORDER BY r."days"))::int AS "medianDaysToResolution"
      FROM "resolvedCases" r JOIN "places" p USING ("villageId") WHERE r."n" >= ${min} GROUP BY 1, 2
    ), "trained" AS (
      SELECT p."regionId", c."start", sum(c."n")::int AS "trainingsCompleted"
      FROM (
        SELECT pe."villageId", ${quarterOf(Prisma.sql`e."completedAt"`)} AS "start", count(DISTINCT e."personId") AS "n"
        FROM "Enrolment" e JOIN "Person" pe ON pe."id" = e."personId"
        WHERE e."status" = 'COMPLETED' AND e."completedAt" >= ${first} AND e."completedAt" < ${end}
          AND pe."villageId" IN (SELECT "villageId" FROM "places")
        GROUP BY 1, 2 HAVING count(DISTINCT e."personId") >= ${min}
      ) c JOIN "places" p USING ("villageId") GROUP BY 1, 2
    ), "businesses" AS (
      SELECT gr."regionId", gr."start",
             count(*) FILTER (WHERE b."started" >= gr."start" AND b."started" < gr."end")::int AS "businessesStarted",
             count(*) FILTER (WHERE b."started" >= gr."start" AND b."started" < gr."end"
                                AND b."status" = 'ACTIVE')::int AS "businessesStillActive",
             coalesce(sum(b."employees") FILTER (WHERE b."started" < gr."end" AND b."status" = 'ACTIVE'), 0)::int
               AS "jobs"
      FROM "grid" gr
      JOIN "places" p ON p."regionId" = gr."regionId"
      JOIN (SELECT "villageId", "status", "employees",
                   coalesce("foundedAt", ("createdAt" AT TIME ZONE 'Asia/Jakarta')::date) AS "started"
            FROM "Business") b ON b."villageId" = p."villageId"
      GROUP BY 1, 2
    ), "rounds" AS (
      SELECT gr."regionId", gr."start",
             coalesce(sum(s."due") FILTER (WHERE s."dueOn" < gr."end" AND s."dueOn" <= ${now}::date), 0)::bigint
               AS "dueToDateIdr"
      FROM "grid" gr
      JOIN "places" p ON p."regionId" = gr."regionId"
      JOIN "Business" b ON b."villageId" = p."villageId"
      JOIN "FundingRound" fr ON fr."businessId" = b."id"
      JOIN (SELECT "roundId", "dueOn", "principalIdr" + "returnIdr" AS "due" FROM "RepaymentSchedule") s
        ON s."roundId" = fr."id"
      GROUP BY 1, 2
    ), "repayments" AS (
      SELECT gr."regionId", gr."start",
             coalesce(sum(rp."amountIdr") FILTER (WHERE rp."paidAt" >= gr."start" AND rp."paidAt" < gr."end"), 0)::bigint
               AS "repaidIdr",
             coalesce(sum(rp."amountIdr") FILTER (WHERE rp."paidAt" < gr."end"), 0)::bigint AS "repaidToDateIdr"
      FROM "grid" gr
      JOIN "places" p ON p."regionId" = gr."regionId"
      JOIN "Business" b ON b."villageId" = p."villageId"
      JOIN "FundingRound" fr ON fr."businessId" = b."id"
      JOIN "Repayment" rp ON rp."roundId" = fr."id" AND rp."kind" = 'INSTALMENT'
      GROUP BY 1, 2
    )
    SELECT gr."regionId", gr."start",
           rm."remittedIdr", rm."productiveIdr", rm."remittingHouseholds",
           coalesce(bz."businessesStarted", 0) AS "businessesStarted",
           coalesce(bz."businessesStillActive", 0) AS "businessesStillActive", coalesce(bz."jobs", 0) AS "jobs",
           pg."raisedIdr", coalesce(rp."repaidIdr", 0::bigint) AS "repaidIdr",
           coalesce(rd."dueToDateIdr", 0::bigint) AS "dueToDateIdr",
           coalesce(rp."repaidToDateIdr", 0::bigint) AS "repaidToDateIdr",
           op."casesOpened", rs."casesResolved", rs."medianDaysToResolution", tr."trainingsCompleted"
    FROM "grid" gr
    LEFT JOIN "remitted" rm USING ("regionId", "start")
    LEFT JOIN "businesses" bz USING ("regionId", "start")
    LEFT JOIN "pledged" pg USING ("regionId", "start")
    LEFT JOIN "rounds" rd USING ("regionId", "start")
    LEFT JOIN "repayments" rp USING ("regionId", "start")
    LEFT JOIN "opened" op USING ("regionId", "start")
    LEFT JOIN "resolved" rs USING ("regionId", "start")
    LEFT JOIN "trained" tr USING ("regionId", "start")
    ORDER BY gr."start"`;
}

/**
 * The impact series of each area asked for: IMPACT_QUARTERS quarters, oldest first, up to the one containing `now`.
 * One statement per kind of area, whatever the number of areas.
 */
export async function loadImpact(
  prisma: PrismaClient,
  keys: readonly AreaKey[],
  now = new Date(),
): Promise<ImpactQuarter[][]> {
  const first = quarterStart(now, IMPACT_QUARTERS - 1);
  const end = quarterStart(now, -1);
  // A business counts as lasting a year when its quarter ended at least twelve months before now.
  const lastedFrom = quarterStart(now, 4);
  const rows = await perRegion<Row, AreaKey["kind"]>(keys, (column, ids) =>
    impactQuery(prisma, column, ids, first, end, now),
  );
  const quarters = Array.from({ length: IMPACT_QUARTERS }, (_, i) => quarterStart(now, IMPACT_QUARTERS - 1 - i));
  return keys.map((key) => {
    const byStart = new Map((rows.get(regionKeyString(key)) ?? []).map((row) => [row.start.getTime(), row]));
    return quarters.map((start): ImpactQuarter => {
      const row = byStart.get(start.getTime());
      return {
        quarter: quarterLabel(start),
        remittedIdr: row?.remittedIdr ?? null,
        productiveIdr: row?.productiveIdr ?? null,
        remittingHouseholds: row?.remittingHouseholds ?? null,
        businessesStarted: row?.businessesStarted ?? 0,
        businessesStillActive: start < lastedFrom ? (row?.businessesStillActive ?? 0) : null,
        jobs: row?.jobs ?? 0,
        raisedIdr: row?.raisedIdr ?? null,
        repaidIdr: row?.repaidIdr ?? 0n,
        dueToDateIdr: row?.dueToDateIdr ?? 0n,
        repaidToDateIdr: row?.repaidToDateIdr ?? 0n,
        casesOpened: row?.casesOpened ?? null,
        casesResolved: row?.casesResolved ?? null,
        medianDaysToResolution: row?.medianDaysToResolution ?? null,
        trainingsCompleted: row?.trainingsCompleted ?? null,
      };
    });
  });
}
