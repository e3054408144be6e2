-- Issue 31: pressing Confirm is one statement. The link's lookup used to be a statement of its
-- own before the seat statement: during a rush each statement waits for a turn of an event loop
-- busy with readers, and planning the lookup's join cost six times its execution. Now the
-- lookup, the link's checks and the seat statement are one call.
--
-- The emails need the edition as the application writes it (its dates, its calendar), which
-- the application cannot know before it knows the link's edition. So the caller passes the mail
-- context of the edition it expects (during a rush, the one it confirmed last) with that
-- edition's id and version (registration_edition_version: a digest of the columns the emails
-- use, so no writer has to remember to touch anything); when the link belongs to another
-- edition, or the edition changed since, nothing is written and the answer names the edition:
-- the caller reads it and calls again. The edition is read again once its lock is held: a save of
-- the edition holds the same lock, so a press that waited for it sees the edition as saved. The
-- edition is over from the day after its last, at the venue (editionPhase in
-- lib/features/registration/registration-window.ts).
--
-- Answers what registration_seat_change answers, or {"result": "invalid" | "expired" | "used" |
-- "edition-over"} for a link that cannot confirm, or {"result": "needs-edition", "editionId"}.
CREATE FUNCTION registration_edition_version(e "Edition") RETURNS text LANGUAGE sql STABLE AS $$
  SELECT md5(row(e.slug, e.name, e."timeZone", e."startsOn", e."endsOn", e."venueName", e."venueAddress", e."applicationDeadline")::text)
$$;

CREATE FUNCTION registration_confirm(p_token_hash text, p_now timestamp, p_local_site boolean, p_context jsonb)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
  link record;
  edition record;
BEGIN
  SELECT t.id, t.purpose::text AS purpose, t."usedAt", t."expiresAt", r.id AS registration, r."editionId" AS edition
  INTO link
  FROM "RegistrationToken" t JOIN "Registration" r ON r.id = t."registrationId" JOIN "Edition" e ON e.id = r."editionId"
  WHERE t."tokenHash" = p_token_hash AND (p_local_site OR NOT e."isSample");
  IF NOT FOUND OR link.purpose <> 'confirm' THEN
    RETURN jsonb_build_object('result', 'invalid');
  END IF;
  IF link."usedAt" IS NOT NULL THEN
    RETURN jsonb_build_object('result', 'used');
  END IF;
  IF link."expiresAt" <= p_now THEN
    RETURN jsonb_build_object('result', 'expired');
  END IF;
  IF coalesce((p_context->>'lock')::boolean, true) THEN
    PERFORM set_config('lock_timeout', '3s', true), pg_advisory_xact_lock(hashtext('edition:' || link.edition));
  END IF;
  SELECT registration_edition_version(e) AS version,
    ((p_now AT TIME ZONE 'UTC') AT TIME ZONE e."timeZone")::date > e."endsOn"::date AS over
  INTO edition FROM "Edition" e WHERE e.id = link.edition;
  IF p_context->>'editionId' IS DISTINCT FROM link.edition OR p_context->>'editionVersion' IS DISTINCT FROM edition.version THEN
    RETURN jsonb_build_object('result', 'needs-edition', 'editionId', link.edition);
  END IF;
  IF edition.over THEN
    RETURN jsonb_build_object('result', 'edition-over');
  END IF;
  RETURN registration_seat_change('confirm', link.edition, link.registration, p_now,
    p_context || jsonb_build_object('tokenId', link.id, 'allowedFrom', jsonb_build_array('pending')));
END $$;
