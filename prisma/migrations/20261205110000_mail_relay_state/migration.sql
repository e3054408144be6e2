-- A transport fault (a rotated SMTP password, a relay that is down) pauses all sending instead
-- of failing every queued message: the workers share what they found in this one row.
CREATE TABLE "MailRelayState" (
    "id" TEXT NOT NULL,
    "faultSince" TIMESTAMP(3),
    "lastError" TEXT,
    "lastErrorAt" TIMESTAMP(3),
    "faults" INTEGER NOT NULL DEFAULT 0,
    "resumeAt" TIMESTAMP(3),

    CONSTRAINT "MailRelayState_pkey" PRIMARY KEY ("id")
);

-- An offer's window starts when its email is sent: until then offerExpiresAt stays null and
-- the offer is found again through its outbox message.
ALTER TABLE "Registration" ADD COLUMN "offerMessageId" TEXT;
