-- Who holds a seat, decided and written inside the database (issue 31). Every change of seats
-- (confirming, taking an offer, cancelling, an organizer's change, housekeeping, a larger
-- capacity, an erasure) is one call of registration_seat_change: it takes the edition's lock,
-- ends lapsed offers, makes the change, offers freed seats to the head of the waiting list and
-- queues each email with its own manage link, all before the call returns. The lock is held
-- only while the database works, never while Node's event loop is busy with something else.
-- lib/features/registration/seat-statement.ts is the one caller.
--
-- Timestamps are UTC without a zone, as Prisma stores them. p_context carries what only the
-- application knows: the site's address, the edition's name and dates as the emails write
-- them, the calendar attachment, the offer's hours and when manage links expire.

-- A link token: 256 bits in, 43 URL-safe characters out, the shape isWellFormedToken accepts.
-- gen_random_uuid() draws from the server's strong random source; two of them carry 244
-- random bits (each fixes 6 bits for its version and variant).
CREATE FUNCTION registration_link_token() RETURNS text LANGUAGE sql VOLATILE AS $$
  SELECT rtrim(translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '=')
$$;

-- The hash stored for a token (lib/platform/security/tokens.ts hashToken: SHA-256, hex).
CREATE FUNCTION registration_token_hash(p_token text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(p_token, 'UTF8')), 'hex')
$$;

-- The edition's capacity, the seats held now (confirmed people, and offers still open: an offer
-- whose email has not left yet holds its seat) and the people waiting, in one read.
CREATE FUNCTION registration_seats(p_edition text, p_now timestamp, OUT capacity int, OUT taken int, OUT waiting int)
LANGUAGE sql STABLE AS $$
  SELECT e.capacity,
    (count(r.id) FILTER (WHERE r.status = 'confirmed' OR (r.status = 'offered' AND (r."offerExpiresAt" IS NULL OR r."offerExpiresAt" > p_now))))::int,
    (count(r.id) FILTER (WHERE r.status = 'waitlisted'))::int
  FROM "Edition" e LEFT JOIN "Registration" r ON r."editionId" = e.id
  WHERE e.id = p_edition GROUP BY e.id
$$;

-- An offer's window starts when its email leaves: offers whose email was sent get their end.
-- p_edition NULL means every edition (housekeeping).
CREATE FUNCTION registration_start_offer_clocks(p_edition text, p_now timestamp, p_offer_seconds double precision)
RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  started int;
BEGIN
  UPDATE "Registration" r
  SET "offerExpiresAt" = m."sentAt" + make_interval(secs => p_offer_seconds), "updatedAt" = p_now
  FROM "OutboxMessage" m
  WHERE r."offerMessageId" = m.id AND r.status = 'offered' AND r."offerExpiresAt" IS NULL AND m.status = 'sent'
    AND (p_edition IS NULL OR r."editionId" = p_edition);
  GET DIAGNOSTICS started = ROW_COUNT;
  RETURN started;
END $$;

-- Offers that hold no seat any more end as expired: their window passed, or their email failed
-- for good (nobody could take them).
CREATE FUNCTION registration_end_offers(p_edition text, p_now timestamp, p_offer_seconds double precision)
RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  ended int;
BEGIN
  PERFORM registration_start_offer_clocks(p_edition, p_now, p_offer_seconds);
  UPDATE "Registration" r SET status = 'expired', "updatedAt" = p_now
  WHERE r."editionId" = p_edition AND r.status = 'offered'
    AND (r."offerExpiresAt" <= p_now
      OR (r."offerExpiresAt" IS NULL AND EXISTS (
        SELECT 1 FROM "OutboxMessage" m WHERE m.id = r."offerMessageId" AND m.status = 'failed')));
  GET DIAGNOSTICS ended = ROW_COUNT;
  RETURN ended;
END $$;

-- Queues one registration email with a fresh manage link (links are stored hashed, so each
-- email carries its own). Answers the outbox row's id.
CREATE FUNCTION registration_mail(p_registration text, p_template text, p_now timestamp, p_context jsonb,
  p_data jsonb DEFAULT '{}', p_attachments jsonb DEFAULT '[]')
RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  token text := registration_link_token();
  message_id text := gen_random_uuid()::text;
  person record;
BEGIN
  SELECT name, email INTO STRICT person FROM "Registration" WHERE id = p_registration;
  INSERT INTO "RegistrationToken" (id, "registrationId", purpose, "tokenHash", "expiresAt", "createdAt")
  VALUES (gen_random_uuid()::text, p_registration, 'manage', registration_token_hash(token),
    (p_context->>'manageExpiresAt')::timestamptz AT TIME ZONE 'UTC', p_now);
  INSERT INTO "OutboxMessage" (id, template, "toAddress", "toName", data, headers, attachments, "nextAttemptAt", "createdAt")
  VALUES (message_id, p_template, person.email, person.name,
    jsonb_build_object('name', person.name, 'editionName', p_context->>'editionName', 'dates', p_context->>'dates',
      'manageUrl', (p_context->>'siteUrl') || '/registrations/manage/' || token) || p_data,
    '{}', p_attachments, p_now, p_now);
  RETURN message_id;
