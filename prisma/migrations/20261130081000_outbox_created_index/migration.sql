-- The public-mail ceiling counts the last hour's messages of the public forms' templates.
CREATE INDEX "OutboxMessage_template_createdAt_idx" ON "OutboxMessage"("template", "createdAt");
