import type { Clock } from "../clock";
import { iso, type Statements } from "../database/statements";
import { env } from "../env";
import { mailOffer, type MailEdition } from "./messages";

// Plain statements: these run under the edition's lock, one change of seats at a time.

export type Seats = { capacity: number; taken: number; waiting: number };

/**
 * The edition's capacity, the seats held right now (confirmed people and offers still open) and
 * the people waiting, in one read. The capacity is read here, with the counts, so that a caller
 * holding the edition's lock never decides on a capacity an organizer has changed since. Taken
 * can exceed capacity once it was lowered: nobody loses a place, and no seat is given until the
 * count is under it again.
 */
export async function seatsAndWaiting(sql: Statements, editionId: string, now: Date): Promise<Seats> {
  const [row] = await sql.rows<Seats>(
    `SELECT e.capacity,
       count(r.id) FILTER (WHERE r.status = 'confirmed' OR (r.status = 'offered' AND r."offerExpiresAt" > $2::timestamptz AT TIME ZONE 'UTC'))::int AS taken,
       count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waiting
     FROM "Edition" e LEFT JOIN "Registration" r ON r."editionId" = e.id
     WHERE e.id = $1 GROUP BY e.id`,
    [editionId, iso(now)],
  );
  return row ?? { capacity: 0, taken: 0, waiting: 0 };
}

/** The next number in the edition's queue; strictly increasing because callers hold the lock. */
export async function nextWaitlistNumber(sql: Statements, editionId: string): Promise<number> {
  const [row] = await sql.rows<{ next: number }>(
    `SELECT (coalesce(max("waitlistNumber"), 0) + 1)::int AS next FROM "Registration" WHERE "editionId" = $1`,
    [editionId],
  );
  return row!.next;
}

/** Offers that ran out hold no seat any more: they end as expired. */
export async function expireLapsedOffers(sql: Statements, editionId: string, now: Date): Promise<number> {
  return sql.run(
    `UPDATE "Registration" SET status = 'expired', "updatedAt" = $2::timestamptz AT TIME ZONE 'UTC'
     WHERE "editionId" = $1 AND status = 'offered' AND "offerExpiresAt" <= $2::timestamptz AT TIME ZONE 'UTC'`,
    [editionId, iso(now)],
  );
}

/**
 * Offers every free seat to the head of the waiting list, first come first served. Runs under
 * the edition lock, so a seat is offered once and to one person.
 */
export async function fillFreedSeats(sql: Statements, edition: MailEdition, clock: Clock): Promise<number> {
  const now = clock.now();
  await expireLapsedOffers(sql, edition.id, now);
  const { capacity, taken } = await seatsAndWaiting(sql, edition.id, now);
  const free = capacity - taken;
  if (free <= 0) return 0;
  const offerExpiresAt = new Date(now.getTime() + env().registration.offerMs);
  const heads = await sql.rows<{ id: string; name: string; email: string; waitlistNumber: number }>(
    `UPDATE "Registration" SET status = 'offered', "offeredAt" = $3::timestamptz AT TIME ZONE 'UTC', "offerExpiresAt" = $4::timestamptz AT TIME ZONE 'UTC', "updatedAt" = $3::timestamptz AT TIME ZONE 'UTC'
     WHERE id IN (SELECT id FROM "Registration" WHERE "editionId" = $1 AND status = 'waitlisted' ORDER BY "waitlistNumber" ASC LIMIT $2)
     RETURNING id, name, email, "waitlistNumber"`,
    [edition.id, free, iso(now), iso(offerExpiresAt)],
  );
  // Emails in queue order, as before: RETURNING gives no order of its own.
  heads.sort((a, b) => a.waitlistNumber - b.waitlistNumber);
  for (const person of heads) await mailOffer(sql, person, edition, offerExpiresAt, clock);
  return heads.length;
}
