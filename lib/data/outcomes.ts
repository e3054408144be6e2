import "server-only";
import { cache } from "react";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { impactOf } from "../outcomes/impact";

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
function publicOutcome({ addedById: _a, statusCheckError: _e, notes: _n, contributors, ...outcome }: OutcomeRow) {
  const listed = contributors.filter((person) => person.publicListing).map((person) => person.name);
  return {
    ...outcome,
    contributorIds: contributors.map((person) => person.id),
    listed,
    unlisted: contributors.length - listed.length,
  };
}

export type PublicOutcome = ReturnType<typeof publicOutcome>;

/** An edition's outcomes and the numbers they add up to, as its public impact page shows them. */
export const getEditionImpact = cache(async (editionId: string) => {
  const outcomes = (await adminOutcomes(editionId)).map(publicOutcome);
  return { outcomes, impact: impactOf(outcomes) };
});

/** Every published edition's numbers, and the series' together. */
export const getSeriesImpact = cache(async () => {
  const editions = await db().edition.findMany({
    where: { published: true },
    orderBy: { startsOn: "desc" },
    select: {
      id: true,
      slug: true,
      name: true,
      startsOn: true,
      endsOn: true,
      outcomes: { select: outcomeColumns, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  const perEdition = editions.map(({ outcomes, ...edition }) => {
    const published = outcomes.map((outcome) => publicOutcome(shaped(outcome)));
    return { ...edition, impact: impactOf(published), outcomes: published };
  });
  return {
    editions: perEdition.map(({ outcomes: _o, ...edition }) => edition),
    impact: impactOf(perEdition.flatMap((edition) => edition.outcomes)),
  };
});
