-- CreateTable
CREATE TABLE "RemittanceCell" (
    "villageId" UUID NOT NULL,
    "windowStart" DATE NOT NULL,
    "month" VARCHAR(7) NOT NULL,
    "corridorCountry" VARCHAR(2) NOT NULL,
    "amountIdr" BIGINT NOT NULL,
    "productiveIdr" BIGINT NOT NULL,
    "transfers" INTEGER NOT NULL,
    "households" INTEGER NOT NULL,

    CONSTRAINT "RemittanceCell_pkey" PRIMARY KEY ("villageId","windowStart","month","corridorCountry")
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
-- Each village's published cells for the current 12-month window are kept here instead, recomputed for one village
-- when its remittances change (a village has hundreds of rows, not a million), so a region's figures are a sum over
-- its villages' rows. Sums are exact: a household belongs to one village, so distinct households add up too.

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

-- Recomputes the cells of the given villages for the window in force. Two transactions changing one village's
-- remittances at once must not each write cells that miss the other's row: each takes the village's lock first and
-- then reads with a fresh snapshot (READ COMMITTED, one snapshot per statement), after the other has committed. (Advisory locks: namespace 7301119; the second key is
-- the village's hash, or 0 for the whole table, which a rebuild holds alone.)
CREATE FUNCTION remittance_cells_refresh(villages uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  w date;
  v uuid;
BEGIN
  IF villages IS NULL OR cardinality(villages) = 0 THEN RETURN; END IF;
  PERFORM pg_advisory_xact_lock_shared(7301119, 0);
  FOR v IN SELECT DISTINCT x FROM unnest(villages) x WHERE x IS NOT NULL ORDER BY x LOOP
    PERFORM pg_advisory_xact_lock(7301119, hashtext(v::text));
  END LOOP;
  SELECT "windowStart" INTO w FROM "RemittanceCellWindow" WHERE "id" = 1;
  IF w IS NULL THEN RETURN; END IF;
  DELETE FROM "RemittanceCell" WHERE "villageId" = ANY (villages);
  INSERT INTO "RemittanceCell" ("villageId", "windowStart", "month", "corridorCountry", "amountIdr", "productiveIdr",
                                "transfers", "households")
  SELECT c."villageId", w, c."month", c."corridorCountry", c."amountIdr", c."productiveIdr", c."transfers",
         c."households"
  FROM remittance_cells_of(villages, w) c;
END $$;

-- Rebuilds every village's cells for a new window (the aggregates.remittanceCells job, when the month turns).
CREATE FUNCTION remittance_cells_rebuild(window_start date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7301119, 0);
  DELETE FROM "RemittanceCell";
  INSERT INTO "RemittanceCell" ("villageId", "windowStart", "month", "corridorCountry", "amountIdr", "productiveIdr",
                                "transfers", "households")
  SELECT c."villageId", window_start, c."month", c."corridorCountry", c."amountIdr", c."productiveIdr",
         c."transfers", c."households"
  FROM remittance_cells_of(NULL, window_start) c;
  INSERT INTO "RemittanceCellWindow" ("id", "windowStart", "refreshedAt") VALUES (1, window_start, now())
  ON CONFLICT ("id") DO UPDATE SET "windowStart" = EXCLUDED."windowStart", "refreshedAt" = EXCLUDED."refreshedAt";
END $$;

-- Row triggers deferred to commit: the village's lock is held only while its cells are rewritten, a transaction
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
