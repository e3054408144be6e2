import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";

/**
 * Deletes the made-up edition a local site seeded, with everything tried on it (registrations,
 * tables, outcomes cascade). Only a sample: a real edition's record is never deleted this way.
 */
export async function deleteSampleEdition(
  organizer: Organizer,
  id: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: "edition-gone" | "not-a-sample" }> {
  return db().$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id }, select: { isSample: true, name: true } });
    if (!edition) return { ok: false, problem: "edition-gone" };
    if (!edition.isSample) return { ok: false, problem: "not-a-sample" };
    await tx.edition.delete({ where: { id } });
    await audit(organizer, "edition.delete-sample", `edition:${id}`, { name: edition.name }, { tx, clock });
    return { ok: true };
  });
}
