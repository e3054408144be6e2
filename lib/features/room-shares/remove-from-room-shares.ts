import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import type { RoomShareRemovalProblem } from "./wording";

/**
 * An organizer takes someone off an edition's room-share board for good: their entry goes, they
 * cannot join again (nor, off the board, write to anyone), and they are told by email. The audit
 * entry and the email commit with the change.
 */
export async function removeFromRoomShares(
  organizer: Organizer,
  editionId: string,
  registrationId: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: RoomShareRemovalProblem }> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx) => {
    const person = await tx.registration.findFirst({
      where: { id: registrationId, editionId },
      select: { name: true, email: true, edition: { select: { name: true } } },
    });
    if (!person) return { ok: false as const, problem: "not-found" as const };
    const marked = await tx.registration.updateMany({
      where: { id: registrationId, roomShareRemovedAt: null },
      data: { roomShareRemovedAt: now },
    });
    if (marked.count === 0) return { ok: false as const, problem: "already-removed" as const };
    await tx.roomShare.deleteMany({ where: { registrationId } });
    await audit(organizer, "room-share.remove", `registration:${registrationId}`, {}, { tx, clock });
    await enqueueEmail(
      tx,
      {
        template: "room-share-removed",
        data: { name: person.name, editionName: person.edition.name },
        to: { email: person.email, name: person.name },
      },
      clock,
    );
    return { ok: true as const };
  });
  if (outcome.ok) nudgeMailWorker();
  return outcome;
}
