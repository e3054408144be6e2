-- The series' record. Editions held before the site keep the figures their organizers reported;
-- every edition keeps its counted people and first-timers once it ends, and every outcome the
-- number of people credited, so the figures outlive the registrations deleted a year on.
ALTER TABLE "Edition" ADD COLUMN "reportedPeople" INTEGER;
ALTER TABLE "Edition" ADD COLUMN "reportedFirstTimers" INTEGER;
ALTER TABLE "Edition" ADD COLUMN "reportedPullRequestsOpened" INTEGER;
ALTER TABLE "Edition" ADD COLUMN "reportedPullRequestsMerged" INTEGER;
ALTER TABLE "Edition" ADD COLUMN "reportedPullRequestsClosed" INTEGER;
ALTER TABLE "Edition" ADD COLUMN "countedPeople" INTEGER;
ALTER TABLE "Edition" ADD COLUMN "countedFirstTimers" INTEGER;
ALTER TABLE "Outcome" ADD COLUMN "creditedPeople" INTEGER;
-- A pull request whose title names a Trac ticket ("Fixed #12345 -- …") keeps the ticket.
ALTER TABLE "Outcome" ADD COLUMN "ticket" INTEGER;

-- Each status an outcome has had, with when it was seen: the weeks-after chart reads these.
CREATE TABLE "OutcomeStatusChange" (
    "id" TEXT NOT NULL,
    "outcomeId" TEXT NOT NULL,
    "status" "OutcomeStatus" NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "OutcomeStatusChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OutcomeStatusChange_outcomeId_at_idx" ON "OutcomeStatusChange"("outcomeId", "at");
ALTER TABLE "OutcomeStatusChange" ADD CONSTRAINT "OutcomeStatusChange_outcomeId_fkey" FOREIGN KEY ("outcomeId") REFERENCES "Outcome"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Outcomes that existed before the history: their current status, seen when they were last changed.
INSERT INTO "OutcomeStatusChange" (id, "outcomeId", status, at)
SELECT 'initial-' || id, id, status, "updatedAt" FROM "Outcome";
