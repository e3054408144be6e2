-- Room shares: confirmed attendees who opt in see each other's entries and write through the
-- site's outbox; the sender's address travels as the message's Reply-To, set by the relay only.
ALTER TABLE "OutboxMessage" ADD COLUMN "replyTo" TEXT;

CREATE TYPE "RoomShareKind" AS ENUM ('offering', 'looking');

CREATE TABLE "RoomShare" (
    "registrationId" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "kind" "RoomShareKind" NOT NULL,
    "nights" TEXT[],
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "RoomShare_pkey" PRIMARY KEY ("registrationId")
);
CREATE INDEX "RoomShare_editionId_idx" ON "RoomShare"("editionId");
ALTER TABLE "RoomShare" ADD CONSTRAINT "RoomShare_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RoomShare" ADD CONSTRAINT "RoomShare_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A message one attendee wrote to another through the board: kept so that a reported one can
-- be shown to organizers; it goes with either person's registration.
CREATE TABLE "RelayMessage" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "fromRegistrationId" TEXT NOT NULL,
    "toRegistrationId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "reportTokenHash" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "RelayMessage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RelayMessage_reportTokenHash_key" ON "RelayMessage"("reportTokenHash");
CREATE INDEX "RelayMessage_fromRegistrationId_createdAt_idx" ON "RelayMessage"("fromRegistrationId", "createdAt");
CREATE INDEX "RelayMessage_editionId_idx" ON "RelayMessage"("editionId");
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_fromRegistrationId_fkey" FOREIGN KEY ("fromRegistrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RelayMessage" ADD CONSTRAINT "RelayMessage_toRegistrationId_fkey" FOREIGN KEY ("toRegistrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
