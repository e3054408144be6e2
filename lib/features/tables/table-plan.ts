/** How much someone has contributed, as they answered at registration. */
export type Experience = "first" | "few" | "regular" | "team";

export type PlanPerson = {
  id: string;
  experience: Experience;
  interests: readonly string[];
  /** Answered "I can help others set up". */
  canHelpSetUp?: boolean;
  /** Ready to sprint: their test suite ran and passed. */
  ready?: boolean;
};

export type TablePlan = {
  /** Each person's table, 0-based, in the order of `people`. */
  seats: Map<string, number>;
  /** Tables with nobody who contributes regularly or is on a Django team (when there are too few). */
  withoutExperienced: number[];
};

/** Regular contributors and Django team members: every table should have one. */
export const isExperienced = (person: Pick<PlanPerson, "experience">) =>
  person.experience === "regular" || person.experience === "team";

/** A newcomer still getting set up, whom the plan seats with someone who can help. */
export const needsSetUpHelp = (person: PlanPerson) => person.experience === "first" && !person.ready;

/** Whether `person` needs help setting up and has someone else at `table` who offered it. */
const helped = (person: PlanPerson, table: readonly PlanPerson[]) =>
  needsSetUpHelp(person) && table.some((other) => other !== person && other.canHelpSetUp);

/** The people at a table who need help setting up and have it there. */
export const helpedAt = (table: readonly PlanPerson[]) => table.filter((person) => helped(person, table)).length;

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
 * - a newcomer who is not ready to sprint sits with someone who offered to help others set up:
 *   among the tables the rules above leave open, they prefer one with such a helper (and helpers
 *   prefer tables with fewer helpers); then, as long as exchanging two people of the same group
 *   (experienced, first-timers, the others; nobody fixed) seats more such newcomers with a
 *   helper, they are exchanged. An exchange within a group changes no table's size, first-timers
 *   or experienced people, so this never breaks the rules above; it ranks above shared interests,
 *   which it may undo;
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
  exchangeForHelp(tables, seats, new Set(free));
  return {
    seats,
    withoutExperienced: tables.flatMap((table, index) => (table.experienced === 0 ? [index] : [])),
  };
}

/**
 * The table with the fewest by `key`, then the fewest people, then (set-up help) a helper for a
 * newcomer who is not ready and the fewest helpers for a helper, then the most shared
 * interests, then the first.
 */
function choose(tables: readonly Table[], person: PlanPerson, key: (table: Table) => number): number {
  let best = 0;
  let bestScore: number[] | null = null;
  tables.forEach((table, index) => {
    const shared = table.people.reduce(
      (sum, other) => sum + other.interests.filter((interest) => person.interests.includes(interest)).length,
      0,
    );
    const helpers = table.people.filter((other) => other.canHelpSetUp).length;
    const help = needsSetUpHelp(person) ? (helpers > 0 ? 0 : 1) : person.canHelpSetUp ? helpers : 0;
    const score = [key(table), table.people.length, help, -shared];
    if (!bestScore || isLess(score, bestScore)) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

/** Lexicographic order of two scores of the same length. */
function isLess(a: readonly number[], b: readonly number[]): boolean {
  const at = a.findIndex((value, index) => value !== b[index]);
  return at !== -1 && a[at]! < b[at]!;
}

const group = (person: PlanPerson) => (isExperienced(person) ? "experienced" : person.experience);

/**
 * Exchanges two people of the same group (never a fixed seat) while that seats more newcomers
 * who are not ready with a helper; each exchange seats at least one more, so it ends. People are
 * tried in id order, so the result does not depend on the order they came in.
 */
function exchangeForHelp(tables: Table[], seats: Map<string, number>, movable: ReadonlySet<PlanPerson>) {
  if (!tables.some((table) => table.people.some((person) => person.canHelpSetUp))) return;
  const people = [...movable].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const swapped = (table: Table, out: PlanPerson, into: PlanPerson) =>
    table.people.map((person) => (person === out ? into : person));
  for (let improved = true; improved;) {
    improved = false;
    search: for (const [i, a] of people.entries()) {
      for (const b of people.slice(i + 1)) {
        const [ta, tb] = [seats.get(a.id)!, seats.get(b.id)!];
        if (ta === tb || group(a) !== group(b)) continue;
        const [tableA, tableB] = [tables[ta]!, tables[tb]!];
        const [newA, newB] = [swapped(tableA, a, b), swapped(tableB, b, a)];
        const gain = helpedAt(newA) + helpedAt(newB) - helpedAt(tableA.people) - helpedAt(tableB.people);
        if (gain <= 0) continue;
        tableA.people = newA;
        tableB.people = newB;
        seats.set(a.id, tb);
        seats.set(b.id, ta);
        improved = true;
        break search;
      }
    }
  }
}
