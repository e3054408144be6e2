import "server-only";
import { db } from "../db";

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * The room-share board as one attendee may see it: their own entry, and, only if they are a
 * confirmed attendee on the board themselves, the other confirmed attendees' entries of the
 * same edition (first name, nights, offering or looking, note). Never an address.
 */
export async function roomShareBoard(editionId: string, registrationId: string) {
  const viewer = await db().registration.findUnique({
    where: { id: registrationId },
    select: { status: true, editionId: true, roomShare: { select: { kind: true, nights: true, note: true } } },
  });
  const mine = viewer?.status === "confirmed" && viewer.editionId === editionId ? viewer.roomShare : null;
  if (!mine) return { mine: null, others: [] };
  const entries = await db().roomShare.findMany({
    where: { editionId, registrationId: { not: registrationId }, registration: { status: "confirmed" } },
    select: { registrationId: true, kind: true, nights: true, note: true, registration: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return {
    mine,
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

/** Relayed messages a recipient reported, with their text, for organizers. */
export function reportedRelayMessages(editionId: string) {
  return db().relayMessage.findMany({
    where: { editionId, reportedAt: { not: null } },
    select: {
      id: true,
      body: true,
      createdAt: true,
      reportedAt: true,
      from: { select: { name: true, email: true } },
      to: { select: { name: true } },
    },
    orderBy: { reportedAt: "desc" },
  });
}
