import { db } from "../db";
import { env } from "../env";

/** An organizer is in ORGANIZER_EMAILS or was added in the admin and not revoked since. */
export async function isOrganizer(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const address = email.trim().toLowerCase();
  if (env().organizerEmails.includes(address)) return true;
  return (await db().organizer.count({ where: { email: address, revokedAt: null } })) > 0;
}
