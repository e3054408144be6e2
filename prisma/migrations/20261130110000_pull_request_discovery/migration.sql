-- Outcomes found, not typed: attendees may give their GitHub username, and a job searches an
-- edition's repositories for the pull requests they opened during it and in the two weeks after.
ALTER TABLE "Registration" ADD COLUMN "githubUsername" TEXT;
ALTER TABLE "Edition" ADD COLUMN "outcomeRepositories" TEXT[] NOT NULL DEFAULT ARRAY['django/django']::TEXT[];
-- When the search last ran for the edition, and a pause (GitHub's rate limit used up) with why.
ALTER TABLE "Edition" ADD COLUMN "pullRequestsSearchedAt" TIMESTAMP(3);
ALTER TABLE "Edition" ADD COLUMN "pullRequestSearchPausedUntil" TIMESTAMP(3);
ALTER TABLE "Edition" ADD COLUMN "pullRequestSearchProblem" TEXT;

CREATE TYPE "ProposalDecision" AS ENUM ('pending', 'accepted', 'rejected');

-- A pull request found for an attendee, waiting for them or an organizer to accept it (it then
-- becomes an outcome) or to mark it "not from the sprint" (it is never proposed again).
CREATE TABLE "PullRequestProposal" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "status" "OutcomeStatus" NOT NULL,
    "ticket" INTEGER,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "decision" "ProposalDecision" NOT NULL DEFAULT 'pending',
    "decidedAt" TIMESTAMP(3),
    "outcomeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PullRequestProposal_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PullRequestProposal_editionId_url_key" ON "PullRequestProposal"("editionId", "url");
CREATE INDEX "PullRequestProposal_registrationId_idx" ON "PullRequestProposal"("registrationId");
ALTER TABLE "PullRequestProposal" ADD CONSTRAINT "PullRequestProposal_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PullRequestProposal" ADD CONSTRAINT "PullRequestProposal_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PullRequestProposal" ADD CONSTRAINT "PullRequestProposal_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE SET NULL ON UPDATE CASCADE;
