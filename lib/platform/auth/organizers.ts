import { statements } from "../db";
import { env, LOCAL_ORGANIZER } from "../env";
import { requestIsLocal } from "../server/request-host";
import { SQL } from "../database/statements";

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
  const rows = await statements().rows(SQL`SELECT 1 FROM "Organizer" WHERE email = ${address} AND "revokedAt" IS NULL`);
  return rows.length > 0;
}
