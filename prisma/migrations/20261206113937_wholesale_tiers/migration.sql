-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "buyerCooperativeId" UUID;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "wholesaleMinQuantity" INTEGER;

-- CreateTable
CREATE TABLE "WholesalePriceTier" (
    "id" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "minQuantity" INTEGER NOT NULL,
    "unitPriceIdr" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WholesalePriceTier_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WholesalePriceTier_productId_minQuantity_key" ON "WholesalePriceTier"("productId", "minQuantity");

-- CreateIndex
CREATE INDEX "Order_buyerCooperativeId_placedAt_idx" ON "Order"("buyerCooperativeId", "placedAt");

-- AddForeignKey
ALTER TABLE "WholesalePriceTier" ADD CONSTRAINT "WholesalePriceTier_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_buyerCooperativeId_fkey" FOREIGN KEY ("buyerCooperativeId") REFERENCES "Cooperative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A tier starts above one unit (one unit is retail) and costs whole rupiah above zero; the service checks the rest
-- (rising minimums, falling prices below retail, at most five).
ALTER TABLE "WholesalePriceTier" ADD CONSTRAINT "WholesalePriceTier_minQuantity_check" CHECK ("minQuantity" >= 2);
ALTER TABLE "WholesalePriceTier" ADD CONSTRAINT "WholesalePriceTier_unitPriceIdr_check" CHECK ("unitPriceIdr" > 0);
