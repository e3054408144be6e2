-- The sprint mornings' ticket board: tickets from Trac or GitHub on an edition's board, each with
-- at most one claim (a person's or a table's, for a day), and the pull request proposals that name
-- a claimed ticket.

CREATE TYPE "TicketSource" AS ENUM ('trac', 'github');

CREATE TYPE "TicketState" AS ENUM ('open', 'has_patch', 'needs_improvement', 'ready_for_checkin', 'with_pull_request', 'merged', 'closed');

CREATE TABLE "BoardTicket" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "source" "TicketSource" NOT NULL,
    "repository" TEXT NOT NULL DEFAULT '',
    "number" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "label" TEXT,
    "state" "TicketState" NOT NULL DEFAULT 'open',
    "resolution" TEXT,
    "component" TEXT,
    "ticketType" TEXT,
    "owner" TEXT,
    "refreshedAt" TIMESTAMP(3),
    "refreshProblem" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BoardTicket_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TicketClaim" (
    "id" TEXT NOT NULL,
    "ticketId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "table" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TicketClaim_pkey" PRIMARY KEY ("id")
);

ALTER TABLE "PullRequestProposal" ADD COLUMN "claimId" TEXT;

CREATE UNIQUE INDEX "BoardTicket_editionId_source_repository_number_key" ON "BoardTicket"("editionId", "source", "repository", "number");
CREATE INDEX "BoardTicket_editionId_state_idx" ON "BoardTicket"("editionId", "state");
CREATE UNIQUE INDEX "TicketClaim_ticketId_key" ON "TicketClaim"("ticketId");
CREATE INDEX "TicketClaim_editionId_day_table_idx" ON "TicketClaim"("editionId", "day", "table");
CREATE INDEX "TicketClaim_registrationId_idx" ON "TicketClaim"("registrationId");

ALTER TABLE "BoardTicket" ADD CONSTRAINT "BoardTicket_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TicketClaim" ADD CONSTRAINT "TicketClaim_ticketId_fkey" FOREIGN KEY ("ticketId") REFERENCES "BoardTicket"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TicketClaim" ADD CONSTRAINT "TicketClaim_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PullRequestProposal" ADD CONSTRAINT "PullRequestProposal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "TicketClaim"("id") ON DELETE SET NULL ON UPDATE CASCADE;
