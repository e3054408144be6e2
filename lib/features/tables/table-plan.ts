/** How much someone has contributed, as they answered at registration. */
export type Experience = "first" | "few" | "regular" | "team";

export type PlanPerson = { id: string; experience: Experience; interests: readonly string[] };

export type TablePlan = {
  /** Each person's table, 0-based, in the order of `people`. */
  seats: Map<string, number>;
  /** Tables with nobody who contributes regularly or is on a Django team (when there are too few). */
  withoutExperienced: number[];
};

/** Regular contributors and Django team members: every table should have one. */
export const isExperienced = (person: Pick<PlanPerson, "experience">) =>
  person.experience === "regular" || person.experience === "team";

/** The default number of tables: one per five confirmed people, rounded up (14 people, 3 tables). */
export const defaultTableCount = (confirmed: number) => Math.max(1, Math.ceil(confirmed / 5));

type Table = { people: PlanPerson[]; experienced: number; firstTimers: number };

/**
 * Seats people at `tableCount` tables, deterministically (the same input gives the same plan,
 * whatever its order). `fixed` seats (moves an organizer made, a locked plan) are kept as they
 * are; everyone else is placed around them:
 * - every table gets someone who contributes regularly or is on a Django team, as long as
 *   there are as many of them as tables (the plan names the tables left without);
 * - table sizes differ by at most one, and so do their counts of first-time contributors;
 * - among the tables those rules leave open, a person joins the one that shares most of their
 *   areas of interest.
 * With fixed seats, the rules hold as far as those seats allow.
 */
export function planTables(
  people: readonly PlanPerson[],
  tableCount: number,
  fixed: ReadonlyMap<string, number> = new Map(),
): TablePlan {
  const tables: Table[] = Array.from({ length: Math.max(1, tableCount) }, () => ({
    people: [],
    experienced: 0,
    firstTimers: 0,
  }));
  const seats = new Map<string, number>();
  const sit = (person: PlanPerson, index: number) => {
    const table = tables[index]!;
    table.people.push(person);
    if (isExperienced(person)) table.experienced += 1;
    if (person.experience === "first") table.firstTimers += 1;
    seats.set(person.id, index);
  };
  const byId = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const free: PlanPerson[] = [];
  for (const person of byId) {
    const at = fixed.get(person.id);
    if (at !== undefined && at >= 0 && at < tables.length) sit(person, at);
    else free.push(person);
  }
  // The experienced first (spread one per table), then first-timers (spread), then the rest.
  const groups = [
    { members: free.filter(isExperienced), key: (table: Table) => table.experienced },
    { members: free.filter((person) => person.experience === "first"), key: (table: Table) => table.firstTimers },
    { members: free.filter((person) => person.experience === "few"), key: () => 0 },
  ];
  for (const { members, key } of groups) {
    for (const person of members) sit(person, choose(tables, person, key));
  }
  return {
    seats,
    withoutExperienced: tables.flatMap((table, index) => (table.experienced === 0 ? [index] : [])),
  };
}

/** The table with the fewest by `key`, then the fewest people, then the most shared interests, then the first. */
function choose(tables: readonly Table[], person: PlanPerson, key: (table: Table) => number): number {
  let best = 0;
  let bestScore: [number, number, number] | null = null;
  tables.forEach((table, index) => {
    const shared = table.people.reduce(
      (sum, other) => sum + other.interests.filter((interest) => person.interests.includes(interest)).length,
      0,
    );
    const score: [number, number, number] = [key(table), table.people.length, -shared];
    if (
      !bestScore ||
      score[0] < bestScore[0] ||
      (score[0] === bestScore[0] && (score[1] < bestScore[1] || (score[1] === bestScore[1] && score[2] < bestScore[2])))
    ) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}
