-- CreateEnum
CREATE TYPE "PreDepartureStep" AS ENUM ('FAMILY_PERMIT', 'ID_DOCUMENTS', 'BIRTH_CERTIFICATE', 'MEDICAL_CHECK', 'COMPETENCY_CERTIFICATE', 'PASSPORT', 'WORK_VISA', 'EMPLOYMENT_AGREEMENT', 'PLACEMENT_AGREEMENT', 'SOCIAL_SECURITY', 'PRE_DEPARTURE_ORIENTATION', 'MIGRANT_ID');

-- CreateEnum
CREATE TYPE "ChecklistState" AS ENUM ('BELUM', 'SEDANG', 'SELESAI', 'TIDAK_BERLAKU');

-- AlterTable
ALTER TABLE "MigrationEpisode" ADD COLUMN     "contractExpiresOn" DATE,
ADD COLUMN     "passportExpiresOn" DATE,
ADD COLUMN     "placementAgencyId" UUID;

-- CreateTable
CREATE TABLE "PlacementAgency" (
    "id" UUID NOT NULL,
    "licenceNumber" VARCHAR(80) NOT NULL,
    "name" VARCHAR(160) NOT NULL,
    "city" VARCHAR(120),
    "licenceValidFrom" DATE NOT NULL,
    "licenceValidUntil" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PlacementAgency_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PreDepartureItem" (
    "id" UUID NOT NULL,
    "episodeId" UUID NOT NULL,
    "step" "PreDepartureStep" NOT NULL,
    "state" "ChecklistState" NOT NULL,
    "doneOn" DATE,
    "note" VARCHAR(500),
    "recordedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PreDepartureItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlacementAgency_licenceNumber_key" ON "PlacementAgency"("licenceNumber");

-- CreateIndex
CREATE INDEX "PlacementAgency_name_idx" ON "PlacementAgency"("name");

-- CreateIndex
CREATE INDEX "PreDepartureItem_episodeId_createdAt_idx" ON "PreDepartureItem"("episodeId", "createdAt");

-- CreateIndex
CREATE INDEX "MigrationEpisode_placementAgencyId_idx" ON "MigrationEpisode"("placementAgencyId");

-- AddForeignKey
ALTER TABLE "MigrationEpisode" ADD CONSTRAINT "MigrationEpisode_placementAgencyId_fkey" FOREIGN KEY ("placementAgencyId") REFERENCES "PlacementAgency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreDepartureItem" ADD CONSTRAINT "PreDepartureItem_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "MigrationEpisode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreDepartureItem" ADD CONSTRAINT "PreDepartureItem_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
