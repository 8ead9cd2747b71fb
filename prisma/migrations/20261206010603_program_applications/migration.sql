-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "EnrolmentStatus" ADD VALUE 'APPLIED';
ALTER TYPE "EnrolmentStatus" ADD VALUE 'REJECTED';

-- AlterTable
ALTER TABLE "Program" ADD COLUMN     "online" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "schedule" VARCHAR(300) NOT NULL DEFAULT '',
ADD COLUMN     "teaches" VARCHAR(2000) NOT NULL DEFAULT '',
ADD COLUMN     "venue" VARCHAR(300) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Enrolment" ADD COLUMN     "appliedById" UUID,
ADD COLUMN     "certificateCode" VARCHAR(10),
ADD COLUMN     "certificateName" VARCHAR(160),
ADD COLUMN     "completedAt" TIMESTAMPTZ(3),
ADD COLUMN     "consentVersion" VARCHAR(40),
ADD COLUMN     "decidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "decidedById" UUID;

-- CreateTable
CREATE TABLE "ProgramAttendance" (
    "id" UUID NOT NULL,
    "enrolmentId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "present" BOOLEAN NOT NULL,
    "recordedById" UUID NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProgramAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProgramAttendance_enrolmentId_day_key" ON "ProgramAttendance"("enrolmentId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "Enrolment_certificateCode_key" ON "Enrolment"("certificateCode");

-- CreateIndex
CREATE INDEX "Enrolment_appliedById_idx" ON "Enrolment"("appliedById");

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_appliedById_fkey" FOREIGN KEY ("appliedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Enrolment" ADD CONSTRAINT "Enrolment_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramAttendance" ADD CONSTRAINT "ProgramAttendance_enrolmentId_fkey" FOREIGN KEY ("enrolmentId") REFERENCES "Enrolment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramAttendance" ADD CONSTRAINT "ProgramAttendance_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
