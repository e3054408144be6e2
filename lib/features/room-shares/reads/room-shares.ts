import "server-only";
import { db } from "../../../platform/db";

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * The room-share board as one attendee may see it: their own entry, and, only if they are a
 * confirmed attendee on the board themselves, the other confirmed attendees' entries of the
 * same edition (first name, nights, offering or looking, note). Never an address.
 */
export async function roomShareBoard(editionId: string, registrationId: string) {
  const viewer = await db().registration.findUnique({
    where: { id: registrationId },
    select: {
      status: true,
      editionId: true,
      roomShareRemovedAt: true,
      roomShare: { select: { kind: true, nights: true, note: true } },
    },
  });
  const removed = viewer?.roomShareRemovedAt != null;
  const mine = viewer?.status === "confirmed" && viewer.editionId === editionId ? viewer.roomShare : null;
  if (!mine) return { mine: null, others: [], removed };
  const entries = await db().roomShare.findMany({
    where: {
      editionId,
      registrationId: { not: registrationId },
      // Someone who blocked the viewer looks to them as if they had left the board.
      registration: { status: "confirmed", relayBlocksMade: { none: { senderRegistrationId: registrationId } } },
    },
    select: { registrationId: true, kind: true, nights: true, note: true, registration: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    mine,
    removed,
    others: entries.map(({ registration, ...entry }) => ({ ...entry, firstName: firstName(registration.name) })),
  };
}

/** For organizers: how many confirmed attendees are looking for and offering a room, per night (not who). */
export async function roomShareCounts(editionId: string) {
  const entries = await db().roomShare.findMany({
    where: { editionId, registration: { status: "confirmed" } },
    select: { kind: true, nights: true },
  });
  const counts = new Map<string, { looking: number; offering: number }>();
  for (const entry of entries)
    for (const night of entry.nights) {
      const count = counts.get(night) ?? { looking: 0, offering: 0 };
      count[entry.kind] += 1;
      counts.set(night, count);
    }
  return counts;
}

/**
 * Reports of relayed messages, with their text, for organizers. While the original message is
 * kept (30 days), they also see who wrote it to whom, and can remove the sender from the board.
 */
export function reportedRelayMessages(editionId: string) {
  return db().relayReport.findMany({
    where: { editionId },
    select: {
      id: true,
      body: true,
      fromFirstName: true,
      sentAt: true,
      reportedAt: true,
      message: {
        select: {
          from: { select: { id: true, name: true, email: true, roomShareRemovedAt: true } },
          to: { select: { name: true } },
        },
      },
    },
    orderBy: { reportedAt: "desc" },
  });
}
