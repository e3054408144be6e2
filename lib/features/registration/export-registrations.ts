import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";
import { registrationBatches, type RegistrationQuery } from "./reads/admin-registrations";

/**
 * An organizer downloads an edition's registrations: the export is recorded first, then read
 * in batches. null for an unknown edition (nothing is recorded).
 */
export async function exportRegistrations(
  organizer: Organizer,
  editionId: string,
  query: Pick<RegistrationQuery, "status" | "search">,
  clock: Clock = appClock(),
) {
  const edition = await db().edition.findUnique({ where: { id: editionId }, select: { slug: true } });
  if (!edition) return null;
  await audit(
    organizer,
    "registrations.export",
    `edition:${editionId}`,
    { status: query.status ?? "all", search: query.search ?? "" },
    { clock },
  );
  return { slug: edition.slug, batches: registrationBatches(editionId, query) };
}
