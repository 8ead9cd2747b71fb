-- Rules Prisma's schema language cannot express. Appended to the migration that creates the tables;
-- Prisma's diff ignores CHECKs and triggers, so they never show as drift.

-- Official codes
ALTER TABLE "Province" ADD CONSTRAINT "Province_code_format" CHECK ("code" ~ '^[0-9]{2}$');
ALTER TABLE "Regency" ADD CONSTRAINT "Regency_code_format" CHECK ("code" ~ '^[0-9]{4}$');
ALTER TABLE "Village" ADD CONSTRAINT "Village_code_format" CHECK ("code" ~ '^[0-9]{10}$');
ALTER TABLE "Village" ADD CONSTRAINT "Village_population_nonneg" CHECK ("population" IS NULL OR "population" >= 0);
ALTER TABLE "MigrationEpisode" ADD CONSTRAINT "MigrationEpisode_country_format" CHECK ("destinationCountry" ~ '^[A-Z]{2}$');
ALTER TABLE "MigrationEpisode" ADD CONSTRAINT "MigrationEpisode_dates" CHECK ("returnedAt" IS NULL OR "departedAt" IS NULL OR "returnedAt" >= "departedAt");
ALTER TABLE "Household" ADD CONSTRAINT "Household_income_nonneg" CHECK ("declaredAnnualIncomeIdr" IS NULL OR "declaredAnnualIncomeIdr" >= 0);

-- Cooperative by-laws: SHU percentages each 0..100 and summing to 100
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_shu_sum_100" CHECK (
  "shuReservePct" + "shuMembersPct" + "shuBoardPct" + "shuStaffPct" + "shuEducationPct" + "shuSocialPct" = 100);
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_shu_each_pct" CHECK (
  "shuReservePct" BETWEEN 0 AND 100 AND "shuMembersPct" BETWEEN 0 AND 100 AND "shuBoardPct" BETWEEN 0 AND 100
  AND "shuStaffPct" BETWEEN 0 AND 100 AND "shuEducationPct" BETWEEN 0 AND 100 AND "shuSocialPct" BETWEEN 0 AND 100
  AND "shuJuaPctOfMembers" BETWEEN 0 AND 100);
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_savings_nonneg" CHECK ("simpananPokokIdr" >= 0 AND "simpananWajibIdr" >= 0);
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_fee_bps" CHECK ("marketplaceFeeBps" BETWEEN 0 AND 10000);
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_position_pos" CHECK ("position" > 0);
ALTER TABLE "ShuRun" ADD CONSTRAINT "ShuRun_parts_sum" CHECK (
  "surplusIdr" >= 0 AND "reserveIdr" >= 0 AND "membersIdr" >= 0 AND "boardIdr" >= 0 AND "staffIdr" >= 0
  AND "educationIdr" >= 0 AND "socialIdr" >= 0
  AND "reserveIdr" + "membersIdr" + "boardIdr" + "staffIdr" + "educationIdr" + "socialIdr" = "surplusIdr");
ALTER TABLE "ShuAllocation" ADD CONSTRAINT "ShuAllocation_nonneg" CHECK ("juaIdr" >= 0 AND "jmaIdr" >= 0);
-- One live (unreversed) SHU run per cooperative and year
CREATE UNIQUE INDEX "ShuRun_one_live_per_year" ON "ShuRun" ("cooperativeId", "fiscalYear") WHERE "reversalEntryId" IS NULL;

-- Commerce
ALTER TABLE "Business" ADD CONSTRAINT "Business_employees_nonneg" CHECK ("employees" >= 0);
ALTER TABLE "Product" ADD CONSTRAINT "Product_price_pos" CHECK ("priceIdr" > 0 AND "priceIdr" <= 1000000000000);
ALTER TABLE "Product" ADD CONSTRAINT "Product_stock_nonneg" CHECK ("stock" >= 0);
ALTER TABLE "CartItem" ADD CONSTRAINT "CartItem_quantity_pos" CHECK ("quantity" > 0);
ALTER TABLE "Checkout" ADD CONSTRAINT "Checkout_total_nonneg" CHECK ("totalIdr" >= 0);
ALTER TABLE "Order" ADD CONSTRAINT "Order_amounts" CHECK ("subtotalIdr" >= 0 AND "feeIdr" >= 0 AND "feeIdr" <= "subtotalIdr");
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_amounts" CHECK (
  "quantity" > 0 AND "unitPriceIdr" >= 0 AND "lineTotalIdr" = "unitPriceIdr" * "quantity");

