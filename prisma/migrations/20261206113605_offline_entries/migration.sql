-- AlterTable
ALTER TABLE "MigrationEpisode" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "ProtectionCase" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "IdempotentRequest" (
    "id" UUID NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "actorId" UUID NOT NULL,
    "operation" VARCHAR(60) NOT NULL,
    "requestHash" VARCHAR(64) NOT NULL,
    "resultId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IdempotentRequest_key_key" ON "IdempotentRequest"("key");

-- CreateIndex
CREATE INDEX "IdempotentRequest_actorId_idx" ON "IdempotentRequest"("actorId");

-- AddForeignKey
ALTER TABLE "IdempotentRequest" ADD CONSTRAINT "IdempotentRequest_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