END $$;

-- Offers every free seat to the head of the waiting list, first come first served.
CREATE FUNCTION registration_fill_seats(p_edition text, p_now timestamp, p_context jsonb)
RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  seats record;
  heads text[];
  head text;
BEGIN
  SELECT * INTO seats FROM registration_seats(p_edition, p_now);
  IF seats.capacity IS NULL OR seats.taken >= seats.capacity THEN
    RETURN 0;
  END IF;
  WITH offered AS (
    UPDATE "Registration" SET status = 'offered', "offeredAt" = p_now, "offerExpiresAt" = NULL, "updatedAt" = p_now
    WHERE id IN (SELECT id FROM "Registration" WHERE "editionId" = p_edition AND status = 'waitlisted'
      ORDER BY "waitlistNumber" LIMIT seats.capacity - seats.taken)
    RETURNING id, "waitlistNumber")
  SELECT coalesce(array_agg(id ORDER BY "waitlistNumber"), '{}') INTO heads FROM offered;
  -- Emails in queue order.
  FOREACH head IN ARRAY heads LOOP
    UPDATE "Registration"
    SET "offerMessageId" = registration_mail(head, 'registration-offer', p_now, p_context,
      jsonb_build_object('offerHours', (p_context->>'offerHours')::int))
    WHERE id = head;
  END LOOP;
  RETURN cardinality(heads);
END $$;

-- Puts someone at the end of the queue (everyone waiting holds a smaller number) and tells them.
CREATE FUNCTION registration_put_at_end(p_edition text, p_registration text, p_now timestamp, p_context jsonb)
RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  queue_position int;
BEGIN
  SELECT waiting + 1 INTO queue_position FROM registration_seats(p_edition, p_now);
  UPDATE "Registration" SET status = 'waitlisted', "waitlistedAt" = p_now, "pendingExpiresAt" = NULL,
    "offeredAt" = NULL, "offerExpiresAt" = NULL, "updatedAt" = p_now,
    "waitlistNumber" = (SELECT coalesce(max("waitlistNumber"), 0) + 1 FROM "Registration" WHERE "editionId" = p_edition)
  WHERE id = p_registration;
  PERFORM registration_mail(p_registration, 'registration-waitlisted', p_now, p_context, jsonb_build_object('position', queue_position));
  RETURN queue_position;
END $$;

-- Gives someone a seat and tells them, with the edition's calendar attached.
CREATE FUNCTION registration_seat(p_registration text, p_now timestamp, p_context jsonb)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Registration" SET status = 'confirmed', "confirmedAt" = p_now, "pendingExpiresAt" = NULL,
    "offerExpiresAt" = NULL, "updatedAt" = p_now
  WHERE id = p_registration;
  PERFORM registration_mail(p_registration, 'registration-confirmed', p_now, p_context, '{}', coalesce(p_context->'calendar', '[]'));
END $$;

