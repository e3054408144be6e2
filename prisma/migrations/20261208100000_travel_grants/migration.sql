-- Travel grants: one request per registration (the reason sealed), a budget per edition, and the
-- totals an edition keeps once the requests are deleted, 6 months after it ends.

-- CreateEnum
CREATE TYPE "TravelGrantStatus" AS ENUM ('asked', 'granted', 'declined', 'released');

-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "grantBudget" INTEGER,
ADD COLUMN     "grantTotalsKeptAt" TIMESTAMP(3),
ADD COLUMN     "grantsOpen" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "keptGrantEurosGranted" INTEGER,
ADD COLUMN     "keptGrantEurosPaid" INTEGER,
ADD COLUMN     "keptGrantRequests" INTEGER,
ADD COLUMN     "keptGrantsGranted" INTEGER;

-- CreateTable
CREATE TABLE "TravelGrant" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "status" "TravelGrantStatus" NOT NULL DEFAULT 'asked',
    "amountAsked" INTEGER NOT NULL,
    "reasonSealed" TEXT NOT NULL,
    "amountGranted" INTEGER,
    "decidedAt" TIMESTAMP(3),
    "paidOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TravelGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TravelGrant_registrationId_key" ON "TravelGrant"("registrationId");

-- CreateIndex
CREATE INDEX "TravelGrant_editionId_status_idx" ON "TravelGrant"("editionId", "status");

-- AddForeignKey
ALTER TABLE "TravelGrant" ADD CONSTRAINT "TravelGrant_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TravelGrant" ADD CONSTRAINT "TravelGrant_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

