-- CreateEnum
CREATE TYPE "VillageLinkStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "PracticeAdoptionStatus" AS ENUM ('IN_PROGRESS', 'SUCCEEDED', 'ABANDONED');

-- AlterTable
ALTER TABLE "Village" ADD COLUMN     "knownFor" VARCHAR(300) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Story" ADD COLUMN     "practiceContactRole" VARCHAR(200),
ADD COLUMN     "practiceCostIdr" BIGINT,
ADD COLUMN     "practiceWhatChanged" VARCHAR(4000),
ADD COLUMN     "practiceWhatWasDone" VARCHAR(4000);

-- AlterTable
ALTER TABLE "VillageLink" ADD COLUMN     "decidedAt" TIMESTAMPTZ(3),
ADD COLUMN     "decidedById" UUID,
ADD COLUMN     "requestedById" UUID,
ADD COLUMN     "status" "VillageLinkStatus" NOT NULL DEFAULT 'PENDING';

-- Links made before requests existed were made by both villages at once: they stand as accepted.
UPDATE "VillageLink" SET "status" = 'ACCEPTED';

-- One link per pair of villages whichever way round, even when two offices ask at the same moment.
CREATE UNIQUE INDEX "VillageLink_pair_key" ON "VillageLink" (LEAST("fromVillageId", "toVillageId"), GREATEST("fromVillageId", "toVillageId"));

-- A practice's cost is whole rupiah, never negative.
ALTER TABLE "Story" ADD CONSTRAINT "Story_practiceCostIdr_check" CHECK ("practiceCostIdr" IS NULL OR "practiceCostIdr" >= 0);

-- CreateTable
CREATE TABLE "PracticeAdoption" (
    "id" UUID NOT NULL,
    "storyId" UUID NOT NULL,
    "villageId" UUID NOT NULL,
    "status" "PracticeAdoptionStatus" NOT NULL DEFAULT 'IN_PROGRESS',
    "outcome" VARCHAR(2000) NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reportedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PracticeAdoption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PracticeAdoption_villageId_idx" ON "PracticeAdoption"("villageId");

-- CreateIndex
CREATE UNIQUE INDEX "PracticeAdoption_storyId_villageId_key" ON "PracticeAdoption"("storyId", "villageId");

-- CreateIndex
CREATE INDEX "VillageLink_status_idx" ON "VillageLink"("status");

-- AddForeignKey
ALTER TABLE "VillageLink" ADD CONSTRAINT "VillageLink_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VillageLink" ADD CONSTRAINT "VillageLink_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAdoption" ADD CONSTRAINT "PracticeAdoption_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAdoption" ADD CONSTRAINT "PracticeAdoption_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Village"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAdoption" ADD CONSTRAINT "PracticeAdoption_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Practices are searched by every word in title, text and practice fields (ILIKE '%word%'): trigram indexes.
CREATE INDEX "Story_title_trgm_idx" ON "Story" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Story_body_trgm_idx" ON "Story" USING gin ("body" gin_trgm_ops);
