-- A cancelled or lapsed registration that starts over keeps its answers here until its owner
-- confirms from their email: a stranger who knows the address cannot rename a credited attendee.
ALTER TABLE "Registration" ADD COLUMN "pendingAnswers" JSONB;
