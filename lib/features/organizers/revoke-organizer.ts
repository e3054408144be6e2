import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "./audit";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";
import type { OrganizerChange } from "./add-organizer";

/** Takes effect on the person's next request: every admin entry point checks the list itself. */
export async function revokeOrganizer(
  by: Organizer,
  email: string,
  clock: Clock = appClock(),
): Promise<OrganizerChange> {
  if (email === by.email) return { ok: false, problem: "cannot-revoke-self" };
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const { count } = await tx.organizer.updateMany({
      where: { email, revokedAt: null },
      data: { revokedAt: now, revokedBy: by.email },
    });
    if (count === 0) return { ok: false, problem: "not-added-here" };
    await audit(by, "organizer.revoke", `organizer:${email}`, {}, { tx, clock });
    return { ok: true };
  });
}
