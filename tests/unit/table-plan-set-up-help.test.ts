import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { helpedAt, isExperienced, needsSetUpHelp, planTables, type PlanPerson } from "@/lib/features/tables/table-plan";

// The planner's rule for newcomers who are not ready to sprint: they sit with someone who
// answered "I can help others set up", below the rules on experience, sizes and first-timers.

const INTERESTS = ["orm", "admin", "docs", "forms", "async"];

const person = fc.record({
  id: fc.uuid(),
  experience: fc.constantFrom("first", "few", "regular", "team" as const),
  interests: fc.subarray(INTERESTS),
  canHelpSetUp: fc.boolean(),
  ready: fc.boolean(),
}) as fc.Arbitrary<PlanPerson>;

const room = fc
  .tuple(fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 40 }), fc.integer({ min: 1, max: 8 }))
  .chain(([people, tables]) =>
    fc
      .array(fc.tuple(fc.nat({ max: Math.max(0, people.length - 1) }), fc.nat({ max: tables - 1 })), {
        maxLength: people.length ? 4 : 0,
      })
      .map((moves) => ({ people, tables, fixed: new Map(moves.map(([i, table]) => [people[i]!.id, table] as const)) })),
  );

function tablesOf(people: readonly PlanPerson[], seats: Map<string, number>, count: number) {
  const tables = Array.from({ length: count }, () => [] as PlanPerson[]);
  for (const one of people) tables[seats.get(one.id)!]!.push(one);
  return tables;
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
const group = (p: PlanPerson) => (isExperienced(p) ? "experienced" : p.experience);
const helpedIn = (tables: PlanPerson[][]) => tables.reduce((sum, table) => sum + helpedAt(table), 0);

describe("seating newcomers who are not ready with someone who can help", () => {
  it("keeps the planner's rules: experience spread, sizes and first-timers within one, the same plan in any order", () => {
    fc.assert(
      fc.property(
        room.chain((r) => fc.shuffledSubarray(r.people, { minLength: r.people.length }).map((s) => ({ ...r, s }))),
        ({ people, tables, s }) => {
          const plan = planTables(people, tables);
          const seated = tablesOf(people, plan.seats, tables);
          expect(plan.withoutExperienced).toHaveLength(Math.max(0, tables - people.filter(isExperienced).length));
          expect(spread(seated.map((table) => table.length))).toBeLessThanOrEqual(1);
          expect(
            spread(seated.map((table) => table.filter((p) => p.experience === "first").length)),
          ).toBeLessThanOrEqual(1);
          expect(planTables(s, tables).seats).toEqual(plan.seats);
        },
      ),
    );
  });

  it("leaves no exchange within a group (nobody fixed) that would seat more of them with a helper", () => {
    fc.assert(
      fc.property(room, ({ people, tables, fixed }) => {
        const { seats } = planTables(people, tables, fixed);
        for (const [id, table] of fixed) expect(seats.get(id)).toBe(table);
        const seated = tablesOf(people, seats, tables);
        const before = helpedIn(seated);
        const movable = people.filter((p) => !fixed.has(p.id));
        for (const a of movable)
          for (const b of movable) {
            if (group(a) !== group(b) || seats.get(a.id) === seats.get(b.id)) continue;
            const exchanged = new Map(seats).set(a.id, seats.get(b.id)!).set(b.id, seats.get(a.id)!);
            expect(helpedIn(tablesOf(people, exchanged, tables))).toBeLessThanOrEqual(before);
          }
      }),
    );
  });

  it("seats every one of them with a helper when each table can have one of its own group", () => {
    // One helper among the first-timers per table, plus newcomers who are not ready: all helped.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 12 }), (tables, newcomers) => {
        const people: PlanPerson[] = [
          ...Array.from({ length: tables }, (_, i) => ({
            id: `e${i}`,
            experience: "team" as const,
            interests: [],
          })),
          ...Array.from({ length: tables }, (_, i) => ({
            id: `h${i}`,
            experience: "few" as const,
            interests: ["docs"],
            canHelpSetUp: true,
          })),
          ...Array.from({ length: newcomers }, (_, i) => ({
            id: `n${i}`,
            experience: "first" as const,
            interests: ["orm"],
            ready: false,
          })),
        ];
        const seated = tablesOf(people, planTables(people, tables).seats, tables);
        expect(helpedIn(seated)).toBe(people.filter(needsSetUpHelp).length);
      }),
    );
  });

  it("puts set-up help above shared interests, and ready newcomers anywhere", () => {
    const people: PlanPerson[] = [
      { id: "a", experience: "team", interests: ["orm"], canHelpSetUp: true },
      { id: "b", experience: "regular", interests: ["docs"] },
      { id: "c", experience: "first", interests: ["docs"], ready: false },
      { id: "d", experience: "first", interests: ["orm"], ready: true },
    ];
    const { seats } = planTables(people, 2);
    expect(seats.get("c")).toBe(seats.get("a")); // with the helper, though "docs" is at b's table
    expect(seats.get("d")).toBe(seats.get("b"));
  });
});
