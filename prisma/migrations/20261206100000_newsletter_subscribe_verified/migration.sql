-- Subscribes an address whose owner has just proven it (confirming a registration with the
-- newsletter box ticked), recording the request and its confirmation. A function so that the
-- registration's seat statement can do it inside the database, in the same call (issue 31).
CREATE FUNCTION newsletter_subscribe_verified(p_email text, p_name text, p_source text, p_wording text, p_now timestamp(3))
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  subscriber_id text;
BEGIN
  INSERT INTO "Subscriber" AS s (id, email, name, status, "confirmedAt", "createdAt", "updatedAt", "recentConfirmMails")
  VALUES (gen_random_uuid()::text, p_email, p_name, 'confirmed', p_now, p_now, p_now, '{}')
  ON CONFLICT (email) DO UPDATE SET status = 'confirmed', name = excluded.name, "confirmedAt" = excluded."confirmedAt",
    "unsubscribedAt" = NULL, "updatedAt" = excluded."updatedAt"
  RETURNING id INTO subscriber_id;
  INSERT INTO "ConsentEvent" (id, "subscriberId", kind, source, "wordingVersion", at)
  VALUES (gen_random_uuid()::text, subscriber_id, 'requested', p_source, p_wording, p_now),
         (gen_random_uuid()::text, subscriber_id, 'confirmed', p_source, p_wording, p_now);
END $$;
