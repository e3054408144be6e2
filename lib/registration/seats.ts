import type { Clock } from "../clock";
import { iso, type Statements } from "../database/statements";
import { env } from "../env";
import { mailOffer, type MailEdition } from "./messages";

// Plain statements: these run under the edition's lock, one change of seats at a time.

/** Seats held right now (confirmed people and offers still open) and people waiting, from the rows. */
export async function seatsAndWaiting(sql: Statements, editionId: string, now: Date): Promise<{ taken: number; waiting: number }> {
  const [row] = await sql.rows<{ taken: number; waiting: number }>(
    `SELECT
       count(*) FILTER (WHERE status = 'confirmed' OR (status = 'offered' AND "offerExpiresAt" > $2::timestamptz AT TIME ZONE 'UTC'))::int AS taken,
       count(*) FILTER (WHERE status = 'waitlisted')::int AS waiting
     FROM "Registration" WHERE "editionId" = $1`,
    [editionId, iso(now)],
  );
  return row!;
}

/** The next number in the edition's queue; strictly increasing because callers hold the lock. */
export async function nextWaitlistNumber(sql: Statements, editionId: string): Promise<number> {
  const [row] = await sql.rows<{ next: number }>(`SELECT (coalesce(max("waitlistNumber"), 0) + 1)::int AS next FROM "Registration" WHERE "editionId" = $1`, [editionId]);
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
export async function fillFreedSeats(sql: Statements, edition: MailEdition & { capacity: number }, clock: Clock): Promise<number> {
  const now = clock.now();
  await expireLapsedOffers(sql, edition.id, now);
  const free = edition.capacity - (await seatsAndWaiting(sql, edition.id, now)).taken;
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
