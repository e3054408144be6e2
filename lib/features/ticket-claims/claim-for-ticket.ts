import { db } from "../../platform/db";

export type TicketClaimFound = { claimId: string; registrationId: string; day: string; table: number | null };

/** The claim on a Trac ticket of an edition's board, if the ticket is there and claimed. */
export async function claimForTracTicket(editionId: string, number: number): Promise<TicketClaimFound | null> {
  const claim = await db().ticketClaim.findFirst({
    where: { editionId, ticket: { source: "trac", repository: "", number } },
    select: { id: true, registrationId: true, day: true, table: true },
  });
  return claim && { claimId: claim.id, registrationId: claim.registrationId, day: claim.day, table: claim.table };
}
