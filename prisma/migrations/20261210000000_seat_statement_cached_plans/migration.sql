-- Issue 31: the seat statement's helpers written in SQL were planned again at every call.
-- PostgreSQL (before 18) keeps no plan for a SQL-language function it cannot inline: each call
-- parses and plans its body afresh. registration_seats (twice per confirmation, under the
-- edition's lock) took 0.29 ms a call of which its query was 0.04 ms; the pending answers'
-- update, the queue check and the link token paid the same. PL/pgSQL keeps each statement's plan
-- for the session, so the same bodies in PL/pgSQL are planned once per connection.
-- The bodies are unchanged (20261209000000_seat_count_by_status, 20261208000000_applications,
-- 20261206110000_seat_statement); registration_token_hash, one expression, is inlined and stays.

CREATE OR REPLACE FUNCTION registration_seats(p_edition text, p_now timestamp, OUT capacity int, OUT taken int, OUT waiting int)
LANGUAGE plpgsql STABLE AS $$
BEGIN
  SELECT e.capacity,
    (SELECT count(*) FROM "Registration" r
      WHERE r."editionId" = e.id AND r.status IN ('confirmed', 'offered')
        AND (r.status = 'confirmed' OR r."offerExpiresAt" IS NULL OR r."offerExpiresAt" > p_now))::int,
    (SELECT count(*) FROM "Registration" r WHERE r."editionId" = e.id AND r.status = 'waitlisted')::int
  INTO capacity, taken, waiting
  FROM "Edition" e
  WHERE e.id = p_edition;
END $$;

CREATE OR REPLACE FUNCTION registration_queue_moves(p_edition text, p_now timestamp) RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN NOT EXISTS (SELECT 1 FROM "Edition" WHERE id = p_edition AND selection = 'by_application'
    AND ("applicationDeadline" IS NULL OR p_now < "applicationDeadline"));
END $$;

CREATE OR REPLACE FUNCTION registration_link_token() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  RETURN rtrim(translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '=');
END $$;

CREATE OR REPLACE FUNCTION registration_apply_pending_answers(p_registration text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
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
  WHERE r.id = p_registration AND r."pendingAnswers" IS NOT NULL;
END $$;
