import type { Prisma } from "../generated/prisma/client";
import type { Clock } from "../clock";
import { clock as appClock } from "../clock";
import { db } from "../db";
import type { Organizer } from "../auth/require-organizer";
import { iso, newRowId, type Statements } from "../database/statements";

type AuditClient = Pick<Prisma.TransactionClient, "auditEntry">;

/**
 * Records an admin action; pass the transaction (a Prisma one or plain statements) so the
 * entry commits with the change.
 */
export async function audit(
  organizer: Organizer,
  action: string,
  subject: string | null,
  details: Prisma.InputJsonObject = {},
  { tx = db(), clock = appClock() }: { tx?: AuditClient | Statements; clock?: Clock } = {},
): Promise<void> {
  if ("run" in tx) {
    await tx.run(`INSERT INTO "AuditEntry" (id, actor, action, subject, details, at) VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamptz AT TIME ZONE 'UTC')`, [
      newRowId(), organizer.email, action, subject, JSON.stringify(details), iso(clock.now()),
    ]);
    return;
  }
  await tx.auditEntry.create({ data: { actor: organizer.email, action, subject, details, at: clock.now() } });
}
