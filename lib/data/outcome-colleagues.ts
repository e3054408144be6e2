import type { Prisma } from "../generated/prisma/client";

/**
 * Colleagues an attendee may name: confirmed people of the edition on its public attendee list.
 * Read by the manage page, and inside the attendee's outcome transaction (hence `tx`).
 */
export async function listedColleagues(
  tx: Pick<Prisma.TransactionClient, "registration">,
  editionId: string,
  exceptId: string,
) {
  return tx.registration.findMany({
    where: { editionId, status: "confirmed", publicListing: true, id: { not: exceptId } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
