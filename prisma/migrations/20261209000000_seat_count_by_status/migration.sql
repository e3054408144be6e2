-- Issue 31: the seat count is read under the edition's lock, twice per confirmation. It used to
-- read every registration of the edition (on opening day, thousands of pending ones) for the
-- few that hold or wait for a seat: about 6 ms each time, held under the lock, so that during a
-- rush the confirmations queued behind it. Now each count reads only the rows of its statuses,
-- through the ("editionId", status, "waitlistNumber") index, and the next waiting-list number
-- is the top of an index of its own.
CREATE OR REPLACE FUNCTION registration_seats(p_edition text, p_now timestamp, OUT capacity int, OUT taken int, OUT waiting int)
LANGUAGE sql STABLE AS $$
  SELECT e.capacity,
    (SELECT count(*) FROM "Registration" r
      WHERE r."editionId" = e.id AND r.status IN ('confirmed', 'offered')
        AND (r.status = 'confirmed' OR r."offerExpiresAt" IS NULL OR r."offerExpiresAt" > p_now))::int,
    (SELECT count(*) FROM "Registration" r WHERE r."editionId" = e.id AND r.status = 'waitlisted')::int
  FROM "Edition" e
  WHERE e.id = p_edition
$$;

-- CreateIndex
CREATE INDEX "Registration_editionId_waitlistNumber_idx" ON "Registration"("editionId", "waitlistNumber");
