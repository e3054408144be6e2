import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { saveEdition } from "@/lib/features/editions/edition-admin";
import { changeRegistration, emailByStatus, setCheckedIn } from "@/lib/features/registration/registration-admin";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { EditionFormSchema } from "@/lib/features/editions/schemas";
import { aForm, anEdition, linksFor, seedRegistrations } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail, outboxMail } from "@/tests/fixtures/outbox";

const organizer = { email: "organizer@example.org", name: null };
const idOf = async (email: string) => (await db().registration.findFirstOrThrow({ where: { email } })).id;
const statusOf = async (email: string) => (await db().registration.findFirstOrThrow({ where: { email } })).status;
const lastTemplate = async (email: string) =>
  (await db().outboxMessage.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } })).template;

async function registered(email: string, clock: ReturnType<typeof manualClock>, confirm = true) {
  await registerForEdition("pescara", aForm({ email, name: email.split("@")[0] }), clock);
  if (confirm) await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
  clock.advance(1000);
}

describe("organizers changing registrations", () => {
  it("may confirm a registration whose link has lapsed, which the link itself can no longer do", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition({ capacity: 5 });
    await registered("late@example.org", clock, false);
    const [link] = await linksFor("late@example.org", "confirm");
    clock.advance(8 * 24 * 60 * 60_000); // past the pending window (and the link's expiry)
    expect(await confirmRegistration(link!, clock)).toMatchObject({ ok: false });
    expect(await statusOf("late@example.org")).toBe("pending");

    expect(await changeRegistration(organizer, await idOf("late@example.org"), "confirm", clock)).toEqual({
      ok: true,
      action: "confirm",
      name: "late",
      placement: { status: "confirmed" },
    });
    expect(await lastTemplate("late@example.org")).toBe("registration-confirmed");
  });

  it("go through the public flow's transitions: same emails, and the waiting list moves", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 1 });
    await registered("first@example.org", clock);
    await registered("second@example.org", clock);
    await registered("pending@example.org", clock, false);
    expect(await statusOf("second@example.org")).toBe("waitlisted");

    expect(await changeRegistration(organizer, await idOf("second@example.org"), "promote", clock)).toEqual({
      ok: false,
      problem: "no-free-place",
    });
    expect(await changeRegistration(organizer, await idOf("first@example.org"), "waitlist", clock)).toMatchObject({
      ok: true,
    });
    // The seat went to the head of the queue as an offer; the moved person is now last.
    expect(await statusOf("second@example.org")).toBe("offered");
    expect(await lastTemplate("second@example.org")).toBe("registration-offer");
    expect(await statusOf("first@example.org")).toBe("waitlisted");
    expect(await lastTemplate("first@example.org")).toBe("registration-waitlisted");

    clock.advance(1000);
    expect(await changeRegistration(organizer, await idOf("second@example.org"), "cancel", clock)).toMatchObject({
      ok: true,
    });
    expect(await lastTemplate("second@example.org")).toBe("registration-cancelled");
    expect(await statusOf("first@example.org")).toBe("offered");
    expect(await changeRegistration(organizer, await idOf("first@example.org"), "promote", clock)).toMatchObject({
      ok: true,
    });
    expect(await statusOf("first@example.org")).toBe("confirmed");

    expect(await changeRegistration(organizer, await idOf("pending@example.org"), "confirm", clock)).toEqual({
      ok: true,
      action: "confirm",
      name: "pending",
      placement: { status: "waitlisted", position: 1 },
    });
    expect(await changeRegistration(organizer, await idOf("pending@example.org"), "confirm", clock)).toEqual({
      ok: false,
      problem: "wrong-status",
      status: "waitlisted",
    });
    expect(
      await db().registration.count({ where: { editionId: edition.id, status: { in: ["confirmed", "offered"] } } }),
    ).toBe(1);
    const actions = (await db().auditEntry.findMany({ orderBy: { at: "asc" } })).map((e) => e.action);
    expect(actions).toEqual([
      "registration.waitlist",
      "registration.cancel",
      "registration.promote",
      "registration.confirm",
    ]);
  });

  it("confirm a re-registration with the answers it was sent with, as its own confirm link would", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm({ name: "Ada Lovelace", city: "London" }), clock);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    await cancelRegistration((await linksFor("ada@example.org", "manage"))[0]!, clock);
    clock.advance(60_000);
    await registerForEdition("pescara", aForm({ name: "Ada King", city: "Ockham", days: ["2031-05-02"] }), clock);

    expect(await changeRegistration(organizer, await idOf("ada@example.org"), "confirm", clock)).toEqual({
      ok: true,
      action: "confirm",
      name: "Ada King",
      placement: { status: "confirmed" },
    });
    expect(await db().registration.findFirstOrThrow()).toMatchObject({
      name: "Ada King",
      city: "Ockham",
      days: ["2031-05-02"],
      status: "confirmed",
      pendingAnswers: null,
    });
    expect(
      (
        await oneOutboxMail({
          where: { template: "registration-confirmed" },
          orderBy: { createdAt: "desc" },
        })
      ).text,
    ).toContain("Ada King");
  });

  it("check people in per day, only confirmed people and only on the edition's days", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registered("ada@example.org", clock);
    await registered("pending@example.org", clock, false);
    const ada = await idOf("ada@example.org");
    expect(await setCheckedIn(organizer, ada, "2031-05-02", true, clock)).toEqual({ ok: true, checkedIn: true });
    expect(await setCheckedIn(organizer, ada, "2031-05-02", true, clock)).toEqual({ ok: true, checkedIn: true });
    expect(await db().checkIn.count()).toBe(1);
    expect(await setCheckedIn(organizer, ada, "2031-06-01", true, clock)).toEqual({
      ok: false,
      problem: "not-an-edition-day",
    });
    expect(await setCheckedIn(organizer, await idOf("pending@example.org"), "2031-05-02", true, clock)).toEqual({
      ok: false,
      problem: "not-confirmed",
    });
    expect(await setCheckedIn(organizer, ada, "2031-05-02", false, clock)).toEqual({ ok: true, checkedIn: false });
    expect(await db().checkIn.count()).toBe(0);
  });

  it("email everyone with a status, and nobody else", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 1 });
    await registered("in@example.org", clock);
    await registered("waiting@example.org", clock);
    await db().outboxMessage.deleteMany();
    expect(
      await emailByStatus(
        organizer,
        edition.id,
        "waitlisted",
        { subject: "Hang on", body: "First paragraph.\n\nSecond <b>one</b>." },
        clock,
      ),
    ).toBe(1);
    const [mail] = await outboxMail();
    expect([mail!.toAddress, mail!.subject]).toEqual(["waiting@example.org", "Hang on"]);
    expect(mail!.html).toContain("Second &lt;b&gt;one&lt;/b&gt;.");
  });
});

