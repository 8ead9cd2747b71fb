-- CreateEnum
CREATE TYPE "OfficerRole" AS ENUM ('CHAIR', 'SECRETARY', 'TREASURER', 'SUPERVISOR', 'OTHER');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('TRANSFER', 'CASH_ON_DELIVERY');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('AWAITING_PAYMENT', 'PROOF_SUBMITTED', 'CONFIRMED', 'REJECTED', 'EXPIRED', 'CASH_ON_DELIVERY', 'CANCELLED');

-- AlterTable
ALTER TABLE "CooperativeOfficer" ADD COLUMN     "role" "OfficerRole" NOT NULL DEFAULT 'OTHER';

-- AlterTable
ALTER TABLE "Cooperative" ADD COLUMN     "qrisPayload" VARCHAR(512);

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "paymentId" UUID;

-- CreateTable
CREATE TABLE "CooperativeBankAccount" (
    "id" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "bankName" VARCHAR(80) NOT NULL,
    "accountNumber" VARCHAR(40) NOT NULL,
    "holderName" VARCHAR(160) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CooperativeBankAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "reference" VARCHAR(30) NOT NULL,
    "checkoutId" UUID NOT NULL,
    "buyerId" UUID NOT NULL,
    "cooperativeId" UUID,
    "kind" "PaymentKind" NOT NULL,
    "status" "PaymentStatus" NOT NULL,
    "amountIdr" BIGINT NOT NULL,
    "deadlineAt" TIMESTAMPTZ(3),
    "proofKey" VARCHAR(120),
    "proofContentType" VARCHAR(40),
    "provenAmountIdr" BIGINT,
    "proofSubmittedAt" TIMESTAMPTZ(3),
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectReason" VARCHAR(500),
    "expiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CooperativeBankAccount_cooperativeId_bankName_accountNumber_key" ON "CooperativeBankAccount"("cooperativeId", "bankName", "accountNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reference_key" ON "Payment"("reference");

-- CreateIndex
CREATE INDEX "Payment_cooperativeId_status_createdAt_idx" ON "Payment"("cooperativeId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_status_deadlineAt_idx" ON "Payment"("status", "deadlineAt");

-- CreateIndex
CREATE INDEX "Payment_checkoutId_idx" ON "Payment"("checkoutId");

-- CreateIndex
CREATE INDEX "Order_paymentId_idx" ON "Order"("paymentId");

-- AddForeignKey
ALTER TABLE "CooperativeBankAccount" ADD CONSTRAINT "CooperativeBankAccount_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_checkoutId_fkey" FOREIGN KEY ("checkoutId") REFERENCES "Checkout"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_buyerId_fkey" FOREIGN KEY ("buyerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: existing officers get the role their title names ("Bendahara", also "Sekretaris merangkap
-- Bendahara", is the treasurer).
UPDATE "CooperativeOfficer" SET "role" = 'CHAIR' WHERE "title" ILIKE 'ketua%';
UPDATE "CooperativeOfficer" SET "role" = 'SECRETARY' WHERE "title" ILIKE 'sekretaris%';
UPDATE "CooperativeOfficer" SET "role" = 'SUPERVISOR' WHERE "title" ILIKE 'pengawas%';
UPDATE "CooperativeOfficer" SET "role" = 'TREASURER' WHERE "title" ILIKE '%bendahara%';

-- Hand-written: money is positive; a transfer always goes to a cooperative and has a deadline; cash on delivery has none.
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_amount_positive" CHECK ("amountIdr" > 0);
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_proven_amount_positive" CHECK ("provenAmountIdr" IS NULL OR "provenAmountIdr" > 0);
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_transfer_has_cooperative" CHECK (
  "kind" = 'CASH_ON_DELIVERY' OR ("cooperativeId" IS NOT NULL AND "deadlineAt" IS NOT NULL)
);
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_cash_status" CHECK (
  CASE "kind" WHEN 'CASH_ON_DELIVERY' THEN "status" IN ('CASH_ON_DELIVERY', 'CANCELLED')
              ELSE "status" <> 'CASH_ON_DELIVERY' END
);
