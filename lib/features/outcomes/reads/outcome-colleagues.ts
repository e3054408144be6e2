import { db } from "../../../platform/db";
import type { Prisma } from "../../../generated/prisma/client";

/**
 * Colleagues an attendee may name: confirmed people of the edition on its public attendee list.
 * Read by the manage page, and inside the attendee's outcome transaction (pass its `tx`).
 */
export async function listedColleagues(
  editionId: string,
  exceptId: string,
  tx: Pick<Prisma.TransactionClient, "registration"> = db(),
) {
  return tx.registration.findMany({
    where: { editionId, status: "confirmed", publicListing: true, id: { not: exceptId } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
