import { describe, expect, it } from "vitest";
import { attendeeTables, dayPlan } from "@/lib/features/tables/reads/table-plan";
import { db } from "@/lib/platform/db";
import { setTablePlanLocked } from "@/lib/features/tables/lock-table-plan";
import { moveToTable } from "@/lib/features/tables/move-to-table";
import { setTables } from "@/lib/features/tables/set-tables";
import { anAttendee } from "@/tests/fixtures/outcomes";
import { anEdition } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

const organizer = { email: "organizer@example.org", name: null };
const clock = manualClock("2031-04-20T10:00:00Z");
const DAY = "2031-05-01";

async function person(editionId: string, name: string, experience: string, publicListing = false) {
  const attendee = await anAttendee(editionId, name, { publicListing });
  await db().registration.update({ where: { id: attendee.id }, data: { experience, interests: ["orm"] } });
  return attendee;
}

const seatsOf = async (editionId: string) =>
  new Map(
    (await dayPlan(editionId, DAY))!.tables.flatMap((table) => table.people.map((p) => [p.name, table.index] as const)),
  );

describe("the table plan of a day", () => {
  it("keeps moves and locked seats when new people confirm, and shows attendees their table once locked", async () => {
    const edition = await anEdition();
    const experienced = [
      await person(edition.id, "Ada Lovelace", "team", true),
      await person(edition.id, "Grace Hopper", "regular", true),
    ];
    for (const name of ["Bea", "Carl", "Dora", "Ed", "Flo", "Gus", "Hal", "Ida"])
      await person(edition.id, name, name < "E" ? "first" : "few", name === "Carl");

    const suggested = (await dayPlan(edition.id, DAY))!;
    expect(suggested.tableCount).toBe(2); // ten confirmed people, one table per five
    expect(suggested.tables.map((table) => table.people.length)).toEqual([5, 5]);
    expect(suggested.withoutExperienced).toEqual([]);
    expect(await dayPlan(edition.id, "2031-06-01")).toBeNull();

    await setTables(organizer, edition.id, { count: 2, names: ["Cala Bona", "Llafranc"] }, clock);
    const before = await seatsOf(edition.id);
    const dora = (await db().registration.findFirstOrThrow({ where: { name: "Dora" } })).id;
    const doraTo = 1 - before.get("Dora")!;
    expect(await moveToTable(organizer, edition.id, DAY, dora, doraTo, clock)).toEqual({ ok: true });
    expect(await moveToTable(organizer, edition.id, DAY, dora, 7, clock)).toEqual({
      ok: false,
      problem: "no-such-table",
    });
    expect((await seatsOf(edition.id)).get("Dora")).toBe(doraTo);

    // Nothing is shown to attendees before the day is locked.
    expect(await attendeeTables(edition.id, experienced[0]!.id)).toEqual([]);
    expect(await setTablePlanLocked(organizer, edition.id, DAY, true, clock)).toEqual({ ok: true });
    const locked = await seatsOf(edition.id);

    // Two newcomers with experience confirm: they are placed, nobody else moves.
    await person(edition.id, "Kim", "team");
    await person(edition.id, "Lou", "regular");
    const after = await seatsOf(edition.id);
    for (const [name, table] of locked) expect(after.get(name)).toBe(table);
    expect(after.has("Kim") && after.has("Lou")).toBe(true);

    const ada = await attendeeTables(edition.id, experienced[0]!.id);
    const adaTable = locked.get("Ada Lovelace")!;
    const listedMates = ["Grace Hopper", "Carl"]
      .filter((name) => locked.get(name) === adaTable)
      .map((n) => n.split(" ")[0]);
    expect(ada).toEqual([{ day: DAY, table: ["Cala Bona", "Llafranc"][adaTable], mates: listedMates }]);

    const actions = (await db().auditEntry.findMany({ orderBy: { at: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["tables.settings", "tables.move", "tables.lock"]);
  });

  it("says which tables have nobody experienced when there are too few", async () => {
    const edition = await anEdition();
    await person(edition.id, "Ada", "team");
    for (const name of ["Bea", "Carl", "Dora", "Ed", "Flo", "Gus"]) await person(edition.id, name, "first");
    await setTables(organizer, edition.id, { count: 3, names: [] }, clock);
    const plan = (await dayPlan(edition.id, DAY))!;
    expect(plan.withoutExperienced).toHaveLength(2);
    expect(plan.tables.map((table) => table.name)).toEqual(["Table 1", "Table 2", "Table 3"]);
  });
});
