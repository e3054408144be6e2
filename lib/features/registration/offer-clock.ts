import { SQL, empty, iso, type Statements } from "../../platform/database/statements";
import { env } from "../../platform/env";

// An offer's window starts when its email leaves, not when it is queued: a relay outage pauses
// the waiting list instead of costing the person their place. Until then offerExpiresAt is null
// and the offer holds its seat. These read the outbox row the offer points to.

const editionFilter = (editionId: string | null) =>
  editionId === null ? empty : SQL` AND r."editionId" = ${editionId}`;

/** Gives every offer whose email was sent its end: the send's time plus the offer's hours. */
export async function startOfferClocks(sql: Statements, editionId: string | null, now: Date): Promise<number> {
  const offerSeconds = env().registration.offerMs / 1000;
  return sql.run(SQL`UPDATE "Registration" r
     SET "offerExpiresAt" = m."sentAt" + make_interval(secs => ${offerSeconds}::double precision), "updatedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
     FROM "OutboxMessage" m
     WHERE r."offerMessageId" = m.id AND r.status = 'offered' AND r."offerExpiresAt" IS NULL AND m.status = 'sent'${editionFilter(editionId)}`);
}

/** Ends, at once, the offers whose email was refused for good: nobody could take them. */
export async function expireUndeliverableOffers(sql: Statements, editionId: string | null, now: Date): Promise<number> {
  return sql.run(SQL`UPDATE "Registration" r SET status = 'expired', "updatedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
     FROM "OutboxMessage" m
     WHERE r."offerMessageId" = m.id AND r.status = 'offered' AND r."offerExpiresAt" IS NULL AND m.status = 'failed'${editionFilter(editionId)}`);
}

/** Editions with an offer to end: its window has passed, or its email failed for good. */
export async function editionsWithOffersToEnd(sql: Statements, now: Date): Promise<string[]> {
  const rows = await sql.rows<{ editionId: string }>(SQL`SELECT DISTINCT r."editionId" FROM "Registration" r
     LEFT JOIN "OutboxMessage" m ON m.id = r."offerMessageId"
     WHERE r.status = 'offered' AND (r."offerExpiresAt" <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC' OR (r."offerExpiresAt" IS NULL AND m.status = 'failed'))`);
  return rows.map((row) => row.editionId);
}
