-- The room-share relay under abuse: a reported message keeps a moderation copy (text, sender's
-- first name, the report) that outlives both registrations; a recipient can block a sender; an
-- organizer can remove someone from the board for good.

ALTER TABLE "Registration" ADD COLUMN     "roomShareRemovedAt" TIMESTAMP(3);

CREATE TABLE "RelayReport" (
    "id" TEXT NOT NULL,
    "editionId" TEXT NOT NULL,
    "messageId" TEXT,
    "body" TEXT NOT NULL,
    "fromFirstName" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RelayReport_pkey" PRIMARY KEY ("id")
);

-- Reports made before this migration move to their copies, then the message forgets them.
INSERT INTO "RelayReport" ("id", "editionId", "messageId", "body", "fromFirstName", "sentAt", "reportedAt")
SELECT 'report-' || m."id", m."editionId", m."id", m."body",
       (regexp_split_to_array(btrim(r."name"), '\s+'))[1], m."createdAt", m."reportedAt"
FROM "RelayMessage" m JOIN "Registration" r ON r."id" = m."fromRegistrationId"
WHERE m."reportedAt" IS NOT NULL;

ALTER TABLE "RelayMessage" DROP COLUMN "reportedAt";

CREATE TABLE "RelayBlock" (
    "recipientRegistrationId" TEXT NOT NULL,
    "senderRegistrationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RelayBlock_pkey" PRIMARY KEY ("recipientRegistrationId","senderRegistrationId")
);

CREATE UNIQUE INDEX "RelayReport_messageId_key" ON "RelayReport"("messageId");
CREATE INDEX "RelayReport_editionId_idx" ON "RelayReport"("editionId");
CREATE INDEX "RelayReport_reportedAt_idx" ON "RelayReport"("reportedAt");
CREATE INDEX "RelayBlock_senderRegistrationId_idx" ON "RelayBlock"("senderRegistrationId");
CREATE INDEX "RelayMessage_toRegistrationId_createdAt_idx" ON "RelayMessage"("toRegistrationId", "createdAt");
CREATE INDEX "RelayMessage_createdAt_idx" ON "RelayMessage"("createdAt");

ALTER TABLE "RelayReport" ADD CONSTRAINT "RelayReport_editionId_fkey" FOREIGN KEY ("editionId") REFERENCES "Edition"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- The copy is detached when its message goes (erasure, the 30-day housekeeping): SET NULL.
ALTER TABLE "RelayReport" ADD CONSTRAINT "RelayReport_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "RelayMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "RelayBlock" ADD CONSTRAINT "RelayBlock_recipientRegistrationId_fkey" FOREIGN KEY ("recipientRegistrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RelayBlock" ADD CONSTRAINT "RelayBlock_senderRegistrationId_fkey" FOREIGN KEY ("senderRegistrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
