-- CreateTable
CREATE TABLE "RemittanceCell" (
    "regionKind" VARCHAR(8) NOT NULL,
    "regionId" UUID NOT NULL,
    "windowStart" DATE NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "corridorCountry" VARCHAR(2) NOT NULL,
    "amountIdr" BIGINT NOT NULL,
    "productiveIdr" BIGINT NOT NULL,
    "transfers" INTEGER NOT NULL,
    "households" INTEGER NOT NULL,

    CONSTRAINT "RemittanceCell_pkey" PRIMARY KEY ("regionKind","regionId","windowStart","month","corridorCountry")
);

-- CreateTable
CREATE TABLE "RemittanceCellWindow" (
    "id" INTEGER NOT NULL,
    "windowStart" DATE NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RemittanceCellWindow_pkey" PRIMARY KEY ("id")
);

-- Remittance aggregates at national scale (issue #14): a province's figures computed from its remittances took 2 s
-- per request on the benchmark's data set (1,000,000 remittances), and readers' queries piled up behind each other.
-- Each region's published cells for the current 12-month window are kept here instead. When a village's remittances
-- change, its cells are recomputed (a village has hundreds of rows, not a million), then its regency's and
-- province's cells as sums of their villages' cells. Sums are exact: a household belongs to one village, so distinct
-- households add up too.

-- The published cells of the given villages (every village when NULL) for the window starting at window_start, as
-- apps/api/src/modules/aggregates/service.ts publishes them: per village, month and corridor, a corridor with fewer
-- than 3 households (MIN_HOUSEHOLDS_PER_CELL) is folded into the month's ZZ cell, a cell still under 3 is dropped;
-- plus each village's total over its published cells (month and corridor '').
CREATE FUNCTION remittance_cells_of(villages uuid[], window_start date)
  RETURNS TABLE ("villageId" uuid, "month" text, "corridorCountry" text, "amountIdr" bigint, "productiveIdr" bigint,
                 "transfers" int, "households" int)
  LANGUAGE sql STABLE AS $$
  WITH base AS (
    SELECT h."villageId", to_char(r."receivedOn", 'YYYY-MM') AS "month", r."corridorCountry"::text AS "corridor",
           r."householdId", r."amountIdr", coalesce(a."savingsIdr" + a."investmentIdr", 0) AS "productiveIdr"
    FROM "Remittance" r
    LEFT JOIN "RemittanceAllocation" a ON a."remittanceId" = r."id"
    JOIN "Household" h ON h."id" = r."householdId"
    WHERE (villages IS NULL OR h."villageId" = ANY (villages)) AND r."receivedOn" >= window_start
  ), corridors AS (
    SELECT "villageId", "month", "corridor", count(DISTINCT "householdId") AS "households" FROM base GROUP BY 1, 2, 3
  ), folded AS (
    SELECT b.*, CASE WHEN c."households" >= 3 THEN b."corridor" ELSE 'ZZ' END AS "cell"
    FROM base b JOIN corridors c USING ("villageId", "month", "corridor")
  ), published AS (
    SELECT "villageId", "month", "cell" FROM folded GROUP BY 1, 2, 3 HAVING count(DISTINCT "householdId") >= 3
  )
  SELECT f."villageId", coalesce(f."month", ''), coalesce(f."cell", ''), sum(f."amountIdr")::bigint,
         sum(f."productiveIdr")::bigint, count(*)::int, count(DISTINCT f."householdId")::int
  FROM folded f JOIN published p USING ("villageId", "month", "cell")
  GROUP BY GROUPING SETS ((f."villageId", f."month", f."cell"), (f."villageId"))
$$;

-- Rewrites the regency and province cells of the given villages as sums of their villages' cells.
CREATE FUNCTION remittance_cells_sum_regions(villages uuid[], w date) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "RemittanceCell"
  WHERE ("regionKind" = 'regency' AND "regionId" IN (SELECT "regencyId" FROM "Village" WHERE "id" = ANY (villages)))
     OR ("regionKind" = 'province' AND "regionId" IN (
           SELECT g."provinceId" FROM "Village" v JOIN "Regency" g ON g."id" = v."regencyId" WHERE v."id" = ANY (villages)));
  INSERT INTO "RemittanceCell"
  SELECT 'regency', v."regencyId", w, c."month", c."corridorCountry", sum(c."amountIdr")::bigint,
         sum(c."productiveIdr")::bigint, sum(c."transfers")::int, sum(c."households")::int
  FROM "RemittanceCell" c JOIN "Village" v ON v."id" = c."regionId"
  WHERE c."regionKind" = 'village' AND c."windowStart" = w
    AND v."regencyId" IN (SELECT "regencyId" FROM "Village" WHERE "id" = ANY (villages))
  GROUP BY v."regencyId", c."month", c."corridorCountry";
  INSERT INTO "RemittanceCell"
  SELECT 'province', g."provinceId", w, c."month", c."corridorCountry", sum(c."amountIdr")::bigint,
         sum(c."productiveIdr")::bigint, sum(c."transfers")::int, sum(c."households")::int
  FROM "RemittanceCell" c JOIN "Regency" g ON g."id" = c."regionId"
  WHERE c."regionKind" = 'regency' AND c."windowStart" = w
    AND g."provinceId" IN (
      SELECT g2."provinceId" FROM "Village" v JOIN "Regency" g2 ON g2."id" = v."regencyId" WHERE v."id" = ANY (villages))
  GROUP BY g."provinceId", c."month", c."corridorCountry";
$$;

-- Recomputes the cells of the given villages and of their regencies and provinces, for the window in force. Two
-- transactions changing remittances in one province at once must not each write sums that miss the other's rows:
-- each takes the province's lock first (advisory namespace 7301119; key 0 is the whole table, which a rebuild holds
-- alone) and then reads with a fresh snapshot (READ COMMITTED, one snapshot per statement), after the other has
-- committed.
CREATE FUNCTION remittance_cells_refresh(villages uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  w date;
  p uuid;
BEGIN
  villages := ARRAY(SELECT DISTINCT x FROM unnest(villages) x WHERE x IS NOT NULL);
  IF cardinality(villages) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock_shared(7301119, 0);
  FOR p IN SELECT DISTINCT g."provinceId" FROM "Village" v JOIN "Regency" g ON g."id" = v."regencyId"
           WHERE v."id" = ANY (villages) ORDER BY 1 LOOP
    PERFORM pg_advisory_xact_lock(7301119, hashtext(p::text));
  END LOOP;
  SELECT "windowStart" INTO w FROM "RemittanceCellWindow" WHERE "id" = 1;
  IF w IS NULL THEN RETURN; END IF;
  DELETE FROM "RemittanceCell" WHERE "regionKind" = 'village' AND "regionId" = ANY (villages);
  INSERT INTO "RemittanceCell"
  SELECT 'village', c."villageId", w, c."month", c."corridorCountry", c."amountIdr", c."productiveIdr", c."transfers",
         c."households"
  FROM remittance_cells_of(villages, w) c;
  PERFORM remittance_cells_sum_regions(villages, w);
END $$;

-- Rebuilds every region's cells for a new window (the aggregates.remittanceCells job, when the month turns).
CREATE FUNCTION remittance_cells_rebuild(window_start date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7301119, 0);
  DELETE FROM "RemittanceCell";
  INSERT INTO "RemittanceCell"
  SELECT 'village', c."villageId", window_start, c."month", c."corridorCountry", c."amountIdr", c."productiveIdr",
         c."transfers", c."households"
  FROM remittance_cells_of(NULL, window_start) c;
  PERFORM remittance_cells_sum_regions(ARRAY(SELECT "id" FROM "Village"), window_start);
  INSERT INTO "RemittanceCellWindow" ("id", "windowStart", "refreshedAt") VALUES (1, window_start, now())
  ON CONFLICT ("id") DO UPDATE SET "windowStart" = EXCLUDED."windowStart", "refreshedAt" = EXCLUDED."refreshedAt";
END $$;

-- Row triggers deferred to commit: the province's lock is held only while its cells are rewritten, a transaction
-- that writes a remittance and its allocation recomputes after both, and nothing runs for rows never committed.
-- Remittances and allocations are append-only (forbid_money_edit), so only their inserts change a village's cells;
-- a household changes them by moving village or being deleted.
CREATE FUNCTION remittance_cells_on_remittance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM remittance_cells_refresh(ARRAY(SELECT "villageId" FROM "Household" WHERE "id" = NEW."householdId"));
  RETURN NULL;
END $$;

CREATE FUNCTION remittance_cells_on_allocation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM remittance_cells_refresh(ARRAY(
    SELECT h."villageId" FROM "Remittance" r JOIN "Household" h ON h."id" = r."householdId"
    WHERE r."id" = NEW."remittanceId"));
  RETURN NULL;
END $$;

CREATE FUNCTION remittance_cells_on_household() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM remittance_cells_refresh(ARRAY[OLD."villageId", CASE WHEN TG_OP = 'UPDATE' THEN NEW."villageId" END]);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER remittance_cells_remittance AFTER INSERT ON "Remittance"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION remittance_cells_on_remittance();
CREATE CONSTRAINT TRIGGER remittance_cells_allocation AFTER INSERT ON "RemittanceAllocation"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION remittance_cells_on_allocation();
CREATE CONSTRAINT TRIGGER remittance_cells_household AFTER UPDATE OF "villageId" OR DELETE ON "Household"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION remittance_cells_on_household();

-- The window in force now (12 months up to this one, in UTC as service.ts counts them).
SELECT remittance_cells_rebuild((date_trunc('month', now() AT TIME ZONE 'UTC') - interval '11 months')::date);
