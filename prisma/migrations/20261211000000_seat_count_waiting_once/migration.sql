-- Issue 31: during a rush, a confirmation counted the waiting list twice under the edition's
-- lock: once to see whether anyone waits (nobody jumps the queue) and once for the newcomer's place
-- in it. On opening day the list grows to thousands, and each count reads all of them: about
-- 1 ms a count with some 3,000 waiting (pg_stat_statements, `npm run bench -- --focus
-- request-cpu`). Every decision that needs only the seats held (a confirmation, an offer taken, an
-- application accepted, filling free seats) now reads registration_seats_held, where whether
-- anyone waits is the first entry of the ("editionId", status, "waitlistedAt") index; the place of
-- someone joining the end of the queue (registration_put_at_end) is the one count left. The bodies
-- are otherwise those of 20261206110000_seat_statement and 20261208000000_applications, but for
-- one change in registration_seat_change: a change that may put someone at the end of the queue (a
-- confirmation, an organizer's "waitlist", an application waitlisted) and whose call ends lapsed offers passes their seats
-- to the head of the queue first, so that the place the newcomer's email tells counts only those
-- still waiting.

CREATE FUNCTION registration_seats_held(p_edition text, p_now timestamp, OUT capacity int, OUT taken int, OUT anyone_waiting boolean)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  SELECT e.capacity,
    (SELECT count(*) FROM "Registration" r
      WHERE r."editionId" = e.id AND r.status IN ('confirmed', 'offered')
        AND (r.status = 'confirmed' OR r."offerExpiresAt" IS NULL OR r."offerExpiresAt" > p_now))::int,
    EXISTS (SELECT 1 FROM "Registration" r WHERE r."editionId" = e.id AND r.status = 'waitlisted')
  INTO capacity, taken, anyone_waiting
  FROM "Edition" e
  WHERE e.id = p_edition;
END $$;

CREATE OR REPLACE FUNCTION registration_apply_seat_change(p_change text, p_edition text, p_registration text, p_now timestamp, p_context jsonb)
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
    SELECT * INTO seats FROM registration_seats_held(p_edition, p_now);
    -- Nobody jumps the queue: a free seat goes to this person only if nobody is waiting.
    IF seats.taken < seats.capacity AND NOT seats.anyone_waiting THEN
      PERFORM registration_seat(p_registration, p_now, p_context);
      RETURN result || jsonb_build_object('result', 'confirmed');
    END IF;
    RETURN result || jsonb_build_object('result', 'waitlisted',
      'position', registration_put_at_end(p_edition, p_registration, p_now, p_context));
  ELSIF p_change = 'accept-offer' OR p_change = 'promote' THEN
    IF person.status <> 'offered' THEN
      SELECT * INTO seats FROM registration_seats_held(p_edition, p_now);
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

CREATE OR REPLACE FUNCTION registration_application_change(p_change text, p_edition text, p_registration text, p_now timestamp, p_context jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  person record;
  edition record;
  seats record;
  result jsonb;
BEGIN
  IF p_context ? 'tokenId' THEN
    UPDATE "RegistrationToken" SET "usedAt" = p_now
    WHERE id = p_context->>'tokenId' AND "registrationId" = p_registration AND purpose = 'confirm' AND "usedAt" IS NULL;
    IF NOT FOUND THEN
      RETURN jsonb_build_object('result', 'used');
    END IF;
  END IF;

  SELECT id, status::text AS status, name, "pendingExpiresAt", "needsVisaLetter" INTO person
  FROM "Registration" WHERE id = p_registration AND "editionId" = p_edition;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('result', 'gone');
  END IF;
  result := jsonb_build_object('from', person.status, 'name', person.name);
  IF NOT (person.status = ANY (ARRAY(SELECT jsonb_array_elements_text(p_context->'allowedFrom')))) THEN
    RETURN result || jsonb_build_object('result', 'wrong-status');
  END IF;
  SELECT "applicationDeadline" AS deadline, "acceptDays" AS days INTO STRICT edition FROM "Edition" WHERE id = p_edition;

  IF p_change = 'confirm' THEN
    IF p_context ? 'tokenId' AND person."pendingExpiresAt" IS NOT NULL AND person."pendingExpiresAt" <= p_now THEN
      RETURN result || jsonb_build_object('result', 'lapsed');
    END IF;
    PERFORM registration_apply_pending_answers(p_registration);
    SELECT name, email, "newsletterOptIn" INTO person FROM "Registration" WHERE id = p_registration;
    result := result || jsonb_build_object('name', person.name);
    IF person."newsletterOptIn" THEN
      PERFORM newsletter_subscribe_verified(person.email, person.name, p_context->'consent'->>'source',
        p_context->'consent'->>'wordingVersion', p_now);
    END IF;
    UPDATE "Registration" SET status = 'applied', "appliedAt" = p_now, "pendingExpiresAt" = NULL, "updatedAt" = p_now
    WHERE id = p_registration;
    PERFORM registration_mail(p_registration, 'registration-applied', p_now, p_context,
      jsonb_build_object('deadline', p_context->>'deadlineText'));
    RETURN result || jsonb_build_object('result', 'applied');
  END IF;

  IF (edition.deadline IS NULL OR p_now < edition.deadline) AND NOT person."needsVisaLetter" THEN
    RETURN result || jsonb_build_object('result', 'too-early');
  END IF;
  IF p_change = 'accept-application' THEN
    SELECT * INTO seats FROM registration_seats_held(p_edition, p_now);
    IF seats.taken >= seats.capacity THEN
      RETURN result || jsonb_build_object('result', 'no-free-place');
    END IF;
    UPDATE "Registration" SET status = 'offered', "acceptedAt" = p_now, "offeredAt" = p_now, "offerExpiresAt" = NULL,
      "updatedAt" = p_now
    WHERE id = p_registration;
    UPDATE "Registration"
    SET "offerMessageId" = registration_mail(p_registration, 'registration-accepted', p_now, p_context,
      jsonb_build_object('acceptDays', edition.days))
    WHERE id = p_registration;
  ELSIF p_change = 'waitlist-application' THEN
    result := result || jsonb_build_object('position', registration_put_at_end(p_edition, p_registration, p_now, p_context));
  ELSIF p_change = 'decline-application' THEN
    UPDATE "Registration" SET status = 'declined', "declinedAt" = p_now, "updatedAt" = p_now WHERE id = p_registration;
    PERFORM registration_mail(p_registration, 'registration-declined', p_now, p_context,
      jsonb_build_object('subscribeUrl', (p_context->>'siteUrl') || '/newsletter'));
  ELSE
    RAISE EXCEPTION 'unknown application change: %', p_change;
  END IF;
  RETURN result || jsonb_build_object('result', 'done');
END $$;

CREATE OR REPLACE FUNCTION registration_fill_seats(p_edition text, p_now timestamp, p_context jsonb)
RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  seats record;
  heads text[];
  head text;
BEGIN
  IF NOT registration_queue_moves(p_edition, p_now) THEN
    RETURN 0;
  END IF;
  SELECT * INTO seats FROM registration_seats_held(p_edition, p_now);
  IF seats.capacity IS NULL OR seats.taken >= seats.capacity THEN
    RETURN 0;
  END IF;
  WITH offered AS (
    UPDATE "Registration" SET status = 'offered', "offeredAt" = p_now, "offerExpiresAt" = NULL, "acceptedAt" = NULL,
      "updatedAt" = p_now
    WHERE id IN (SELECT id FROM "Registration" WHERE "editionId" = p_edition AND status = 'waitlisted'
      ORDER BY "waitlistNumber" LIMIT seats.capacity - seats.taken)
    RETURNING id, "waitlistNumber")
  SELECT coalesce(array_agg(id ORDER BY "waitlistNumber"), '{}') INTO heads FROM offered;
  FOREACH head IN ARRAY heads LOOP
    UPDATE "Registration"
    SET "offerMessageId" = registration_mail(head, 'registration-offer', p_now, p_context,
      jsonb_build_object('offerHours', (p_context->>'offerHours')::int))
    WHERE id = head;
  END LOOP;
  RETURN cardinality(heads);
END $$;

-- One change of seats on one edition, under its lock (20261208000000_applications).
CREATE OR REPLACE FUNCTION registration_seat_change(p_change text, p_edition text, p_registration text, p_now timestamp, p_context jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  ended int;
  offered int := 0;
  result jsonb;
BEGIN
  IF coalesce((p_context->>'lock')::boolean, true) THEN
    PERFORM set_config('lock_timeout', '3s', true), pg_advisory_xact_lock(hashtext('edition:' || p_edition));
  END IF;
  ended := registration_end_offers(p_edition, p_now, (p_context->>'offerSeconds')::double precision);
  IF ended > 0 AND p_change IN ('confirm', 'waitlist', 'waitlist-application') THEN
    -- The queue moves before anyone joins its end, so the place they are told counts only those still waiting.
    offered := registration_fill_seats(p_edition, p_now, p_context);
  END IF;
  IF p_change IN ('accept-application', 'waitlist-application', 'decline-application')
    OR (p_change = 'confirm' AND EXISTS (SELECT 1 FROM "Edition" WHERE id = p_edition AND selection = 'by_application')) THEN
    result := registration_application_change(p_change, p_edition, p_registration, p_now, p_context);
  ELSE
    result := registration_apply_seat_change(p_change, p_edition, p_registration, p_now, p_context);
  END IF;
  IF ended > 0 OR result->>'result' IN ('done', 'released') THEN
    offered := offered + registration_fill_seats(p_edition, p_now, p_context);
  END IF;
  RETURN result || jsonb_build_object('offered', offered);
END $$;
