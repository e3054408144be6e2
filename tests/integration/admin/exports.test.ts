import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { exportRegistrations } from "@/lib/features/registration/reads";
import { exportSubscribers } from "@/lib/features/newsletter/reads";
import { aConfirmedSubscriber } from "@/tests/fixtures/newsletter";
import { anEdition, seedRegistrations } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

const organizer = { email: "organizer@example.org", name: null };

async function rowsOf<T>(batches: AsyncIterable<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
}

describe("the CSV exports, as services", () => {
  it("record who exported an edition's registrations, with the filter, before the rows are read", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition();
    await seedRegistrations(edition.id, 3, "confirmed", clock.now());

    const exported = await exportRegistrations(organizer, edition.id, { status: "confirmed", search: "person" }, clock);
    expect(exported?.slug).toBe("pescara");
    expect(
      await db().auditEntry.findMany({ select: { actor: true, action: true, subject: true, details: true } }),
    ).toEqual([
      {
        actor: "organizer@example.org",
        action: "registrations.export",
        subject: `edition:${edition.id}`,
        details: { status: "confirmed", search: "person" },
      },
    ]);
    expect((await rowsOf(exported!.batches)).map((row) => row.name).sort()).toEqual([
      "person 0",
      "person 1",
      "person 2",
    ]);
  });

  it("record nothing for an edition that does not exist", async () => {
    expect(await exportRegistrations(organizer, "missing", {})).toBeNull();
    expect(await db().auditEntry.count()).toBe(0);
  });

  it("record the subscriber export with its filter", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await aConfirmedSubscriber("ada@example.org", clock);
    const batches = await exportSubscribers(organizer, { status: "confirmed" }, clock);
    expect(await db().auditEntry.findMany({ select: { action: true, details: true } })).toEqual([
      { action: "subscribers.export", details: { status: "confirmed", search: "" } },
    ]);
    expect((await rowsOf(batches)).map((row) => row.email)).toEqual(["ada@example.org"]);
  });
});
