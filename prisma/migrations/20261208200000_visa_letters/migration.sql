-- Visa invitation letters (docs/visa-letters.md): the organizing body's legal name and address in the
-- site settings, and one request per registration, its passport number and date of birth sealed.

-- CreateEnum
CREATE TYPE "VisaLetterStatus" AS ENUM ('requested', 'approved', 'declined');

-- AlterTable
ALTER TABLE "SiteSetting" ADD COLUMN     "legalName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "postalAddress" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "visaLettersEnabled" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "VisaLetterRequest" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nationality" TEXT NOT NULL,
    "passportNumber" TEXT NOT NULL,
    "dateOfBirth" TEXT NOT NULL,
    "consulate" TEXT NOT NULL,
    "arrivesOn" DATE NOT NULL,
    "leavesOn" DATE NOT NULL,
    "status" "VisaLetterStatus" NOT NULL DEFAULT 'requested',
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "approvedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VisaLetterRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "VisaLetterRequest_registrationId_key" ON "VisaLetterRequest"("registrationId");

-- AddForeignKey
ALTER TABLE "VisaLetterRequest" ADD CONSTRAINT "VisaLetterRequest_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

