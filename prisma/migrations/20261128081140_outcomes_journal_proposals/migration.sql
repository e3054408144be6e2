-- CreateEnum
CREATE TYPE "OutcomeKind" AS ENUM ('pull_request', 'ticket', 'documentation', 'proposal', 'review', 'talk', 'other');

-- CreateEnum
CREATE TYPE "OutcomeStatus" AS ENUM ('open', 'merged', 'closed', 'done');

-- CreateEnum
CREATE TYPE "JournalPostStatus" AS ENUM ('review', 'published', 'removed');

-- CreateEnum
CREATE TYPE "HostProposalStatus" AS ENUM ('new', 'in_discussion', 'accepted', 'declined');

-- CreateTable
CREATE TABLE "Outcome" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" "OutcomeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "status" "OutcomeStatus" NOT NULL DEFAULT 'open',
    "area" TEXT,
    "firstContribution" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "addedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "statusCheckedAt" TIMESTAMP(3),
    "statusCheckError" TEXT,

    CONSTRAINT "Outcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutcomeContributor" (
    "outcomeId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,

    CONSTRAINT "OutcomeContributor_pkey" PRIMARY KEY ("outcomeId","registrationId")
);

-- CreateTable
CREATE TABLE "JournalPost" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "remoteUri" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorHandle" TEXT NOT NULL,
    "authorUrl" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "media" JSONB NOT NULL DEFAULT '[]',
    "postedAt" TIMESTAMP(3) NOT NULL,
    "status" "JournalPostStatus" NOT NULL DEFAULT 'review',
    "importedAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "removalRequestedAt" TIMESTAMP(3),
    "removalReason" TEXT,

    CONSTRAINT "JournalPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HostProposal" (
    "id" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "why" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "travel" TEXT NOT NULL,
    "season" TEXT NOT NULL,
    "community" TEXT,
    "accessibility" TEXT,
    "other" TEXT,
    "status" "HostProposalStatus" NOT NULL DEFAULT 'new',
    "notes" TEXT,
    "editionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HostProposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Outcome_editionId_createdAt_idx" ON "Outcome"("editionId", "createdAt");

-- CreateIndex
CREATE INDEX "Outcome_statusCheckedAt_idx" ON "Outcome"("statusCheckedAt");

-- CreateIndex
CREATE INDEX "OutcomeContributor_registrationId_idx" ON "OutcomeContributor"("registrationId");

-- CreateIndex
CREATE INDEX "JournalPost_editionId_status_postedAt_idx" ON "JournalPost"("editionId", "status", "postedAt");

-- CreateIndex
CREATE UNIQUE INDEX "JournalPost_editionId_remoteUri_key" ON "JournalPost"("editionId", "remoteUri");

-- CreateIndex
CREATE UNIQUE INDEX "HostProposal_editionId_key" ON "HostProposal"("editionId");

-- CreateIndex
CREATE INDEX "HostProposal_status_createdAt_idx" ON "HostProposal"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Outcome" ADD CONSTRAINT "Outcome_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "Registration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeContributor" ADD CONSTRAINT "OutcomeContributor_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeContributor" ADD CONSTRAINT "OutcomeContributor_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalPost" ADD CONSTRAINT "JournalPost_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostProposal" ADD CONSTRAINT "HostProposal_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE SET NULL ON UPDATE CASCADE;
