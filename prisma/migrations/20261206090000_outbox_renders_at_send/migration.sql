-- The outbox stores what a message is made from (its template's name and data), not the message:
-- enqueueing reads no site settings and renders nothing inside the caller's transaction, and the
-- worker renders at send time. The subject is written when the worker renders (a record for the
-- mail health page and the data export); the data, which holds live links, is dropped once sent.
-- Rows queued before this migration keep their rendered bodies (data NULL) and go out as they are.
ALTER TABLE "OutboxMessage" ADD COLUMN "data" JSONB;
ALTER TABLE "OutboxMessage" ALTER COLUMN "subject" DROP NOT NULL;
ALTER TABLE "OutboxMessage" ALTER COLUMN "html" SET DEFAULT '';
ALTER TABLE "OutboxMessage" ALTER COLUMN "text" SET DEFAULT '';
