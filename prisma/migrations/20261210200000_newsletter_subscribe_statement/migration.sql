-- Issue 31: subscribing is one statement. The footer's form used to send about eight from Node
-- in one transaction (the address's lock, the subscriber, the consent record, the links, the
-- site's settings for the email, the outbox row), each waiting for a turn of an event loop busy
-- with readers on the day an edition opens. lib/features/newsletter/subscribe.ts is the caller;
-- it passes the two emails the call may queue, checked and with their data, and the new link's
-- hash. The address's lock serializes everything that decides whether to email one address
-- (privacy requests take it too), and holds until the call's transaction ends.
--
-- Answers 'throttled', 'already-subscribed-notice' or 'confirmation-sent'.
CREATE FUNCTION newsletter_subscribe_request(p_email text, p_name text, p_source text, p_wording text, p_now timestamp,
  p_max_mails int, p_token_hash text, p_token_expires timestamp, p_confirm_mail jsonb, p_already_mail jsonb)
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  hour_ago timestamp := p_now - interval '1 hour';
  subscriber record;
  mail jsonb;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('address:' || p_email));
  INSERT INTO "Subscriber" (id, email, "createdAt", "updatedAt", "recentConfirmMails")
  VALUES (gen_random_uuid()::text, p_email, p_now, p_now, '{}')
  ON CONFLICT (email) DO NOTHING;
  -- A confirmation that subscribed the address meanwhile (it takes no address lock) has
  -- committed by now: this statement sees it.
  SELECT id, name, status::text AS status,
    (SELECT count(*)::int FROM unnest("recentConfirmMails") AS sent WHERE sent > hour_ago) AS recent
  INTO STRICT subscriber FROM "Subscriber" WHERE email = p_email;
  IF subscriber.recent >= p_max_mails THEN
    RETURN 'throttled';
  END IF;

  UPDATE "Subscriber" SET "recentConfirmMails" = ARRAY(SELECT sent FROM unnest("recentConfirmMails") AS sent WHERE sent > hour_ago) || p_now,
    "updatedAt" = p_now,
    -- The name waits with the request: taken on only once the address's owner confirms.
    "pendingName" = CASE WHEN subscriber.status = 'confirmed' THEN "pendingName" ELSE p_name END
  WHERE id = subscriber.id;
  IF subscriber.status = 'confirmed' THEN
    mail := jsonb_set(p_already_mail, '{data,name}', coalesce(to_jsonb(subscriber.name), 'null'::jsonb));
  ELSE
    INSERT INTO "ConsentEvent" (id, "subscriberId", kind, source, "wordingVersion", at)
    VALUES (gen_random_uuid()::text, subscriber.id, 'requested', p_source, p_wording, p_now);
    UPDATE "SubscriberToken" SET "expiresAt" = p_now
    WHERE "subscriberId" = subscriber.id AND purpose = 'confirm' AND "usedAt" IS NULL;
    INSERT INTO "SubscriberToken" (id, "subscriberId", purpose, "tokenHash", "expiresAt", "createdAt")
    VALUES (gen_random_uuid()::text, subscriber.id, 'confirm', p_token_hash, p_token_expires, p_now);
    mail := p_confirm_mail;
  END IF;
  INSERT INTO "OutboxMessage" (id, template, "toAddress", "toName", data, headers, attachments, "replyTo", "nextAttemptAt", "createdAt")
  VALUES (gen_random_uuid()::text, mail->>'template', mail->>'toAddress', mail->>'toName', mail->'data', mail->'headers',
    mail->'attachments', mail->>'replyTo', p_now, p_now);
  RETURN CASE WHEN subscriber.status = 'confirmed' THEN 'already-subscribed-notice' ELSE 'confirmation-sent' END;
END $$;