-- Remittances and investment
ALTER TABLE "Remittance" ADD CONSTRAINT "Remittance_amounts" CHECK (
  "amountMinor" > 0 AND "amountIdr" > 0 AND "rate" > 0 AND "currency" ~ '^[A-Z]{3}$' AND "corridorCountry" ~ '^[A-Z]{2}$');
ALTER TABLE "RemittanceAllocation" ADD CONSTRAINT "RemittanceAllocation_nonneg" CHECK (
  "consumptionIdr" >= 0 AND "savingsIdr" >= 0 AND "investmentIdr" >= 0);
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_amounts" CHECK (
  "targetIdr" > 0 AND "minTicketIdr" > 0 AND "minTicketIdr" <= "maxTicketIdr" AND "maxTicketIdr" <= "targetIdr"
  AND "returnBps" >= 0 AND "tenorMonths" > 0);
ALTER TABLE "FundingRound" ADD CONSTRAINT "FundingRound_dates" CHECK ("closesAt" > "opensAt");
ALTER TABLE "Pledge" ADD CONSTRAINT "Pledge_amount_pos" CHECK ("amountIdr" > 0);
ALTER TABLE "RepaymentSchedule" ADD CONSTRAINT "RepaymentSchedule_amounts" CHECK (
  "sequence" > 0 AND "principalIdr" >= 0 AND "returnIdr" >= 0);
ALTER TABLE "Repayment" ADD CONSTRAINT "Repayment_amount_pos" CHECK ("amountIdr" > 0);
ALTER TABLE "Distribution" ADD CONSTRAINT "Distribution_amount_nonneg" CHECK ("amountIdr" >= 0);

-- Ledger: accounts that may not go negative never do; postings are never zero
ALTER TABLE "Account" ADD CONSTRAINT "Account_no_negative" CHECK ("allowNegative" OR "balance" >= 0);
ALTER TABLE "Account" ADD CONSTRAINT "Account_currency_format" CHECK ("currency" ~ '^[A-Z]{3}$');
ALTER TABLE "Posting" ADD CONSTRAINT "Posting_amount_nonzero" CHECK ("amount" <> 0);
ALTER TABLE "VillageLink" ADD CONSTRAINT "VillageLink_distinct" CHECK ("fromVillageId" <> "toVillageId");

-- The cached balance moves with every posting, in the same transaction, under the account row's lock
-- (so two concurrent withdrawals serialise on it and the CHECK above refuses the second).
CREATE FUNCTION ledger_apply_posting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE account_currency char(3);
BEGIN
  UPDATE "Account" SET "balance" = "balance" + NEW."amount" WHERE "id" = NEW."accountId"
    RETURNING "currency" INTO account_currency;
  IF account_currency IS DISTINCT FROM NEW."currency" THEN
    RAISE EXCEPTION 'posting currency % does not match account currency %', NEW."currency", account_currency
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Posting_apply" AFTER INSERT ON "Posting" FOR EACH ROW EXECUTE FUNCTION ledger_apply_posting();

-- Every journal entry balances to zero per currency, checked at commit (postings are inserted one by one).
CREATE FUNCTION ledger_check_entry_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Posting" WHERE "entryId" = NEW."entryId" GROUP BY "currency" HAVING sum("amount") <> 0) THEN
    RAISE EXCEPTION 'journal entry % does not balance', NEW."entryId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER "Posting_balanced" AFTER INSERT ON "Posting" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION ledger_check_entry_balanced();

-- Money records are append-only: corrections are reversing entries, never edits.
CREATE FUNCTION forbid_money_edit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: record a reversing entry instead', TG_TABLE_NAME USING ERRCODE = 'restrict_violation';
END $$;
CREATE TRIGGER "Posting_append_only" BEFORE UPDATE OR DELETE ON "Posting" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
CREATE TRIGGER "JournalEntry_append_only" BEFORE UPDATE OR DELETE ON "JournalEntry" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
CREATE TRIGGER "Remittance_append_only" BEFORE UPDATE OR DELETE ON "Remittance" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
CREATE TRIGGER "RemittanceAllocation_append_only" BEFORE UPDATE OR DELETE ON "RemittanceAllocation" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
CREATE TRIGGER "Repayment_append_only" BEFORE UPDATE OR DELETE ON "Repayment" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
CREATE TRIGGER "Distribution_append_only" BEFORE UPDATE OR DELETE ON "Distribution" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
CREATE TRIGGER "ShuAllocation_append_only" BEFORE UPDATE OR DELETE ON "ShuAllocation" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
-- Account balances change only through postings (the trigger above); no one deletes an account.
CREATE TRIGGER "Account_no_delete" BEFORE DELETE ON "Account" FOR EACH ROW EXECUTE FUNCTION forbid_money_edit();
