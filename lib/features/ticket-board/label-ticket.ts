import { db } from "../../platform/db";

/** Sets a ticket's label ("good first ticket", "needs a reviewer", "bigger", an area, or none). */
export async function labelTicket(
  editionId: string,
  ticketId: string,
  label: string | null,
): Promise<{ ok: true } | { ok: false; problem: "no-such-ticket" }> {
  const { count } = await db().boardTicket.updateMany({ where: { id: ticketId, editionId }, data: { label } });
  return count === 1 ? { ok: true } : { ok: false, problem: "no-such-ticket" };
}
