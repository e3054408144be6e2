import "server-only";
import { db } from "../../../platform/db";
import { env } from "../../../platform/env";

/** Who may sign in: the addresses in ORGANIZER_EMAILS, and those added in the admin. */
export async function listOrganizers() {
  const added = await db().organizer.findMany({ orderBy: { createdAt: "asc" } });
  return { fromEnvironment: env().organizerEmails, added };
}
