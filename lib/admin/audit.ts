import type { Prisma } from "../generated/prisma/client";
import type { Clock } from "../clock";
import { clock as appClock } from "../clock";
import { db } from "../db";
import type { Organizer } from "../auth/require-organizer";

type AuditClient = Pick<Prisma.TransactionClient, "auditEntry">;

/** Records an admin action; pass the transaction so the entry commits with the change. */
export async function audit(
  organizer: Organizer,
  action: string,
  subject: string | null,
  details: Prisma.InputJsonObject = {},
  { tx = db(), clock = appClock() }: { tx?: AuditClient; clock?: Clock } = {},
): Promise<void> {
  await tx.auditEntry.create({ data: { actor: organizer.email, action, subject, details, at: clock.now() } });
}
