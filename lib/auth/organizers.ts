import { statements } from "../db";
import { env, LOCAL_ORGANIZER } from "../env";
import { requestIsLocal } from "../server/request-host";

/**
 * An organizer is in ORGANIZER_EMAILS or was added in the admin and not revoked since. The
 * address a fresh local site allows by default counts only on requests addressed to this machine.
 */
export async function isOrganizer(email: string | null | undefined): Promise<boolean> {
  if (!email) return false;
  const address = email.trim().toLowerCase();
  const config = env();
  if (config.defaultOrganizer && address === LOCAL_ORGANIZER) return requestIsLocal();
  if (config.organizerEmails.includes(address)) return true;
  const rows = await statements().rows(`SELECT 1 FROM "Organizer" WHERE email = $1 AND "revokedAt" IS NULL`, [address]);
  return rows.length > 0;
}
