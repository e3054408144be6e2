import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultTableCount, isExperienced, planTables, type PlanPerson } from "@/lib/features/tables/table-plan";

const INTERESTS = ["orm", "admin", "docs", "forms", "async"];

const person = fc.record({
  id: fc.uuid(),
  experience: fc.constantFrom("first", "few", "regular", "team" as const),
  interests: fc.subarray(INTERESTS),
}) as fc.Arbitrary<PlanPerson>;

const room = fc
  .tuple(fc.uniqueArray(person, { selector: (p) => p.id, maxLength: 40 }), fc.integer({ min: 1, max: 8 }))
  .map(([people, tables]) => ({ people, tables }));

function tablesOf(people: readonly PlanPerson[], seats: Map<string, number>, count: number) {
  const tables = Array.from({ length: count }, () => [] as PlanPerson[]);
  for (const one of people) tables[seats.get(one.id)!]!.push(one);
  return tables;
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

describe("the table plan", () => {
  it("seats everyone at one of the tables", () => {
    fc.assert(
      fc.property(room, ({ people, tables }) => {
        const { seats } = planTables(people, tables);
        expect(seats.size).toBe(people.length);
        for (const one of people) expect(seats.get(one.id)).toBeGreaterThanOrEqual(0);
        for (const one of people) expect(seats.get(one.id)).toBeLessThan(tables);
      }),
    );
  });

  it("gives every table someone experienced when there are enough, and names the tables without otherwise", () => {
    fc.assert(
      fc.property(room, ({ people, tables }) => {
        const plan = planTables(people, tables);
        const experienced = people.filter(isExperienced).length;
        const without = tablesOf(people, plan.seats, tables).flatMap((table, index) =>
          table.some(isExperienced) ? [] : [index],
        );
        expect(plan.withoutExperienced).toEqual(without);
        expect(without).toHaveLength(Math.max(0, tables - experienced));
      }),
    );
  });

  it("keeps table sizes, and first-time contributors per table, within one of each other", () => {
    fc.assert(
      fc.property(room, ({ people, tables }) => {
        const seated = tablesOf(people, planTables(people, tables).seats, tables);
        expect(spread(seated.map((table) => table.length))).toBeLessThanOrEqual(1);
        expect(spread(seated.map((table) => table.filter((p) => p.experience === "first").length))).toBeLessThanOrEqual(
          1,
        );
      }),
    );
  });

  it("is the same plan for the same people in any order", () => {
    fc.assert(
      fc.property(
        room.chain(({ people, tables }) =>
          fc.shuffledSubarray(people, { minLength: people.length }).map((shuffled) => ({ people, shuffled, tables })),
        ),
        ({ people, shuffled, tables }) => {
          expect(planTables(shuffled, tables).seats).toEqual(planTables(people, tables).seats);
        },
      ),
    );
  });

  it("keeps fixed seats where they are and places everyone else", () => {
    fc.assert(
      fc.property(
        room.chain(({ people, tables }) =>
          fc
            .array(fc.tuple(fc.nat({ max: Math.max(0, people.length - 1) }), fc.nat({ max: tables - 1 })), {
              maxLength: people.length,
            })
            .map((moves) => ({
              people,
              tables,
              fixed: new Map(people.length ? moves.map(([i, table]) => [people[i]!.id, table] as const) : []),
            })),
        ),
        ({ people, tables, fixed }) => {
          const { seats } = planTables(people, tables, fixed);
          for (const [id, table] of fixed) expect(seats.get(id)).toBe(table);
          expect(seats.size).toBe(people.length);
        },
      ),
    );
  });

  it("seats people who share an area together where the rules allow", () => {
    const people: PlanPerson[] = [
      { id: "a", experience: "team", interests: ["orm"] },
      { id: "b", experience: "regular", interests: ["docs"] },
      { id: "c", experience: "few", interests: ["docs"] },
      { id: "d", experience: "few", interests: ["orm"] },
    ];
    const { seats } = planTables(people, 2);
    expect(seats.get("c")).toBe(seats.get("b"));
    expect(seats.get("d")).toBe(seats.get("a"));
  });

  it("defaults to one table per five confirmed people, rounded up", () => {
    expect([0, 1, 5, 6, 10, 14].map(defaultTableCount)).toEqual([1, 1, 1, 2, 2, 3]);
  });
});