describe("organizers editing editions", () => {
  const values = (overrides: Record<string, string> = {}) => ({
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
    capacity: "1",
    summary: "",
    description: "",
    schedule: "",
    travelNotes: "",
    accommodationNotes: "",
    ...overrides,
  });
  const form = (overrides: Record<string, string> = {}) => EditionFormSchema.parse(values(overrides));

  it("reads registration times in the venue's zone, and refuses impossible dates with a message", () => {
    expect(form().registrationOpensAt?.toISOString()).toBe("2031-01-01T08:00:00.000Z");
    const bad = EditionFormSchema.safeParse({
      ...form(),
      startsOn: "2031-05-03",
      endsOn: "2031-05-01",
      timeZone: "Mars/Olympus",
      capacity: "0",
    });
    expect(bad.success).toBe(false);
  });

  it("takes reported figures as whole numbers or empty, and refuses ones that contradict each other", () => {
    expect(
      form({ reportedPeople: "14", reportedPullRequestsOpened: "5", reportedPullRequestsMerged: "1" }),
    ).toMatchObject({
      reportedPeople: 14,
      reportedFirstTimers: null,
      reportedPullRequestsOpened: 5,
      reportedPullRequestsMerged: 1,
    });
    const contradicting = EditionFormSchema.safeParse(
      values({
        reportedPeople: "3",
        reportedFirstTimers: "4",
        reportedPullRequestsOpened: "1",
        reportedPullRequestsMerged: "1",
        reportedPullRequestsClosed: "1",
      }),
    );
    expect(contradicting.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["reportedPullRequestsOpened", "Merged and closed pull requests cannot outnumber those opened."],
      ["reportedFirstTimers", "First-time contributors cannot outnumber the people."],
    ]);
    const notANumber = EditionFormSchema.safeParse(values({ reportedPeople: "about 14" }));
    expect(notANumber.error?.issues[0]?.message).toBe("People must be a whole number, or empty.");
  });

  it("gives added places to the waiting list and refuses a second edition at the same address", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 1 });
    await registered("first@example.org", clock);
    await registered("second@example.org", clock);
    expect(
      await saveEdition(
        organizer,
        edition.id,
        form({ capacity: "2" }),
        [{ name: "PSF", contribution: "Breakfast", url: "https://www.python.org/psf/", logoUrl: null }],
        clock,
      ),
    ).toEqual({ ok: true, id: edition.id });
    expect(await statusOf("second@example.org")).toBe("offered");
    expect((await db().sponsor.findMany({ where: { editionId: edition.id } })).map((s) => s.name)).toEqual(["PSF"]);
    expect(await saveEdition(organizer, null, form(), [], clock)).toEqual({
      ok: false,
      problem: "slug-taken",
    });
  });

  it("lowers the capacity under the edition's lock: once saved, no confirmation takes a place beyond it", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 20 });
    await seedRegistrations(edition.id, 5, "confirmed", clock.now(), "early");
    const tokens = await seedRegistrations(edition.id, 60, "pending", clock.now(), "rush");
    const confirmations = Promise.allSettled(tokens.map((token) => confirmRegistration(token, clock)));
    const saved = await saveEdition(organizer, edition.id, form({ capacity: "10" }), [], clock);
    expect(saved).toEqual({ ok: true, id: edition.id });
    const confirmedWhenSaved = await db().registration.count({ where: { editionId: edition.id, status: "confirmed" } });
    const results = await confirmations;
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    // Places taken before the save stay taken (nobody loses theirs); after it, none beyond 10.
    expect(await db().registration.count({ where: { editionId: edition.id, status: "confirmed" } })).toBe(
      Math.max(confirmedWhenSaved, 10),
    );
    expect(await db().registration.count({ where: { editionId: edition.id, status: "waitlisted" } })).toBe(
      65 - Math.max(confirmedWhenSaved, 10),
    );
  }, 120_000);

  it("keeps everyone's place when the capacity drops below the places held, and gives none until under it", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 3 });
    for (const name of ["a", "b", "c", "d"]) await registered(`${name}@example.org`, clock);
    expect(await saveEdition(organizer, edition.id, form({ capacity: "1" }), [], clock)).toEqual({
      ok: true,
      id: edition.id,
    });
    expect(await db().registration.count({ where: { editionId: edition.id, status: "confirmed" } })).toBe(3);
    await changeRegistration(organizer, await idOf("a@example.org"), "cancel", clock);
    expect(await statusOf("d@example.org")).toBe("waitlisted"); // 2 held, capacity 1: still over
    await changeRegistration(organizer, await idOf("b@example.org"), "cancel", clock);
    expect(await statusOf("d@example.org")).toBe("waitlisted"); // 1 held: full
    await changeRegistration(organizer, await idOf("c@example.org"), "cancel", clock);
    expect(await statusOf("d@example.org")).toBe("offered");
  });
});
