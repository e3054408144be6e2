import type { Prisma } from "../../generated/prisma/client";
import { db } from "../../platform/db";
import { editionEndedAt, MIN_GRANTS_SHOWN } from "./rules";

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
    // Only requests of registrations that were confirmed: not those whose address nobody confirmed.
    tx.travelGrant.count({ where: { editionId, registration: { confirmedAt: { not: null } } } }),
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
 * An edition's grant totals for its public report: only once the edition has ended (live totals
 * while requests are open would tell one person's amount as it changes), and only with at least
 * MIN_GRANTS_SHOWN grants ("too-few" otherwise); from the requests while they exist, from what the
 * edition kept once they were deleted. Null before the end, or when the edition never had grants.
 */
export async function grantTotals(
  editionId: string,
  now: Date,
): Promise<{ shown: true; totals: GrantTotals } | { shown: false } | null> {
  const edition = await db().edition.findUnique({
    where: { id: editionId },
    select: {
      endsOn: true,
      timeZone: true,
      grantsOpen: true,
      grantTotalsKeptAt: true,
      keptGrantRequests: true,
      keptGrantsGranted: true,
      keptGrantEurosGranted: true,
      keptGrantEurosPaid: true,
    },
  });
  if (!edition || now < editionEndedAt(edition)) return null;
  const totals = await editionGrantTotals(editionId, edition);
  if (!totals) return null;
  return totals.granted >= MIN_GRANTS_SHOWN ? { shown: true, totals } : { shown: false };
}

type KeptTotals = {
  grantsOpen: boolean;
  grantTotalsKeptAt: Date | null;
  keptGrantRequests: number | null;
  keptGrantsGranted: number | null;
  keptGrantEurosGranted: number | null;
  keptGrantEurosPaid: number | null;
};

/** The totals, live or kept; null when the edition never had grants. */
async function editionGrantTotals(editionId: string, edition: KeptTotals): Promise<GrantTotals | null> {
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
