import { prismaStatements } from "../database/statements";
import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { env } from "../env";
import { nudgeMailWorker } from "../mail";
import { registrationEditionColumns } from "../registration/edition-columns";
import { withEditionLock } from "../registration/edition-lock";
import { mailStillComing } from "../registration/messages";
import { fillFreedSeats } from "../registration/seats";

export type HousekeepingReport = {
  pendingExpired: number;
  offersPassedOn: number;
  stillComingSent: number;
  purged: number;
};

/** The privacy page promises this: registrations go a year after their edition ends. */
export const KEEP_REGISTRATIONS_MS = 365 * 24 * 60 * 60_000;

/**
 * What time alone changes: unconfirmed registrations lapse, lapsed offers pass to the next
 * person waiting, a week before an edition confirmed people are asked if they still come, and
 * a year after an edition its registrations (personal data) are deleted.
 */
export async function registrationHousekeeping(clock: Clock = appClock()): Promise<HousekeepingReport> {
  const now = clock.now();
  const report: HousekeepingReport = { pendingExpired: 0, offersPassedOn: 0, stillComingSent: 0, purged: 0 };

  report.pendingExpired = (
    await db().registration.updateMany({
      where: { status: "pending", pendingExpiresAt: { lte: now } },
      data: { status: "expired", updatedAt: now },
    })
  ).count;

  const withLapsedOffers = await db().edition.findMany({
    where: { registrations: { some: { status: "offered", offerExpiresAt: { lte: now } } } },
    select: registrationEditionColumns,
  });
  for (const edition of withLapsedOffers) {
    report.offersPassedOn += await withEditionLock(edition.id, (tx) => fillFreedSeats(tx, edition, clock));
  }

  const soon = new Date(now.getTime() + env().registration.stillComingMs);
  const due = await db().registration.findMany({
    where: { status: "confirmed", stillComingSentAt: null, edition: { startsOn: { lte: soon, gt: now } } },
    select: { id: true, name: true, email: true, edition: { select: registrationEditionColumns } },
    take: 200,
  });
  for (const person of due) {
    await db().$transaction(async (tx) => {
      const claimed = await tx.registration.updateMany({
        where: { id: person.id, stillComingSentAt: null },
        data: { stillComingSentAt: now },
      });
      if (claimed.count === 1) await mailStillComing(prismaStatements(tx), person, person.edition, clock);
    });
    report.stillComingSent += 1;
  }

  report.purged = (
    await db().registration.deleteMany({
      where: { edition: { endsOn: { lt: new Date(now.getTime() - KEEP_REGISTRATIONS_MS) } } },
    })
  ).count;

  if (report.offersPassedOn + report.stillComingSent > 0) nudgeMailWorker();
  return report;
}
