-- Delivery options per business, the buyer's choice per order, shipping details and the auto-completion by-law.
-- Written by hand from the generated diff: the previous migration's schema snapshot (search) lacks the payments
-- models, so the generated diff repeated them.

-- CreateEnum
CREATE TYPE "DeliveryMethod" AS ENUM ('PICKUP', 'OWN_DELIVERY', 'COURIER');

-- CreateEnum
CREATE TYPE "PickupPlace" AS ENUM ('BUSINESS', 'COOPERATIVE');

-- AlterTable
ALTER TABLE "Cooperative" ADD COLUMN     "autoCompleteDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN     "contactPhone" VARCHAR(20);

-- The by-law's range, enforced where the data lives too.
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_autoCompleteDays_range" CHECK ("autoCompleteDays" BETWEEN 1 AND 30);

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "contactPhone" VARCHAR(20);

-- AlterTable
ALTER TABLE "Checkout" ADD COLUMN     "regencyId" UUID;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "autoCompleteAt" TIMESTAMPTZ(3),
ADD COLUMN     "courierName" VARCHAR(80),
ADD COLUMN     "deliveryMethod" "DeliveryMethod",
ADD COLUMN     "deliveryRegencyId" UUID,
ADD COLUMN     "pickupAddress" VARCHAR(500),
ADD COLUMN     "pickupHours" VARCHAR(200),
ADD COLUMN     "shippingNote" VARCHAR(500),
ADD COLUMN     "trackingNumber" VARCHAR(80);

-- CreateTable
CREATE TABLE "DeliverySettings" (
    "businessId" UUID NOT NULL,
    "pickupEnabled" BOOLEAN NOT NULL DEFAULT false,
    "pickupPlace" "PickupPlace" NOT NULL DEFAULT 'BUSINESS',
    "pickupAddress" VARCHAR(500) NOT NULL DEFAULT '',
    "pickupHours" VARCHAR(200) NOT NULL DEFAULT '',
    "ownDeliveryEnabled" BOOLEAN NOT NULL DEFAULT false,
    "courierEnabled" BOOLEAN NOT NULL DEFAULT false,
    "courierNames" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "courierRateIdr" BIGINT NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeliverySettings_pkey" PRIMARY KEY ("businessId"),
    CONSTRAINT "DeliverySettings_one_method" CHECK ("pickupEnabled" OR "ownDeliveryEnabled" OR "courierEnabled"),
    CONSTRAINT "DeliverySettings_rate_nonnegative" CHECK ("courierRateIdr" >= 0)
);

-- CreateTable
CREATE TABLE "DeliveryRate" (
    "businessId" UUID NOT NULL,
    "regencyId" UUID NOT NULL,
    "rateIdr" BIGINT NOT NULL,

    CONSTRAINT "DeliveryRate_pkey" PRIMARY KEY ("businessId","regencyId"),
    CONSTRAINT "DeliveryRate_rate_nonnegative" CHECK ("rateIdr" >= 0)
);

-- CreateIndex
CREATE INDEX "Order_status_autoCompleteAt_idx" ON "Order"("status", "autoCompleteAt");

-- AddForeignKey
ALTER TABLE "Checkout" ADD CONSTRAINT "Checkout_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_deliveryRegencyId_fkey" FOREIGN KEY ("deliveryRegencyId") REFERENCES "Regency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliverySettings" ADD CONSTRAINT "DeliverySettings_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryRate" ADD CONSTRAINT "DeliveryRate_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeliveryRate" ADD CONSTRAINT "DeliveryRate_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Regency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
