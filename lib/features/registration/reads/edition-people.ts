import { db } from "../../../platform/db";

/** null: not counted on this site (an edition nobody registered for here, such as one held before it). */
export type EditionPeople = { people: number | null; firstTimers: number | null };
type Stored = { id: string; countedPeople: number | null; countedFirstTimers: number | null };

const NOT_COUNTED: EditionPeople = { people: null, firstTimers: null };

/**
 * Each edition's confirmed people and first-time contributors: the figures stored when it ended
 * (they outlive the registrations, deleted a year later), or counted now for one still to end.
 * An edition with no registrations on this site is "not counted", never 0: a 0 would read as
 * "nobody came" for an edition whose people registered elsewhere. A stored 0 reads the same way.
 */
export async function editionPeople(editions: readonly Stored[]): Promise<Map<string, EditionPeople>> {
  const live = editions.filter((edition) => edition.countedPeople === null).map((edition) => edition.id);
  const groups =
    live.length === 0
      ? []
      : await db().registration.groupBy({
          by: ["editionId", "experience", "status"],
          where: { editionId: { in: live } },
          _count: { _all: true },
        });
  return new Map(
    editions.map((edition) => {
      if (edition.countedPeople !== null)
        return [
          edition.id,
          edition.countedPeople === 0
            ? NOT_COUNTED
            : { people: edition.countedPeople, firstTimers: edition.countedFirstTimers ?? 0 },
        ];
      const own = groups.filter((group) => group.editionId === edition.id);
      if (own.length === 0) return [edition.id, NOT_COUNTED];
      const confirmed = own.filter((group) => group.status === "confirmed");
      return [
        edition.id,
        {
          people: confirmed.reduce((sum, group) => sum + group._count._all, 0),
          firstTimers: confirmed.find((group) => group.experience === "first")?._count._all ?? 0,
        },
      ];
    }),
  );
}
