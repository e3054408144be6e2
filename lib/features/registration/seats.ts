import type { Clock } from "../../platform/clock";
import { SQL, iso, type Statements } from "../../platform/database/statements";
import { mailOffer, type MailEdition } from "./messages";
import { expireUndeliverableOffers, startOfferClocks } from "./offer-clock";

// Plain statements: these run under the edition's lock, one change of seats at a time.

export type Seats = { capacity: number; taken: number; waiting: number };

/**
 * The edition's capacity, the seats held right now (confirmed people and offers still open, an
 * offer whose email has not left yet included) and
 * the people waiting, in one read. The capacity is read here, with the counts, so that a caller
 * holding the edition's lock never decides on a capacity an organizer has changed since. Taken
 * can exceed capacity once it was lowered: nobody loses a place, and no seat is given until the
 * count is under it again.
 */
export async function seatsAndWaiting(sql: Statements, editionId: string, now: Date): Promise<Seats> {
  const [row] = await sql.rows<Seats>(SQL`SELECT e.capacity,
       count(r.id) FILTER (WHERE r.status = 'confirmed' OR (r.status = 'offered' AND (r."offerExpiresAt" IS NULL OR r."offerExpiresAt" > ${iso(now)}::timestamptz AT TIME ZONE 'UTC')))::int AS taken,
       count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waiting
     FROM "Edition" e LEFT JOIN "Registration" r ON r."editionId" = e.id
     WHERE e.id = ${editionId} GROUP BY e.id`);
  return row ?? { capacity: 0, taken: 0, waiting: 0 };
}

/** The next number in the edition's queue; strictly increasing because callers hold the lock. */
export async function nextWaitlistNumber(sql: Statements, editionId: string): Promise<number> {
  const [row] = await sql.rows<{ next: number }>(
    SQL`SELECT (coalesce(max("waitlistNumber"), 0) + 1)::int AS next FROM "Registration" WHERE "editionId" = ${editionId}`,
  );
  return row!.next;
}

/**
 * Offers that ran out hold no seat any more: they end as expired, and so do offers whose email
 * failed for good. An offer whose email has left gets its end first (see offer-clock).
 */
export async function expireLapsedOffers(sql: Statements, editionId: string, now: Date): Promise<number> {
  await startOfferClocks(sql, editionId, now);
  const undeliverable = await expireUndeliverableOffers(sql, editionId, now);
  return (
    undeliverable +
    (await sql.run(SQL`UPDATE "Registration" SET status = 'expired', "updatedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
     WHERE "editionId" = ${editionId} AND status = 'offered' AND "offerExpiresAt" <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC'`))
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
  const heads = await sql.rows<{
    id: string;
    name: string;
    email: string;
    waitlistNumber: number;
  }>(SQL`UPDATE "Registration" SET status = 'offered', "offeredAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC', "offerExpiresAt" = NULL, "updatedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
     WHERE id IN (SELECT id FROM "Registration" WHERE "editionId" = ${edition.id} AND status = 'waitlisted' ORDER BY "waitlistNumber" ASC LIMIT ${free})
     RETURNING id, name, email, "waitlistNumber"`);
  // Emails in queue order, as before: RETURNING gives no order of its own.
  heads.sort((a, b) => a.waitlistNumber - b.waitlistNumber);
  for (const person of heads) {
    const message = await mailOffer(sql, person, edition, clock);
    await sql.run(SQL`UPDATE "Registration" SET "offerMessageId" = ${message.id} WHERE id = ${person.id}`);
  }
  return heads.length;
}
