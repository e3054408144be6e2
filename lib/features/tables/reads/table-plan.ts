import { db } from "../../../platform/db";
import { daysBetween } from "../../../platform/calendar/zoned-time";
import { defaultTableCount, planTables, type Experience } from "../table-plan";
import { tableName } from "../wording";
import { isReady, NOT_STARTED, type Readiness } from "../../registration";

export type SeatedPerson = {
  id: string;
  name: string;
  experience: Experience;
  interests: string[];
  publicListing: boolean;
  canHelpSetUp: boolean;
  /** Their "Ready to sprint" checklist (nothing ticked when they never saved it). */
  readiness: Readiness;
  /** Placed by an organizer (a move, or a locked day), not by the suggestion. */
  fixed: boolean;
};

export type DayPlan = {
  day: string;
  tableCount: number;
  locked: boolean;
  tables: { index: number; name: string; people: SeatedPerson[] }[];
  withoutExperienced: number[];
};

/**
 * One day's tables: the confirmed people attending that day, seated by the suggestion around
 * the seats organizers fixed. The same input always gives the same plan, so a reload never
 * reshuffles it; on a locked day everyone seated at locking keeps their table and newcomers are
 * placed around them.
 */
export async function dayPlan(editionId: string, day: string): Promise<DayPlan | null> {
  const edition = await db().edition.findUnique({
    where: { id: editionId },
    select: { startsOn: true, endsOn: true, tableCount: true, tableNames: true },
  });
  if (!edition || !daysBetween(edition.startsOn, edition.endsOn).includes(day)) return null;
  const [confirmed, seats, lock] = await Promise.all([
    db().registration.findMany({
      where: { editionId, status: "confirmed" },
      select: {
        id: true,
        name: true,
        experience: true,
        interests: true,
        publicListing: true,
        canHelpSetUp: true,
        days: true,
        sprintReadiness: {
          select: { githubAccount: true, forkAndClone: true, virtualEnv: true, testRun: true, ranLine: true },
        },
      },
    }),
    db().tableSeat.findMany({ where: { editionId, day }, select: { registrationId: true, table: true } }),
    db().tablePlanLock.findUnique({ where: { editionId_day: { editionId, day } }, select: { lockedAt: true } }),
  ]);
  const tableCount = edition.tableCount ?? defaultTableCount(confirmed.length);
  const fixed = new Map(
    seats.filter((seat) => seat.table < tableCount).map((seat) => [seat.registrationId, seat.table]),
  );
  const attending = confirmed
    .filter((person) => person.days.includes(day))
    .map(({ sprintReadiness, ...person }) => {
      const readiness = sprintReadiness ?? NOT_STARTED;
      return { ...person, experience: person.experience as Experience, readiness, ready: isReady(readiness) };
    });
  const plan = planTables(attending, tableCount, fixed);
  const tables = Array.from({ length: tableCount }, (_, index) => ({
    index,
    name: tableName(edition.tableNames, index),
    people: [] as SeatedPerson[],
  }));
  for (const person of [...attending].sort((a, b) => a.name.localeCompare(b.name))) {
    const { days: _days, ready: _ready, ...shown } = person;
    tables[plan.seats.get(person.id)!]!.people.push({ ...shown, fixed: fixed.has(person.id) });
  }
  return { day, tableCount, locked: lock !== null, tables, withoutExperienced: plan.withoutExperienced };
}

/**
 * What an attendee sees of the locked days: their table and the first names of their
 * table-mates who chose the public attendee list (nothing about anyone else).
 */
export async function attendeeTables(editionId: string, registrationId: string) {
  const locks = await db().tablePlanLock.findMany({
    where: { editionId },
    select: { day: true },
    orderBy: { day: "asc" },
  });
  const seatsByDay = [];
  for (const { day } of locks) {
    const plan = await dayPlan(editionId, day);
    const table = plan?.tables.find((candidate) => candidate.people.some((person) => person.id === registrationId));
    if (!table) continue;
    const mates = table.people
      .filter((person) => person.id !== registrationId && person.publicListing)
      .map((person) => person.name.trim().split(/\s+/)[0]!);
    seatsByDay.push({ day, table: table.name, mates });
  }
  return seatsByDay;
}
