import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { saveEdition } from "@/lib/features/editions/edition-admin";
import { EditionFormSchema } from "@/lib/features/editions/schemas";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

// The way places are given (docs/applications.md) is fixed once anyone has applied or registered:
// a switch would strand applications (to first come) or turn confirmations into them (the other way).

const organizer = { email: "organizer@example.org", name: null };
const BY_APPLICATION = {
  selection: "by_application",
  applicationDeadline: "2031-03-01T12:00",
  acceptDays: "7",
  applicationQuestion: "What would you like to work on?",
};
const form = (overrides: Record<string, string> = {}) =>
  EditionFormSchema.parse({
    slug: "pescara",
    name: "Django on the Med: Pescara",
    city: "Pescara",
    region: "",
    country: "Italy",
    venueName: "Venue",
    venueAddress: "Pescara",
    venueMapUrl: "",
    timeZone: "Europe/Rome",
    startsOn: "2031-05-01",
    endsOn: "2031-05-03",
    registrationOpensAt: "2031-01-01T09:00",
    registrationClosesAt: "",
    capacity: "10",
    summary: "",
    description: "",
    schedule: "",
    travelNotes: "",
    accommodationNotes: "",
    ...overrides,
  });
const selectionOf = async (id: string) => (await db().edition.findUniqueOrThrow({ where: { id } })).selection;

describe("changing how places are given", () => {
  it("may switch while only unconfirmed addresses exist, and never once someone has applied", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 10 });
    // Nobody yet, then only a pending registration: the switch is allowed.
    expect(await saveEdition(organizer, edition.id, form(BY_APPLICATION), [], clock)).toEqual({
      ok: true,
      id: edition.id,
    });
    await registerForEdition("pescara", aForm({ email: "ada@example.org", applicationAnswer: "The ORM" }), clock);
    expect(await saveEdition(organizer, edition.id, form(), [], clock)).toEqual({ ok: true, id: edition.id });
    expect(await selectionOf(edition.id)).toBe("first_come");
    expect(await saveEdition(organizer, edition.id, form(BY_APPLICATION), [], clock)).toEqual({
      ok: true,
      id: edition.id,
    });

    // Ada confirms her address: she has applied, and the way cannot change any more.
    expect(await confirmRegistration((await linksFor("ada@example.org", "confirm")).at(-1)!, clock)).toMatchObject({
      ok: true,
      status: "applied",
    });
    expect(await saveEdition(organizer, edition.id, form(), [], clock)).toEqual({
      ok: false,
      problem: "selection-fixed",
    });
    expect(await selectionOf(edition.id)).toBe("by_application");
    // Saving other changes with the same selection still works.
    expect(await saveEdition(organizer, edition.id, form({ ...BY_APPLICATION, capacity: "12" }), [], clock)).toEqual({
      ok: true,
      id: edition.id,
    });
  });

  it("keeps a first-come edition first come once someone has registered", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 10 });
    await registerForEdition("pescara", aForm({ email: "bo@example.org" }), clock);
    await confirmRegistration((await linksFor("bo@example.org", "confirm"))[0]!, clock);
    expect(await saveEdition(organizer, edition.id, form(BY_APPLICATION), [], clock)).toEqual({
      ok: false,
      problem: "selection-fixed",
    });
    expect(await selectionOf(edition.id)).toBe("first_come");
    expect(await db().auditEntry.count({ where: { action: "edition.update" } })).toBe(0);
  });
});
