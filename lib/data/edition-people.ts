import { db } from "../db";

export type EditionPeople = { people: number; firstTimers: number };
type Stored = { id: string; countedPeople: number | null; countedFirstTimers: number | null };

/**
 * Each edition's confirmed people and first-time contributors: the figures stored when it ended
 * (they outlive the registrations, deleted a year later), or counted now for one still to end.
 */
export async function editionPeople(editions: readonly Stored[]): Promise<Map<string, EditionPeople>> {
  const live = editions.filter((edition) => edition.countedPeople === null).map((edition) => edition.id);
  const groups =
    live.length === 0
      ? []
      : await db().registration.groupBy({
          by: ["editionId", "experience"],
          where: { editionId: { in: live }, status: "confirmed" },
          _count: { _all: true },
        });
  return new Map(
    editions.map((edition) => {
      if (edition.countedPeople !== null)
        return [edition.id, { people: edition.countedPeople, firstTimers: edition.countedFirstTimers ?? 0 }];
      const own = groups.filter((group) => group.editionId === edition.id);
      return [
        edition.id,
        {
          people: own.reduce((sum, group) => sum + group._count._all, 0),
          firstTimers: own.find((group) => group.experience === "first")?._count._all ?? 0,
        },
      ];
    }),
  );
}
