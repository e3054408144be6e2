import { SQL, iso, newRowId, type Statements } from "../../platform/database/statements";
import type { Tx } from "./address-lock";

/** The source and wording of the request being confirmed: what the person actually agreed to. */
export async function latestRequest(tx: Tx, subscriberId: string): Promise<{ source: string; wordingVersion: string }> {
  const request = await tx.consentEvent.findFirst({
    where: { subscriberId, kind: "requested" },
    orderBy: { at: "desc" },
    select: { source: true, wordingVersion: true },
  });
  return request ?? { source: "unknown", wordingVersion: "unknown" };
}

/**
 * Subscribes an address whose owner has just proven it (confirming a registration with the
 * newsletter box ticked). Records both the request and its confirmation. Plain statements: it
 * runs inside a confirmation, under the edition's lock.
 */
export async function subscribeVerifiedAddress(
  sql: Statements,
  person: { email: string; name: string },
  consent: { source: string; wordingVersion: string },
  now: Date,
): Promise<void> {
  const [subscriber] = await sql.rows<{
    id: string;
  }>(SQL`INSERT INTO "Subscriber" AS s (id, email, name, status, "confirmedAt", "createdAt", "updatedAt", "recentConfirmMails")
     VALUES (${newRowId()}, ${person.email}, ${person.name}, 'confirmed', ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${iso(now)}::timestamptz AT TIME ZONE 'UTC', ${iso(now)}::timestamptz AT TIME ZONE 'UTC', '{}')
     ON CONFLICT (email) DO UPDATE SET status = 'confirmed', name = excluded.name, "confirmedAt" = excluded."confirmedAt", "unsubscribedAt" = NULL, "updatedAt" = excluded."updatedAt"
     RETURNING id`);
  await sql.run(SQL`INSERT INTO "ConsentEvent" (id, "subscriberId", kind, source, "wordingVersion", at)
     VALUES (${newRowId()}, ${subscriber!.id}, 'requested', ${consent.source}, ${consent.wordingVersion}, ${iso(now)}::timestamptz AT TIME ZONE 'UTC'), (${newRowId()}, ${subscriber!.id}, 'confirmed', ${consent.source}, ${consent.wordingVersion}, ${iso(now)}::timestamptz AT TIME ZONE 'UTC')`);
}
