-- A claim's own random token: every update after the claim matches it, so a worker that lost
-- its claim (requeued as stale, taken by another worker) neither sends nor records.
ALTER TABLE "OutboxMessage" ADD COLUMN "claimToken" TEXT;
