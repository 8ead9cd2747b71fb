-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "deliveryFeeIdr" BIGINT NOT NULL DEFAULT 0;

-- The buyer pays goods plus delivery; the fee comes out of the goods only.
ALTER TABLE "Order" ADD CONSTRAINT "Order_delivery_fee" CHECK ("deliveryFeeIdr" >= 0);
