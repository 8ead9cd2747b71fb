-- DropIndex
DROP INDEX "Product_status_publishedAt_idx";

-- DropIndex
DROP INDEX "Product_status_priceIdr_idx";

-- CreateIndex
CREATE INDEX "Business_status_id_idx" ON "Business"("status", "id");

-- CreateIndex
CREATE INDEX "Product_status_publishedAt_id_idx" ON "Product"("status", "publishedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Product_status_priceIdr_id_idx" ON "Product"("status", "priceIdr", "id");

-- CreateIndex
CREATE INDEX "Product_status_businessId_idx" ON "Product"("status", "businessId");
