import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../platform/db";

export type GrantTotals = { requests: number; granted: number; eurosGranted: number; eurosPaid: number };

type Tx = Pick<Prisma.TransactionClient, "travelGrant" | "edition">;

/**
 * What an edition's requests add up to now, with the grants of people who erased their data
 * (kept on the edition as counters): never a name.
 */
export async function liveGrantTotals(tx: Tx, editionId: string): Promise<GrantTotals> {
  const [erased, requests, granted, paid] = await Promise.all([
    tx.edition.findUnique({
      where: { id: editionId },
      select: { erasedGrants: true, erasedGrantEurosGranted: true, erasedGrantEurosPaid: true },
    }),
    tx.travelGrant.count({ where: { editionId } }),
    tx.travelGrant.aggregate({
      where: { editionId, status: "granted" },
      _count: { _all: true },
      _sum: { amountGranted: true },
    }),
    tx.travelGrant.aggregate({
      where: { editionId, status: "granted", paidOn: { not: null } },
      _sum: { amountGranted: true },
    }),
  ]);
  return {
    requests: requests + (erased?.erasedGrants ?? 0),
    granted: granted._count._all + (erased?.erasedGrants ?? 0),
    eurosGranted: (granted._sum.amountGranted ?? 0) + (erased?.erasedGrantEurosGranted ?? 0),
    eurosPaid: (paid._sum.amountGranted ?? 0) + (erased?.erasedGrantEurosPaid ?? 0),
  };
}

/**
 * An edition's grant totals for its report: from the requests while they exist, from what the
 * edition kept once they were deleted; null when the edition never had grants.
 */
export async function grantTotals(editionId: string): Promise<GrantTotals | null> {
  const edition = await db().edition.findUnique({
    where: { id: editionId },
    select: {
      grantsOpen: true,
      grantTotalsKeptAt: true,
      keptGrantRequests: true,
      keptGrantsGranted: true,
      keptGrantEurosGranted: true,
      keptGrantEurosPaid: true,
    },
  });
  if (!edition) return null;
  if (edition.grantTotalsKeptAt) {
    if (!edition.keptGrantRequests) return null;
    return {
      requests: edition.keptGrantRequests,
      granted: edition.keptGrantsGranted ?? 0,
      eurosGranted: edition.keptGrantEurosGranted ?? 0,
      eurosPaid: edition.keptGrantEurosPaid ?? 0,
    };
  }
  const totals = await liveGrantTotals(db(), editionId);
  return totals.requests > 0 || edition.grantsOpen ? totals : null;
}