-- The answers of a registration that started over take effect once its owner confirms.
CREATE FUNCTION registration_apply_pending_answers(p_registration text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Registration" r SET (name, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
      "afternoonActivities", "publicListing", "newsletterOptIn", "codeOfConductAt", "githubUsername") =
    (SELECT name, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
      "afternoonActivities", "publicListing", "newsletterOptIn", "codeOfConductAt", "githubUsername"
     FROM jsonb_populate_record(NULL::"Registration", r."pendingAnswers")),
    "pendingAnswers" = NULL,
    -- A new GitHub username is searched from its first page (the saved place was the old name's).
    "githubSearchPage" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchPage" END,
    "githubSearchedAt" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchedAt" END
  WHERE r.id = p_registration AND r."pendingAnswers" IS NOT NULL
$$;

-- The change itself, for registration_seat_change below (which holds the lock and has ended the
-- lapsed offers). Answers result, from (the status before) and name, and position for someone
-- who joined the end of the queue.
CREATE FUNCTION registration_apply_seat_change(p_change text, p_edition text, p_registration text, p_now timestamp, p_context jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  person record;
  seats record;
  result jsonb;
BEGIN
  IF p_change = 'release' THEN
    RETURN jsonb_build_object('result', 'released');
  END IF;

  IF p_context ? 'tokenId' THEN
    -- Of two presses of one link, one spends it and the other sees "used".
    UPDATE "RegistrationToken" SET "usedAt" = p_now
    WHERE id = p_context->>'tokenId' AND "registrationId" = p_registration AND purpose = 'confirm' AND "usedAt" IS NULL;
    IF NOT FOUND THEN
      RETURN jsonb_build_object('result', 'used');
    END IF;
  END IF;

  SELECT id, status::text AS status, name, "pendingExpiresAt" INTO person
  FROM "Registration" WHERE id = p_registration AND "editionId" = p_edition;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('result', 'gone');
  END IF;
  result := jsonb_build_object('from', person.status, 'name', person.name);

  IF p_change = 'accept-offer' AND person.status = 'expired' THEN
    RETURN result || jsonb_build_object('result', 'offer-expired');
  END IF;
  IF NOT (person.status = ANY (ARRAY(SELECT jsonb_array_elements_text(p_context->'allowedFrom')))) THEN
    RETURN result || jsonb_build_object('result', 'wrong-status');
  END IF;

  IF p_change = 'confirm' THEN
    -- A link lapses with its registration; an organizer may still confirm one by hand.
    IF p_context ? 'tokenId' AND person."pendingExpiresAt" IS NOT NULL AND person."pendingExpiresAt" <= p_now THEN
      RETURN result || jsonb_build_object('result', 'lapsed');
    END IF;
    PERFORM registration_apply_pending_answers(p_registration);
    SELECT name, email, "newsletterOptIn" INTO person FROM "Registration" WHERE id = p_registration;
    result := result || jsonb_build_object('name', person.name);
    IF person."newsletterOptIn" THEN
      -- Confirming proved the address, so the box ticked on the form needs no second link.
      PERFORM newsletter_subscribe_verified(person.email, person.name, p_context->'consent'->>'source',
        p_context->'consent'->>'wordingVersion', p_now);
    END IF;
    SELECT * INTO seats FROM registration_seats(p_edition, p_now);
    -- Nobody jumps the queue: a free seat goes to this person only if nobody is waiting.
    IF seats.taken < seats.capacity AND seats.waiting = 0 THEN
      PERFORM registration_seat(p_registration, p_now, p_context);
      RETURN result || jsonb_build_object('result', 'confirmed');
    END IF;
    RETURN result || jsonb_build_object('result', 'waitlisted',
      'position', registration_put_at_end(p_edition, p_registration, p_now, p_context));
  ELSIF p_change = 'accept-offer' OR p_change = 'promote' THEN
    IF person.status <> 'offered' THEN
      SELECT * INTO seats FROM registration_seats(p_edition, p_now);
      IF seats.taken >= seats.capacity THEN
        RETURN result || jsonb_build_object('result', 'no-free-place');
      END IF;
    END IF;
    PERFORM registration_seat(p_registration, p_now, p_context);
    RETURN result || jsonb_build_object('result', 'confirmed');
  ELSIF p_change = 'cancel' THEN
    UPDATE "Registration" SET status = 'cancelled', "cancelledAt" = p_now, "updatedAt" = p_now WHERE id = p_registration;
    -- Someone who is not coming has no room to share or to find: their entry leaves the board.
    DELETE FROM "RoomShare" WHERE "registrationId" = p_registration;
    IF NOT coalesce((p_context->>'silent')::boolean, false) THEN
      PERFORM registration_mail(p_registration, 'registration-cancelled', p_now, p_context);
    END IF;
  ELSIF p_change = 'waitlist' THEN
    result := result || jsonb_build_object('position', registration_put_at_end(p_edition, p_registration, p_now, p_context));
  ELSE
    RAISE EXCEPTION 'unknown seat change: %', p_change;
  END IF;
  RETURN result || jsonb_build_object('result', 'done');
END $$;

-- One change of seats on one edition, under its lock. p_change is one of:
--   confirm       a pending registration is placed: a free seat if nobody waits, else the end of
--                 the queue (p_context.tokenId, when set, is the confirm link to spend first);
--   accept-offer  an offered person takes their seat before the offer ends;
--   cancel        the place ends (p_context.silent: no email, for an erasure) and frees a seat;
--   waitlist      an organizer moves someone to the end of the queue;
--   promote       an organizer gives a seat (an offered person holds theirs already);
--   release       nothing but ending lapsed offers and offering free seats (housekeeping, a
--                 larger capacity).
-- p_context.allowedFrom lists the statuses the change may start from. Answers a JSON object:
-- result, from (the status before), name, position (waitlisted) and offered (seats passed on).
-- Whatever the change answers (even "wrong-status" or "used"), seats freed by offers that ended
-- in this call pass on at once: nobody can stall the queue by pressing a link that does nothing.
CREATE FUNCTION registration_seat_change(p_change text, p_edition text, p_registration text, p_now timestamp, p_context jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  ended int;
  result jsonb;
BEGIN
  IF coalesce((p_context->>'lock')::boolean, true) THEN
    -- Within this call's transaction: a wait over 3 s fails (the caller answers "try again").
    PERFORM set_config('lock_timeout', '3s', true), pg_advisory_xact_lock(hashtext('edition:' || p_edition));
  END IF;
  ended := registration_end_offers(p_edition, p_now, (p_context->>'offerSeconds')::double precision);
  result := registration_apply_seat_change(p_change, p_edition, p_registration, p_now, p_context);
  IF ended > 0 OR result->>'result' IN ('done', 'released') THEN
    RETURN result || jsonb_build_object('offered', registration_fill_seats(p_edition, p_now, p_context));
  END IF;
  RETURN result || jsonb_build_object('offered', 0);
END $$;
