-- Selection by application (docs/applications.md). An edition chooses first come (as before) or
-- by application: a confirmed address makes an application ("applied", no seat), and organizers
-- accept, waitlist or decline it. An accepted person holds a place as an offer (status "offered",
-- "acceptedAt" set) whose window is the edition's "acceptDays", counted from when its email
-- leaves; a lapsed one passes to the waiting list like any lapsed offer. The seat statement
-- (20261206110000_seat_statement) gains the new change kinds here; it stays the one writer.

CREATE TYPE "EditionSelection" AS ENUM ('first_come', 'by_application');
ALTER TYPE "RegistrationStatus" ADD VALUE 'applied';
ALTER TYPE "RegistrationStatus" ADD VALUE 'declined';

ALTER TABLE "Edition" ADD COLUMN "selection" "EditionSelection" NOT NULL DEFAULT 'first_come',
ADD COLUMN "applicationDeadline" TIMESTAMP(3),
ADD COLUMN "acceptDays" INTEGER NOT NULL DEFAULT 7,
ADD COLUMN "applicationQuestion" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Registration" ADD COLUMN "needsVisaLetter" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "applicationAnswer" TEXT,
ADD COLUMN "appliedAt" TIMESTAMP(3),
ADD COLUMN "acceptedAt" TIMESTAMP(3),
ADD COLUMN "declinedAt" TIMESTAMP(3);

-- An offer's window starts when its email leaves: the offer hours, or for an accepted
-- application the edition's days to confirm.
CREATE OR REPLACE FUNCTION registration_start_offer_clocks(p_edition text, p_now timestamp, p_offer_seconds double precision)
RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  started int;
BEGIN
  UPDATE "Registration" r
  SET "offerExpiresAt" = m."sentAt" + CASE WHEN r."acceptedAt" IS NOT NULL THEN make_interval(days => e."acceptDays")
      ELSE make_interval(secs => p_offer_seconds) END, "updatedAt" = p_now
  FROM "OutboxMessage" m, "Edition" e
  WHERE r."offerMessageId" = m.id AND e.id = r."editionId" AND r.status = 'offered' AND r."offerExpiresAt" IS NULL
    AND m.status = 'sent' AND (p_edition IS NULL OR r."editionId" = p_edition);
  GET DIAGNOSTICS started = ROW_COUNT;
  RETURN started;
END $$;

-- Whether free seats go to the waiting list now. On an edition by application they wait for the
-- deadline: until then the places are the organizers' to give (early decisions included).
CREATE FUNCTION registration_queue_moves(p_edition text, p_now timestamp) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT NOT EXISTS (SELECT 1 FROM "Edition" WHERE id = p_edition AND selection = 'by_application'
    AND ("applicationDeadline" IS NULL OR p_now < "applicationDeadline"))
$$;

-- The answers of a registration that started over take effect once its owner confirms (now with
-- the application's answers, beside "canHelpSetUp" from 20261207100000_sprint_readiness).
CREATE OR REPLACE FUNCTION registration_apply_pending_answers(p_registration text) RETURNS void LANGUAGE sql AS $$
  UPDATE "Registration" r SET (name, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
      "afternoonActivities", "publicListing", "newsletterOptIn", "codeOfConductAt", "githubUsername", "canHelpSetUp",
      "needsVisaLetter", "applicationAnswer") =
    (SELECT name, city, country, affiliation, experience, interests, hopes, days, dietary, accessibility,
      "afternoonActivities", "publicListing", "newsletterOptIn", "codeOfConductAt", "githubUsername", coalesce("canHelpSetUp", false),
      coalesce("needsVisaLetter", false), "applicationAnswer"
     FROM jsonb_populate_record(NULL::"Registration", r."pendingAnswers")),
    "pendingAnswers" = NULL,
    "githubSearchPage" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchPage" END,
    "githubSearchedAt" = CASE WHEN r."githubUsername" IS DISTINCT FROM r."pendingAnswers"->>'githubUsername' THEN NULL ELSE r."githubSearchedAt" END
  WHERE r.id = p_registration AND r."pendingAnswers" IS NOT NULL
$$;

-- The application changes, for registration_seat_change below (which holds the lock):
--   confirm               the address is confirmed: the application is received (applied);
--   accept-application    a place, held as an offer for the edition's days (refused past capacity);
--   waitlist-application  the next number on the waiting list;
--   decline-application   declined, with one kind email (a link to the newsletter, no subscription).
-- A decision before the deadline is refused ("too-early") unless the person needs a visa letter.
CREATE FUNCTION registration_application_change(p_change text, p_edition text, p_registration text, p_now timestamp, p_context jsonb)
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
    SELECT * INTO seats FROM registration_seats(p_edition, p_now);
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

-- Free seats pass to the waiting list only when the queue moves (see registration_queue_moves).
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
  SELECT * INTO seats FROM registration_seats(p_edition, p_now);
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

-- One change of seats on one edition, under its lock: the kinds of 20261206110000_seat_statement,
-- plus accept-application, waitlist-application and decline-application; and "confirm" on an
-- edition by application receives the application instead of placing the person.
CREATE OR REPLACE FUNCTION registration_seat_change(p_change text, p_edition text, p_registration text, p_now timestamp, p_context jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  ended int;
  result jsonb;
BEGIN
  IF coalesce((p_context->>'lock')::boolean, true) THEN
    PERFORM set_config('lock_timeout', '3s', true), pg_advisory_xact_lock(hashtext('edition:' || p_edition));
  END IF;
  ended := registration_end_offers(p_edition, p_now, (p_context->>'offerSeconds')::double precision);
  IF p_change IN ('accept-application', 'waitlist-application', 'decline-application')
    OR (p_change = 'confirm' AND EXISTS (SELECT 1 FROM "Edition" WHERE id = p_edition AND selection = 'by_application')) THEN
    result := registration_application_change(p_change, p_edition, p_registration, p_now, p_context);
  ELSE
    result := registration_apply_seat_change(p_change, p_edition, p_registration, p_now, p_context);
  END IF;
  IF ended > 0 OR result->>'result' IN ('done', 'released') THEN
    RETURN result || jsonb_build_object('offered', registration_fill_seats(p_edition, p_now, p_context));
  END IF;
  RETURN result || jsonb_build_object('offered', 0);
END $$;
