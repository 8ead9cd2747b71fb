-- CreateEnum
CREATE TYPE "MessageCategory" AS ENUM ('ORDERS', 'INVESTMENTS', 'COOPERATIVE', 'PROTECTION');

-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "dedupeKey" VARCHAR(200),
ADD COLUMN     "failedAt" TIMESTAMPTZ(3),
ADD COLUMN     "html" VARCHAR(16000),
ADD COLUMN     "lastError" VARCHAR(500),
ADD COLUMN     "locale" VARCHAR(5) NOT NULL DEFAULT 'id',
ADD COLUMN     "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "userId" UUID;

-- CreateTable
CREATE TABLE "MessageOptOut" (
    "userId" UUID NOT NULL,
    "category" "MessageCategory" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MessageOptOut_pkey" PRIMARY KEY ("userId","category")
);

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_nextAttemptAt_idx" ON "OutboxMessage"("nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_userId_createdAt_idx" ON "OutboxMessage"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MessageOptOut" ADD CONSTRAINT "MessageOptOut_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
