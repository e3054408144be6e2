import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { attendeeOf } from "../outcomes";
import { editionNights } from "./nights";
import type { RoomShareProblem } from "./wording";
import type { RoomShareInput } from "./schemas";

/** A confirmed attendee joins the room-share board of their edition (or changes their entry). */
export async function joinRoomShares(
  token: string,
  input: RoomShareInput,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: RoomShareProblem }> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const found = await attendeeOf(tx, token, now);
    if (!found.ok) return found;
    const { id, edition } = found.registration;
    const removed = await tx.registration.findUnique({ where: { id }, select: { roomShareRemovedAt: true } });
    if (removed?.roomShareRemovedAt) return { ok: false, problem: "removed" };
    const nights = editionNights(edition.startsOn, edition.endsOn);
    if (input.nights.some((night) => !(night in nights))) return { ok: false, problem: "not-a-night" };
    const entry = { kind: input.kind, nights: [...new Set(input.nights)].sort(), note: input.note, updatedAt: now };
    await tx.roomShare.upsert({
      where: { registrationId: id },
      create: { registrationId: id, editionId: edition.id, createdAt: now, ...entry },
      update: entry,
    });
    return { ok: true };
  });
}
