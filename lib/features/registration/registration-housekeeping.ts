import { prismaStatements } from "../../platform/database/statements";
import { statements } from "../../platform/db";
import { clock as appClock, type Clock } from "../../platform/clock";
import { editionPeople } from "./reads/edition-people";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { nudgeMailWorker } from "../../platform/mail";
import { registrationEditionColumns } from "./edition-columns";
import { mailStillComing } from "./messages";
import { remainingSteps } from "./sprint-readiness";
import { changeSeatsNow, editionsWithOffersToEnd, expireUnconfirmed, startOfferClocks } from "./seat-statement";

export type HousekeepingReport = {
  figuresKept: number;
  pendingExpired: number;
  offersPassedOn: number;
  stillComingSent: number;
  purged: number;
};

const DAY_MS = 24 * 60 * 60_000;

/** The privacy page promises this: registrations go a year after their edition ends. */
export const KEEP_REGISTRATIONS_MS = 365 * 24 * 60 * 60_000;

/**
 * What time alone changes: unconfirmed registrations lapse, offers whose email has left get
 * their end, lapsed offers (and those whose email failed for good) pass to the next person
 * waiting, a week before an edition confirmed people are asked if they still come, and
 * a year after an edition its registrations (personal data) are deleted.
 */
export async function registrationHousekeeping(clock: Clock = appClock()): Promise<HousekeepingReport> {
  const now = clock.now();
  const report: HousekeepingReport = {
    figuresKept: 0,
    pendingExpired: 0,
    offersPassedOn: 0,
    stillComingSent: 0,
    purged: 0,
  };
  report.figuresKept = await keepEndedEditionsFigures(now);

  report.pendingExpired = await expireUnconfirmed(statements(), now);

  await startOfferClocks(statements(), now);
  const withLapsedOffers = await db().edition.findMany({
    where: {
      OR: [
        { id: { in: await editionsWithOffersToEnd(statements(), now) } },
        // By application, the queue starts moving at the deadline (docs/applications.md).
        {
          selection: "by_application",
          applicationDeadline: { lte: now },
          endsOn: { gte: now },
          registrations: { some: { status: "waitlisted" } },
        },
      ],
    },
    select: registrationEditionColumns,
  });
  for (const edition of withLapsedOffers) {
    report.offersPassedOn += (await changeSeatsNow("release", edition, null, clock)).offered;
  }

  const soon = new Date(now.getTime() + env().registration.stillComingMs);
  const due = await db().registration.findMany({
    // Only for a published edition: never about a sample a public site has unpublished.
    where: {
      status: "confirmed",
      stillComingSentAt: null,
      edition: { published: true, startsOn: { lte: soon, gt: now } },
    },
    select: {
      id: true,
      name: true,
      email: true,
      edition: { select: registrationEditionColumns },
      sprintReadiness: { select: { githubAccount: true, forkAndClone: true, virtualEnv: true, testRun: true } },
    },
    take: 200,
  });
  for (const person of due) {
    await db().$transaction(async (tx) => {
      const claimed = await tx.registration.updateMany({
        where: { id: person.id, stillComingSentAt: null },
        data: { stillComingSentAt: now },
      });
      // Someone not ready to sprint yet gets the steps they have left in the same message.
      const checklist = remainingSteps(person.sprintReadiness);
      if (claimed.count === 1) await mailStillComing(prismaStatements(tx), person, person.edition, checklist, clock);
    });
    report.stillComingSent += 1;
  }

  const expired = { edition: { endsOn: { lt: new Date(now.getTime() - KEEP_REGISTRATIONS_MS) } } };
  report.purged = await db().$transaction(async (tx) => {
    // Each outcome keeps how many people it credited; the credits go with the registrations.
    const credited = await tx.outcomeContributor.groupBy({
      by: ["outcomeId"],
      where: { registration: expired, outcome: { creditedPeople: null } },
      _count: { _all: true },
    });
    for (const outcome of credited)
      await tx.outcome.update({ where: { id: outcome.outcomeId }, data: { creditedPeople: outcome._count._all } });
    return (await tx.registration.deleteMany({ where: expired })).count;
  });

  if (report.offersPassedOn + report.stillComingSent > 0) nudgeMailWorker();
  return report;
}

/**
 * An edition that has ended keeps its confirmed people and first-time contributors on its own
 * row (the impact pages read them there), so the figures outlive the registrations.
 */
async function keepEndedEditionsFigures(now: Date): Promise<number> {
  const ended = await db().edition.findMany({
    where: { countedPeople: null, endsOn: { lt: new Date(now.getTime() - DAY_MS) } },
    select: { id: true, countedPeople: true, countedFirstTimers: true },
  });
  const people = await editionPeople(ended);
  for (const edition of ended) {
    const figures = people.get(edition.id)!;
    await db().edition.updateMany({
      where: { id: edition.id, countedPeople: null },
      // Stored as 0 when nobody registered here: read back as "not counted on this site".
      data: { countedPeople: figures.people ?? 0, countedFirstTimers: figures.firstTimers ?? 0 },
    });
  }
  return ended.length;
}
