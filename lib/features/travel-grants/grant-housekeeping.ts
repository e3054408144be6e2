import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { ENDED_REGISTRATION_STATUSES, grantRequestsPurgeAt, KEEP_GRANT_REQUESTS_MONTHS } from "./rules";
import { liveGrantTotals } from "./grant-totals";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Undecided requests go with their registration when it is cancelled, lapses or (an applicant) is declined; 6 months after
 * an edition ends (at the venue), its requests are deleted and only their totals stay on the
 * edition, for its report.
 */
export async function grantHousekeeping(
  clock: Clock = appClock(),
): Promise<{ grantAsksDropped: number; grantRequestsPurged: number }> {
  const now = clock.now();
  const dropped = await db().travelGrant.deleteMany({
    where: { status: "asked", registration: { status: { in: [...ENDED_REGISTRATION_STATUSES] } } },
  });
  // A cheap first cut (whole months are at least 28 days), then the exact instant at the venue.
  const candidates = await db().edition.findMany({
    where: {
      grantTotalsKeptAt: null,
      endsOn: { lt: new Date(now.getTime() - KEEP_GRANT_REQUESTS_MONTHS * 28 * DAY_MS) },
      OR: [{ grantsOpen: true }, { travelGrants: { some: {} } }],
    },
    select: { id: true, endsOn: true, timeZone: true },
  });
  let purged = 0;
  for (const edition of candidates.filter((one) => grantRequestsPurgeAt(one) <= now)) {
    purged += await db().$transaction(async (tx) => {
      const totals = await liveGrantTotals(tx, edition.id);
      const kept = await tx.edition.updateMany({
        where: { id: edition.id, grantTotalsKeptAt: null },
        data: {
          grantsOpen: false,
          grantTotalsKeptAt: now,
          keptGrantRequests: totals.requests,
          keptGrantsGranted: totals.granted,
          keptGrantEurosGranted: totals.eurosGranted,
          keptGrantEurosPaid: totals.eurosPaid,
        },
      });
      if (kept.count === 0) return 0; // another instance kept them first
      return (await tx.travelGrant.deleteMany({ where: { editionId: edition.id } })).count;
    });
  }
  return { grantAsksDropped: dropped.count, grantRequestsPurged: purged };
}
