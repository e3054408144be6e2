import type { Organizer } from "../../platform/auth/organizer";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { audit } from "../organizers";

/** Takes a ticket off the board, and its claim with it. */
export async function removeTicket(
  organizer: Organizer,
  editionId: string,
  ticketId: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: "no-such-ticket" }> {
  return db().$transaction(async (tx) => {
    const ticket = await tx.boardTicket.findFirst({
      where: { id: ticketId, editionId },
      select: { source: true, repository: true, number: true, claim: { select: { registrationId: true, day: true } } },
    });
    if (!ticket) return { ok: false as const, problem: "no-such-ticket" as const };
    await tx.boardTicket.delete({ where: { id: ticketId } });
    await audit(
      organizer,
      "board.remove",
      `edition:${editionId}`,
      { ticket: `${ticket.repository}#${ticket.number}`, source: ticket.source, claim: ticket.claim },
      { tx, clock },
    );
    return { ok: true as const };
  });
}
