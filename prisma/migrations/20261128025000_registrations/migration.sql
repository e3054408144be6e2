-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('pending', 'confirmed', 'waitlisted', 'offered', 'cancelled', 'expired');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('confirm', 'manage');

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'pending',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "affiliation" TEXT,
    "experience" TEXT NOT NULL,
    "interests" TEXT[],
    "hopes" TEXT,
    "days" TEXT[],
    "dietary" TEXT,
    "accessibility" TEXT,
    "afternoonActivities" BOOLEAN NOT NULL DEFAULT false,
    "publicListing" BOOLEAN NOT NULL DEFAULT false,
    "newsletterOptIn" BOOLEAN NOT NULL DEFAULT false,
    "codeOfConductAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "pendingExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "waitlistedAt" TIMESTAMP(3),
    "offeredAt" TIMESTAMP(3),
    "offerExpiresAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "stillComingSentAt" TIMESTAMP(3),

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationToken" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RegistrationToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimiterFlexible" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimiterFlexible_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Registration_editionId_status_waitlistedAt_idx" ON "Registration"("editionId", "status", "waitlistedAt");

-- CreateIndex
CREATE INDEX "Registration_status_pendingExpiresAt_idx" ON "Registration"("status", "pendingExpiresAt");

-- CreateIndex
CREATE INDEX "Registration_status_offerExpiresAt_idx" ON "Registration"("status", "offerExpiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_editionId_email_key" ON "Registration"("editionId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationToken_tokenHash_key" ON "RegistrationToken"("tokenHash");

-- CreateIndex
CREATE INDEX "RegistrationToken_registrationId_idx" ON "RegistrationToken"("registrationId");

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationToken" ADD CONSTRAINT "RegistrationToken_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
