import "server-only";
import { cache } from "react";
import { db } from "../../../platform/db";
import type { Prisma } from "../../../generated/prisma/client";
import { visibleEditions } from "../../editions";
import { env } from "../../../platform/env";
import { headlineOf, reportedOf, sumHeadlines, sumReported } from "../headline";
import { impactOf } from "../impact";
import { weeklyStatus } from "../weekly-status";
import { editionPeople } from "../../registration/reads";

const outcomeColumns = {
  id: true,
  kind: true,
  title: true,
  url: true,
  status: true,
  area: true,
  firstContribution: true,
  notes: true,
  addedById: true,
  statusCheckedAt: true,
  statusCheckError: true,
  ticket: true,
  creditedPeople: true,
  statusChanges: { select: { status: true, at: true } },
  contributors: { select: { registration: { select: { id: true, name: true, publicListing: true } } } },
} as const;

type SelectedOutcome = Prisma.OutcomeGetPayload<{ select: typeof outcomeColumns }>;

/** The contributors as plain people rather than join rows. */
const shaped = ({ contributors, ...outcome }: SelectedOutcome) => ({
  ...outcome,
  contributors: contributors.map((row) => row.registration),
});

async function outcomesWhere(where: Prisma.OutcomeWhereInput) {
  const rows = await db().outcome.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: outcomeColumns,
  });
  return rows.map(shaped);
}

export type OutcomeRow = ReturnType<typeof shaped>;

/** An organizer's view: every outcome with every contributor's name. */
export const adminOutcomes = (editionId: string) => outcomesWhere({ editionId });

/** The outcomes an attendee sees on their manage page: those they added or are named on. */
export const attendeeOutcomes = (editionId: string, registrationId: string) =>
  outcomesWhere({ editionId, OR: [{ addedById: registrationId }, { contributors: { some: { registrationId } } }] });

/** What the public sees of an outcome: names only of people on the public attendee list. */
function publicOutcome({
  addedById: _a,
  statusCheckError: _e,
  notes: _n,
  creditedPeople,
  contributors,
  ...outcome
}: OutcomeRow) {
  const listed = contributors.filter((person) => person.publicListing).map((person) => person.name);
  // Once the registrations are deleted (a year after the edition), the number credited remains.
  const credited = contributors.length > 0 ? contributors.length : (creditedPeople ?? 0);
  return {
    ...outcome,
    contributorIds: contributors.map((person) => person.id),
    listed,
    unlisted: credited - listed.length,
  };
}

export type PublicOutcome = ReturnType<typeof publicOutcome>;

const recordColumns = {
  id: true,
  endsOn: true,
  countedPeople: true,
  countedFirstTimers: true,
  reportedPeople: true,
  reportedFirstTimers: true,
  reportedPullRequestsOpened: true,
  reportedPullRequestsMerged: true,
  reportedPullRequestsClosed: true,
} as const;

/**
 * An edition's outcomes and the numbers they add up to, as its public impact page shows them:
 * the headline it counts, the figures its organizers reported (shown beside, never added), and
 * its pull requests' status week by week after the sprint.
 */
export const getEditionImpact = cache(async (editionId: string, now: Date) => {
  const [outcomes, edition] = await Promise.all([
    adminOutcomes(editionId).then((rows) => rows.map(publicOutcome)),
    db().edition.findUniqueOrThrow({ where: { id: editionId }, select: recordColumns }),
  ]);
  const people = (await editionPeople([edition])).get(edition.id)!;
  const pulls = outcomes.filter((outcome) => outcome.kind === "pull_request");
  return {
    outcomes,
    impact: impactOf(outcomes),
    headline: headlineOf(people, outcomes),
    reported: reportedOf(edition),
    weeks: weeklyStatus(
      edition.endsOn,
      pulls.map((pull) => pull.statusChanges),
      now,
      env().outcomes.refreshWeeks,
    ),
  };
});

/**
 * Every published edition's numbers, and the series' together. The series counts only editions
 * that have ended (`today`, YYYY-MM-DD): one still to come has given nothing back yet, and is
 * named in `leftOut` instead.
 */
export const getSeriesImpact = cache(async (today: string) => {
  const editions = await db().edition.findMany({
    where: visibleEditions(env().localSite),
    orderBy: { startsOn: "desc" },
    select: {
      slug: true,
      name: true,
      startsOn: true,
      ...recordColumns,
      outcomes: { select: outcomeColumns, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const ended = editions.filter((edition) => edition.endsOn < new Date(today));
  const people = await editionPeople(ended);
  const perEdition = ended.map(({ outcomes, ...edition }) => {
    const published = outcomes.map((outcome) => publicOutcome(shaped(outcome)));
    return {
      slug: edition.slug,
      name: edition.name,
      startsOn: edition.startsOn,
      endsOn: edition.endsOn,
      impact: impactOf(published),
      headline: headlineOf(people.get(edition.id)!, published),
      reported: reportedOf(edition),
      outcomes: published,
    };
  });
  return {
    editions: perEdition.map(({ outcomes: _o, ...edition }) => edition),
    leftOut: editions
      .filter((edition) => !ended.includes(edition))
      .map((edition) => ({ slug: edition.slug, name: edition.name })),
    impact: impactOf(perEdition.flatMap((edition) => edition.outcomes)),
    headline: sumHeadlines(perEdition.map((edition) => edition.headline)),
    reported: sumReported(perEdition.map((edition) => edition.reported)),
  };
});
