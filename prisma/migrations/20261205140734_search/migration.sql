-- Search (issue #12): full text with the Snowball 'indonesian' stemmer plus pg_trgm for typos. Both exist on
-- PostgreSQL 15+ and on PGlite (which loads pg_trgm in its constructor, see packages/db/src/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "ProductSearch" (
    "productId" UUID NOT NULL,
    "terms" TEXT NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "ProductSearch_pkey" PRIMARY KEY ("productId")
);

-- CreateTable
CREATE TABLE "BusinessSearch" (
    "businessId" UUID NOT NULL,
    "terms" TEXT NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "BusinessSearch_pkey" PRIMARY KEY ("businessId")
);

-- CreateTable
CREATE TABLE "VillageSearch" (
    "villageId" UUID NOT NULL,
    "terms" TEXT NOT NULL,
    "vector" tsvector NOT NULL,

    CONSTRAINT "VillageSearch_pkey" PRIMARY KEY ("villageId")
);

-- CreateIndex
CREATE INDEX "ProductSearch_vector_idx" ON "ProductSearch" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "ProductSearch_terms_idx" ON "ProductSearch" USING GIN ("terms" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "BusinessSearch_vector_idx" ON "BusinessSearch" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "BusinessSearch_terms_idx" ON "BusinessSearch" USING GIN ("terms" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "VillageSearch_vector_idx" ON "VillageSearch" USING GIN ("vector");

-- CreateIndex
CREATE INDEX "VillageSearch_terms_idx" ON "VillageSearch" USING GIN ("terms" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "ProductSearch" ADD CONSTRAINT "ProductSearch_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BusinessSearch" ADD CONSTRAINT "BusinessSearch_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VillageSearch" ADD CONSTRAINT "VillageSearch_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The documents below are written only by these functions, called by statement-level triggers, so a bulk insert
-- (the national benchmark data set) costs one statement per table, not one per row.
-- `vector`: 'indonesian' stems (keripik -> ripik, pedasnya -> pedas) plus 'simple' words, so a half-typed word
-- ("keri") still matches by prefix. Weights: A the name, B what it belongs to, C where, D long text.
-- `terms`: the short words trigram indexes match with typos; long text stays out so that typos match names.
CREATE FUNCTION search_document(config_words text, weight "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('indonesian'::regconfig, coalesce(config_words, '')), weight)
      || setweight(to_tsvector('simple'::regconfig, coalesce(config_words, '')), weight)
$$;

CREATE FUNCTION search_refresh_products(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ProductSearch" ("productId", "terms", "vector")
  SELECT p."id",
         concat_ws(' ', p."name", c."nameId", b."name", v."name"),
         search_document(p."name", 'A')
           || search_document(concat_ws(' ', c."nameId", c."nameEn", b."name"), 'B')
           || search_document(concat_ws(' ', v."name", v."districtName"), 'C')
           || setweight(to_tsvector('indonesian'::regconfig, p."description"), 'D')
  FROM "Product" p
  JOIN "ProductCategory" c ON c."id" = p."categoryId"
  JOIN "Business" b ON b."id" = p."businessId"
  JOIN "Village" v ON v."id" = b."villageId"
  WHERE p."id" = ANY (ids)
  ON CONFLICT ("productId") DO UPDATE SET "terms" = EXCLUDED."terms", "vector" = EXCLUDED."vector"
$$;

CREATE FUNCTION search_refresh_businesses(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "BusinessSearch" ("businessId", "terms", "vector")
  SELECT b."id",
         concat_ws(' ', b."name", v."name"),
         search_document(b."name", 'A')
           || search_document(concat_ws(' ', v."name", v."districtName"), 'B')
           || setweight(to_tsvector('indonesian'::regconfig, b."story"), 'D')
  FROM "Business" b
  JOIN "Village" v ON v."id" = b."villageId"
  WHERE b."id" = ANY (ids)
  ON CONFLICT ("businessId") DO UPDATE SET "terms" = EXCLUDED."terms", "vector" = EXCLUDED."vector"
$$;

CREATE FUNCTION search_refresh_villages(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "VillageSearch" ("villageId", "terms", "vector")
  SELECT v."id",
         concat_ws(' ', v."name", v."districtName", r."name", pr."name"),
         search_document(v."name", 'A')
           || search_document(v."districtName", 'B')
           || search_document(r."name", 'C')
           || search_document(pr."name", 'D')
  FROM "Village" v
  JOIN "Regency" r ON r."id" = v."regencyId"
  JOIN "Province" pr ON pr."id" = r."provinceId"
  WHERE v."id" = ANY (ids)
  ON CONFLICT ("villageId") DO UPDATE SET "terms" = EXCLUDED."terms", "vector" = EXCLUDED."vector"
$$;

CREATE FUNCTION search_on_product_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_products(ARRAY(SELECT "id" FROM new_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_product_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_products(ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (n."name", n."description", n."categoryId", n."businessId")
          IS DISTINCT FROM (o."name", o."description", o."categoryId", o."businessId")));
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_business_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_businesses(ARRAY(SELECT "id" FROM new_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_business_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed uuid[];
BEGIN
  changed := ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (n."name", n."story", n."villageId") IS DISTINCT FROM (o."name", o."story", o."villageId"));
  IF cardinality(changed) > 0 THEN
    PERFORM search_refresh_businesses(changed);
    PERFORM search_refresh_products(ARRAY(SELECT "id" FROM "Product" WHERE "businessId" = ANY (changed)));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_category_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_products(ARRAY(
    SELECT p."id" FROM "Product" p
    WHERE p."categoryId" IN (
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."nameId", n."nameEn") IS DISTINCT FROM (o."nameId", o."nameEn"))));
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_village_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_villages(ARRAY(SELECT "id" FROM new_rows));
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_village_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed uuid[];
BEGIN
  changed := ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (n."name", n."districtName", n."regencyId") IS DISTINCT FROM (o."name", o."districtName", o."regencyId"));
  IF cardinality(changed) > 0 THEN
    PERFORM search_refresh_villages(changed);
    PERFORM search_refresh_businesses(ARRAY(SELECT "id" FROM "Business" WHERE "villageId" = ANY (changed)));
    PERFORM search_refresh_products(ARRAY(
      SELECT p."id" FROM "Product" p JOIN "Business" b ON b."id" = p."businessId" WHERE b."villageId" = ANY (changed)));
  END IF;
  RETURN NULL;
END $$;

-- Regency and province names appear only in village documents.
CREATE FUNCTION search_on_regency_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_villages(ARRAY(
    SELECT v."id" FROM "Village" v
    WHERE v."regencyId" IN (
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
      WHERE (n."name", n."provinceId") IS DISTINCT FROM (o."name", o."provinceId"))));
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_province_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_villages(ARRAY(
    SELECT v."id" FROM "Village" v JOIN "Regency" r ON r."id" = v."regencyId"
    WHERE r."provinceId" IN (
      SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id" WHERE n."name" IS DISTINCT FROM o."name")));
  RETURN NULL;
END $$;

CREATE TRIGGER search_product_insert AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_product_insert();
CREATE TRIGGER search_product_update AFTER UPDATE ON "Product"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_product_update();
CREATE TRIGGER search_business_insert AFTER INSERT ON "Business"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_business_insert();
CREATE TRIGGER search_business_update AFTER UPDATE ON "Business"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_business_update();
CREATE TRIGGER search_category_update AFTER UPDATE ON "ProductCategory"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_category_update();
CREATE TRIGGER search_village_insert AFTER INSERT ON "Village"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_village_insert();
CREATE TRIGGER search_village_update AFTER UPDATE ON "Village"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_village_update();
CREATE TRIGGER search_regency_update AFTER UPDATE ON "Regency"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_regency_update();
CREATE TRIGGER search_province_update AFTER UPDATE ON "Province"
  REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION search_on_province_update();

-- Documents for the rows that exist already.
SELECT search_refresh_villages(ARRAY(SELECT "id" FROM "Village"));
SELECT search_refresh_businesses(ARRAY(SELECT "id" FROM "Business"));
SELECT search_refresh_products(ARRAY(SELECT "id" FROM "Product"));
