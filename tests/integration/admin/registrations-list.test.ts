import { describe, expect, it } from "vitest";
import {
  checkInList,
  editionHeader,
  parseRegistrationQuery,
  registrationBatches,
  registrationPage,
  REGISTRATIONS_PER_PAGE,
  statusCounts,
} from "@/lib/features/registration/reads/admin-registrations";
import { db } from "@/lib/platform/db";
import { anEdition, seedRegistrations } from "@/tests/fixtures/registrations";

const at = new Date("2031-02-01T10:00:00.123Z");

describe("the organizers' registrations list", () => {
  it("pages through every registration once, newest first, with the counts and the edition", async () => {
    const edition = await anEdition();
    await seedRegistrations(edition.id, REGISTRATIONS_PER_PAGE + 5, "confirmed", at);
    await seedRegistrations(edition.id, 3, "pending", new Date(at.getTime() + 60_000), "later");
    const counts = await statusCounts(edition.id);
    expect(counts).toMatchObject({ confirmed: REGISTRATIONS_PER_PAGE + 5, pending: 3, waitlisted: 0 });
    expect(await editionHeader(edition.id)).toEqual({
      id: edition.id,
      name: edition.name,
      city: "Pescara",
      capacity: 14,
    });
    expect(await editionHeader("nope")).toBeNull();

    const first = await registrationPage(edition.id, parseRegistrationQuery({}), counts);
    // The page reads its rows alongside its counts: the counts may be handed over still on their way.
    const second = await registrationPage(edition.id, parseRegistrationQuery({ page: "2" }), statusCounts(edition.id));
    expect(first.total).toBe(REGISTRATIONS_PER_PAGE + 8);
    expect(first.pages).toBe(2);
    expect([second.total, second.pages]).toEqual([REGISTRATIONS_PER_PAGE + 8, 2]);
    expect(first.rows).toHaveLength(REGISTRATIONS_PER_PAGE);
    expect(first.rows.slice(0, 3).map((row) => row.status)).toEqual(["pending", "pending", "pending"]);
    expect(first.rows[0]!.createdAt).toEqual(new Date(at.getTime() + 60_000));
    expect(Object.keys(first.rows[0]!).sort()).toEqual([
      "city",
      "country",
      "createdAt",
      "email",
      "id",
      "name",
      "status",
      "waitlistNumber",
    ]);
    const ids = [...first.rows, ...second.rows].map((row) => row.id);
    expect(new Set(ids).size).toBe(REGISTRATIONS_PER_PAGE + 8);
  });

  it("filters by status, searches names, emails and places as literal text, and sorts by name", async () => {
    const edition = await anEdition();
    await seedRegistrations(edition.id, 12, "confirmed", at);
    await db().registration.updateMany({
      where: { email: "person3@example.org" },
      data: { name: "Grace_100%", city: "Bari" },
    });
    await seedRegistrations(edition.id, 2, "pending", at, "other");

    const pending = await registrationPage(edition.id, parseRegistrationQuery({ status: "pending" }));
    expect(pending.rows.map((row) => row.email).sort()).toEqual(["other0@example.org", "other1@example.org"]);
    expect(pending.total).toBe(2);

    // "_" and "%" match themselves, not any character.
    expect((await registrationPage(edition.id, parseRegistrationQuery({ q: "s_n" }))).rows).toEqual([]);
    expect(
      (await registrationPage(edition.id, parseRegistrationQuery({ q: "grace_100%" }))).rows.map((row) => row.email),
    ).toEqual(["person3@example.org"]);
    expect((await registrationPage(edition.id, parseRegistrationQuery({ q: "BARI" }))).total).toBe(1);
    expect(
      (await registrationPage(edition.id, parseRegistrationQuery({ q: "PERSON1", status: "confirmed" }))).rows
        .map((row) => row.email)
        .sort(),
    ).toEqual(["person10@example.org", "person11@example.org", "person1@example.org"]);

    const byName = await registrationPage(
      edition.id,
      parseRegistrationQuery({ sort: "name", dir: "asc", status: "confirmed" }),
    );
    const names = byName.rows.map((row) => row.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe("one search for the list, the CSV export and the check-in page", () => {
  it('matches "%" and "_" as themselves, in all three alike', async () => {
    const edition = await anEdition();
    await seedRegistrations(edition.id, 4, "confirmed", at);
    const rename = (email: string, name: string) => db().registration.updateMany({ where: { email }, data: { name } });
    await rename("person0@example.org", "Ada 100% Lovelace");
    await rename("person1@example.org", "Ada 1000 Lovelace"); // what "100%" matches as a wildcard
    await rename("person2@example.org", "Grace_Hopper");
    await rename("person3@example.org", "GraceXHopper"); // what "_" matches as a wildcard

    for (const [search, expected] of [
      ["100%", ["Ada 100% Lovelace"]],
      ["grace_", ["Grace_Hopper"]],
      ["lovelace", ["Ada 100% Lovelace", "Ada 1000 Lovelace"]],
    ] as const) {
      const listed = (await registrationPage(edition.id, parseRegistrationQuery({ q: search }))).rows.map(
        (row) => row.name,
      );
      const exported: string[] = [];
      for await (const batch of registrationBatches(edition.id, { search }))
        exported.push(...batch.map((row) => row.name));
      const atTheDoor = (await checkInList(edition.id, "2031-05-01", search)).map((row) => row.name);
      expect({
        search,
        listed: listed.toSorted(),
        exported: exported.toSorted(),
        atTheDoor: atTheDoor.toSorted(),
      }).toEqual({ search, listed: [...expected], exported: [...expected], atTheDoor: [...expected] });
    }
  });
});
