-- Remittance cells are refreshed once per village per transaction, not once per inserted row. The triggers are
-- deferred, so they all fire at commit, after every row of the transaction is written: the first refresh of a
-- village already sees all of them, and the later ones for that village would only repeat it. A transaction that
-- records many remittances (an import, the demo seed) was quadratic in them: each row rescanned the village's year.
-- The villages refreshed so far are kept in a transaction-local setting, which ends with the transaction.

CREATE FUNCTION remittance_cells_refresh_once(villages uuid[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  done text := coalesce(current_setting('remittance_cells.refreshed', true), '');
  pending uuid[];
BEGIN
  pending := ARRAY(SELECT DISTINCT x FROM unnest(villages) x WHERE x IS NOT NULL AND position(x::text IN done) = 0);
  IF cardinality(pending) = 0 THEN RETURN; END IF;
  PERFORM set_config('remittance_cells.refreshed', done || ',' || array_to_string(pending, ','), true);
  PERFORM remittance_cells_refresh(pending);
END $$;

CREATE OR REPLACE FUNCTION remittance_cells_on_remittance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM remittance_cells_refresh_once(ARRAY(SELECT "villageId" FROM "Household" WHERE "id" = NEW."householdId"));
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION remittance_cells_on_allocation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM remittance_cells_refresh_once(ARRAY(
    SELECT h."villageId" FROM "Remittance" r JOIN "Household" h ON h."id" = r."householdId"
    WHERE r."id" = NEW."remittanceId"));
  RETURN NULL;
END $$;
