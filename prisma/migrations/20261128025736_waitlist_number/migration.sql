-- DropIndex
DROP INDEX "Registration_editionId_status_waitlistedAt_idx";

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "waitlistNumber" INTEGER;

-- CreateIndex
CREATE INDEX "Registration_editionId_status_waitlistNumber_idx" ON "Registration"("editionId", "status", "waitlistNumber");
