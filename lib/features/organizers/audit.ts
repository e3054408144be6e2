import type { Prisma } from "../../generated/prisma/client";
import type { Clock } from "../../platform/clock";
import { clock as appClock } from "../../platform/clock";
import { statements } from "../../platform/db";
import type { Organizer } from "../../platform/auth/organizer";
import { SQL, asStatements, iso, newRowId, type RawCapable, type Statements } from "../../platform/database/statements";

/**
 * Records an admin action; pass the transaction (a Prisma one or plain statements) so the
 * entry commits with the change.
 */
export async function audit(
  organizer: Organizer,
  action: string,
  subject: string | null,
  details: Prisma.InputJsonObject = {},
  { tx = statements(), clock = appClock() }: { tx?: Statements | RawCapable; clock?: Clock } = {},
): Promise<void> {
  await asStatements(tx).run(
    SQL`INSERT INTO "AuditEntry" (id, actor, action, subject, details, at) VALUES (${newRowId()}, ${organizer.email}, ${action}, ${subject}, ${JSON.stringify(details)}::jsonb, ${iso(clock.now())}::timestamptz AT TIME ZONE 'UTC')`,
  );
}
