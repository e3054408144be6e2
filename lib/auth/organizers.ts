import { statements } from "../db";
import { env } from "../env";

/** An organizer is in ORGANIZER_EMAILS or was added in the admin and not revoked since. */
export async function isOrganizer(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const address = email.trim().toLowerCase();
  if (env().organizerEmails.includes(address)) return true;
  const rows = await statements().rows(`SELECT 1 FROM "Organizer" WHERE email = $1 AND "revokedAt" IS NULL`, [address]);
  return rows.length > 0;
}
