-- CreateEnum
CREATE TYPE "OrderProblemKind" AS ENUM ('NOT_ARRIVED', 'DAMAGED', 'WRONG_OR_MISSING_ITEM', 'OTHER');

-- CreateEnum
CREATE TYPE "OrderProblemStatus" AS ENUM ('OPEN', 'REFUNDED', 'CLOSED');

-- CreateTable
CREATE TABLE "OrderProblem" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "cooperativeId" UUID,
    "kind" "OrderProblemKind" NOT NULL,
    "description" VARCHAR(2000) NOT NULL,
    "photoKey" VARCHAR(120),
    "photoContentType" VARCHAR(40),
    "status" "OrderProblemStatus" NOT NULL DEFAULT 'OPEN',
    "sellerNote" VARCHAR(1000),
    "sellerAnsweredAt" TIMESTAMPTZ(3),
    "refundIdr" BIGINT,
    "refundEntryId" UUID,
    "resolutionNote" VARCHAR(1000),
    "resolutionKey" VARCHAR(100),
    "resolvedById" UUID,
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderProblem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OrderProblem_refundEntryId_key" ON "OrderProblem"("refundEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "OrderProblem_resolutionKey_key" ON "OrderProblem"("resolutionKey");

-- CreateIndex
CREATE INDEX "OrderProblem_cooperativeId_status_createdAt_idx" ON "OrderProblem"("cooperativeId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "OrderProblem_orderId_createdAt_idx" ON "OrderProblem"("orderId", "createdAt");

-- AddForeignKey
ALTER TABLE "OrderProblem" ADD CONSTRAINT "OrderProblem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderProblem" ADD CONSTRAINT "OrderProblem_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderProblem" ADD CONSTRAINT "OrderProblem_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderProblem" ADD CONSTRAINT "OrderProblem_refundEntryId_fkey" FOREIGN KEY ("refundEntryId") REFERENCES "JournalEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderProblem" ADD CONSTRAINT "OrderProblem_resolvedById_fkey" FOREIGN KEY ("resolvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- At most one open report per order: two racing reports, one wins (the other is ProblemAlreadyOpenError).
CREATE UNIQUE INDEX "OrderProblem_one_open_per_order" ON "OrderProblem"("orderId") WHERE "status" = 'OPEN';

-- A resolved report is history: its outcome (status, refund, reason) is never changed again.
CREATE FUNCTION order_problem_resolved_is_final() RETURNS trigger AS $$
BEGIN
  IF OLD."status" <> 'OPEN' THEN
    RAISE EXCEPTION 'OrderProblem % is resolved and cannot change', OLD."id";
  END IF;
  RETURN NEW;
END $$ LANGUAGE plpgsql;

CREATE TRIGGER "OrderProblem_resolved_is_final" BEFORE UPDATE ON "OrderProblem"
  FOR EACH ROW EXECUTE FUNCTION order_problem_resolved_is_final();
