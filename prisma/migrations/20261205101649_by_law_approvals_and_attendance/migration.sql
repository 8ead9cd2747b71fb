-- CreateEnum
CREATE TYPE "MeetingCallers" AS ENUM ('OFFICERS', 'OFFICERS_AND_MEMBERS');

-- CreateEnum
CREATE TYPE "MotionKind" AS ENUM ('GENERAL', 'ADOPT_ANNUAL_REPORT', 'APPROVE_FUNDING_ROUND');

-- CreateEnum
CREATE TYPE "CooperativeRequestStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "FundingRoundEventKind" AS ENUM ('SUBMITTED', 'OFFICER_APPROVED', 'RETURNED', 'APPROVED', 'OPENED');

-- AlterEnum
ALTER TYPE "MotionStatus" ADD VALUE 'NO_QUORUM';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "FundingRoundStatus" ADD VALUE 'SUBMITTED';
ALTER TYPE "FundingRoundStatus" ADD VALUE 'RETURNED';
ALTER TYPE "FundingRoundStatus" ADD VALUE 'APPROVED';

-- AlterTable
ALTER TABLE "Cooperative" ADD COLUMN     "equityRefundOnLeaving" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "fundingMaxReturnBps" INTEGER NOT NULL DEFAULT 3000,
ADD COLUMN     "fundingMaxTargetIdr" BIGINT NOT NULL DEFAULT 500000000,
ADD COLUMN     "majorityPct" INTEGER NOT NULL DEFAULT 50,
ADD COLUMN     "meetingCallers" "MeetingCallers" NOT NULL DEFAULT 'OFFICERS',
ADD COLUMN     "quorumPct" INTEGER NOT NULL DEFAULT 50;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "closedAt" TIMESTAMPTZ(3),
ADD COLUMN     "memberCount" INTEGER,
ADD COLUMN     "openedAt" TIMESTAMPTZ(3),
ADD COLUMN     "quorumMet" BOOLEAN;

-- AlterTable
ALTER TABLE "Motion" ADD COLUMN     "fundingRoundId" UUID,
ADD COLUMN     "kind" "MotionKind" NOT NULL DEFAULT 'GENERAL',
ADD COLUMN     "surplusIdr" BIGINT;

-- AlterTable
ALTER TABLE "ShuRun" ADD COLUMN     "motionId" UUID;

-- AlterTable
ALTER TABLE "Business" ADD COLUMN     "returneeVerifiedAt" TIMESTAMPTZ(3),
ADD COLUMN     "returneeVerifiedById" UUID;

-- AlterTable
ALTER TABLE "Pledge" ADD COLUMN     "disclosureVersion" VARCHAR(40);

-- CreateTable
CREATE TABLE "MeetingAttendance" (
    "id" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "membershipId" UUID NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CooperativeRequest" (
    "id" UUID NOT NULL,
    "businessId" UUID NOT NULL,
    "cooperativeId" UUID NOT NULL,
    "status" "CooperativeRequestStatus" NOT NULL DEFAULT 'PENDING',
    "message" VARCHAR(2000) NOT NULL DEFAULT '',
    "requestedById" UUID NOT NULL,
    "decidedById" UUID,
    "reason" VARCHAR(2000),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CooperativeRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingRoundEvent" (
    "id" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "kind" "FundingRoundEventKind" NOT NULL,
    "actorId" UUID,
    "comment" VARCHAR(4000) NOT NULL DEFAULT '',
    "checklist" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundingRoundEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingAttendance_meetingId_membershipId_key" ON "MeetingAttendance"("meetingId", "membershipId");

-- CreateIndex
CREATE INDEX "CooperativeRequest_cooperativeId_status_createdAt_idx" ON "CooperativeRequest"("cooperativeId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "CooperativeRequest_businessId_createdAt_idx" ON "CooperativeRequest"("businessId", "createdAt");

-- CreateIndex
CREATE INDEX "FundingRoundEvent_roundId_createdAt_idx" ON "FundingRoundEvent"("roundId", "createdAt");

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingAttendance" ADD CONSTRAINT "MeetingAttendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Motion" ADD CONSTRAINT "Motion_fundingRoundId_fkey" FOREIGN KEY ("fundingRoundId") REFERENCES "FundingRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShuRun" ADD CONSTRAINT "ShuRun_motionId_fkey" FOREIGN KEY ("motionId") REFERENCES "Motion"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperativeRequest" ADD CONSTRAINT "CooperativeRequest_businessId_fkey" FOREIGN KEY ("businessId") REFERENCES "Business"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperativeRequest" ADD CONSTRAINT "CooperativeRequest_cooperativeId_fkey" FOREIGN KEY ("cooperativeId") REFERENCES "Cooperative"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperativeRequest" ADD CONSTRAINT "CooperativeRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CooperativeRequest" ADD CONSTRAINT "CooperativeRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Business" ADD CONSTRAINT "Business_returneeVerifiedById_fkey" FOREIGN KEY ("returneeVerifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRoundEvent" ADD CONSTRAINT "FundingRoundEvent_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "FundingRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingRoundEvent" ADD CONSTRAINT "FundingRoundEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.

-- One pending request per business: it waits for one cooperative's answer at a time.
CREATE UNIQUE INDEX "CooperativeRequest_one_pending_per_business" ON "CooperativeRequest"("businessId") WHERE "status" = 'PENDING';

-- One annual RAT per cooperative and fiscal year (extraordinary meetings, RALB, are not limited).
CREATE UNIQUE INDEX "Meeting_one_annual_per_year" ON "Meeting"("cooperativeId", "fiscalYear") WHERE "kind" = 'ANNUAL';

-- By-law percentages are percentages.
ALTER TABLE "Cooperative" ADD CONSTRAINT "Cooperative_quorumPct_range" CHECK ("quorumPct" BETWEEN 0 AND 99),
  ADD CONSTRAINT "Cooperative_majorityPct_range" CHECK ("majorityPct" BETWEEN 50 AND 99),
  ADD CONSTRAINT "Cooperative_fundingMaxTargetIdr_positive" CHECK ("fundingMaxTargetIdr" > 0),
  ADD CONSTRAINT "Cooperative_fundingMaxReturnBps_range" CHECK ("fundingMaxReturnBps" BETWEEN 0 AND 10000);

-- Businesses that already sell under a cooperative were accepted by it before requests existed: record that.
INSERT INTO "CooperativeRequest" ("id", "businessId", "cooperativeId", "status", "requestedById", "reason", "createdAt", "decidedAt")
SELECT gen_random_uuid(), b."id", b."cooperativeId", 'ACCEPTED', b."ownerId", 'Tercatat sebelum permintaan keanggotaan usaha ada.', b."createdAt", b."createdAt"
FROM "Business" b WHERE b."cooperativeId" IS NOT NULL;
