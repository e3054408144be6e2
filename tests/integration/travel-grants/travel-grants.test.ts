import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { newRowId } from "@/lib/platform/database/statements";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { erasePersonalData } from "@/lib/features/privacy/erase-personal-data";
import { exportPersonalData, personalData } from "@/lib/features/privacy/export-personal-data";
import { requestPrivacyAction } from "@/lib/features/privacy/privacy-requests";
import { askForGrant, withdrawGrantRequest } from "@/lib/features/travel-grants/ask-for-grant";
import { declineTravelGrant, grantTravelGrant } from "@/lib/features/travel-grants/decide-grant";
import { grantAsksOf } from "@/lib/features/travel-grants/grant-asks";
import { grantHousekeeping } from "@/lib/features/travel-grants/grant-housekeeping";
import { setGrantLockingForTests } from "@/lib/features/travel-grants/grant-lock";
import { grantTotals, liveGrantTotals } from "@/lib/features/travel-grants/grant-totals";
import { markGrantPaid, releaseTravelGrant } from "@/lib/features/travel-grants/mark-grant-paid";
import { registerAndAskForGrant } from "@/lib/features/travel-grants/register-and-ask";
import { editionGrants } from "@/lib/features/travel-grants/reads/edition-grants";
import { openReason, sealReason } from "@/lib/features/travel-grants/seal";
import { setGrantSettings } from "@/lib/features/travel-grants/set-grant-settings";
import { newsletterLinks } from "@/tests/fixtures/newsletter";
import { outboxMail } from "@/tests/fixtures/outbox";
import { aForm, anEdition, linksFor, seedRegistrations } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";

// On PGlite every transaction runs alone on its one connection: the race needs PostgreSQL.
const onPostgres = Boolean(process.env.TEST_POSTGRES_URL);
const organizer = { email: "organizer@example.org", name: "Olga" };
const REASON = "Train from Sarajevo; my student budget does not stretch that far";

afterEach(() => setGrantLockingForTests(true));

async function openEdition(budget: number) {
  const edition = await anEdition();
  expect(await setGrantSettings(organizer, edition.id, { open: true, budget })).toEqual({ ok: true });
  return edition;
}

/** A confirmed person at Pescara; answers their registration id and manage link. */
async function attendee(email: string, clock: ReturnType<typeof manualClock>) {
  await registerForEdition("pescara", aForm({ email, name: `Person ${email}` }), clock);
  await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
  const { id } = await db().registration.findFirstOrThrow({ where: { email }, select: { id: true } });
  return { id, manage: (await linksFor(email, "manage"))[0]! };
}

/** What the organizers' page binds into its grant and decline buttons: the request as it is now. */
async function target(grantId: string) {
  const { editionId, updatedAt } = await db().travelGrant.findUniqueOrThrow({ where: { id: grantId } });
  return { editionId, grantId, version: updatedAt.toISOString() };
}

const grantOf = (registrationId: string) => db().travelGrant.findUniqueOrThrow({ where: { registrationId } });

describe("asking for a travel grant", () => {
  it("asks, changes and withdraws through the manage link; the reason is sealed at rest", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(1000);
    const ada = await attendee("ada@example.org", clock);
    expect(await askForGrant(ada.manage, { amount: 300, reason: REASON }, clock)).toEqual({ ok: true, changed: false });

    const [raw] = await db().$queryRaw<{ reasonSealed: string }[]>`SELECT "reasonSealed" FROM "TravelGrant"`;
    expect(raw!.reasonSealed).toMatch(/^v1\./);
    expect(raw!.reasonSealed).not.toContain("Sarajevo");
    expect(Buffer.from(raw!.reasonSealed.slice(3), "base64url").toString("latin1")).not.toContain("Sarajevo");
    // Bound to its row and its owner: moved to another registration, it no longer opens.
    const grant = await grantOf(ada.id);
    expect(openReason(grant.reasonSealed, grant.id, ada.id)).toBe(REASON);
    expect(() => openReason(grant.reasonSealed, grant.id, "someone-else")).toThrow();

    expect(await askForGrant(ada.manage, { amount: 250, reason: "Bus, then train" }, clock)).toEqual({
      ok: true,
      changed: true,
    });
    const page = await editionGrants(edition.id);
    expect(page.requests).toMatchObject([{ amountAsked: 250, reason: "Bus, then train", status: "asked" }]);
    expect(await grantAsksOf(edition.id)).toEqual(
      new Map([[ada.id, { amount: 250, amountGranted: null, status: "asked" }]]),
    );

    expect(await withdrawGrantRequest(ada.manage, clock)).toEqual({ ok: true });
    expect(await db().travelGrant.count()).toBe(0);
    expect(await withdrawGrantRequest(ada.manage, clock)).toEqual({ ok: false, problem: "no-grant" });
  });

  it("is refused while the edition's grants are closed, and for a link that is not one", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition();
    const ada = await attendee("ada@example.org", clock);
    expect(await askForGrant(ada.manage, { amount: 100, reason: "Train" }, clock)).toEqual({
      ok: false,
      problem: "not-open",
    });
    await setGrantSettings(organizer, edition.id, { open: true, budget: 100 });
    expect(await askForGrant("x".repeat(43), { amount: 100, reason: "Train" }, clock)).toEqual({
      ok: false,
      problem: "invalid",
    });
  });

  it("asks from the registration form, in the registration's transaction, only when grants are open", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await openEdition(500);
    const ask = { amount: 120, reason: "Ferry from Split" };
    await registerAndAskForGrant("pescara", { form: aForm({ email: "bea@example.org" }), grantAsk: ask }, clock);
    const bea = await db().registration.findFirstOrThrow({ where: { email: "bea@example.org" }, select: { id: true } });
    expect(await grantOf(bea.id)).toMatchObject({ amountAsked: 120, status: "asked" });
    // Someone submitting the same address again adds nothing to the request that stands.
    await registerAndAskForGrant(
      "pescara",
      { form: aForm({ email: "bea@example.org" }), grantAsk: { amount: 999, reason: "More" } },
      clock,
    );
    expect(await grantOf(bea.id)).toMatchObject({ amountAsked: 120 });
  });
});

describe("whose requests are decided", () => {
  it("adds no request from the form to a cancelled registration starting over at someone else's hands", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await openEdition(500);
    const ada = await attendee("ada@example.org", clock);
    await cancelRegistration(ada.manage, clock);
    await registerAndAskForGrant(
      "pescara",
      { form: aForm({ email: "ada@example.org", name: "Not Ada" }), grantAsk: { amount: 900, reason: "Mine now" } },
      clock,
    );
    expect(await db().registration.findUniqueOrThrow({ where: { id: ada.id } })).toMatchObject({ status: "pending" });
    expect(await db().travelGrant.count()).toBe(0);
  });

  it("shows and decides a request only once its registration is confirmed by its owner", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(500);
    await registerAndAskForGrant(
      "pescara",
      { form: aForm({ email: "bea@example.org" }), grantAsk: { amount: 120, reason: "Ferry from Split" } },
      clock,
    );
    const bea = await db().registration.findFirstOrThrow({ where: { email: "bea@example.org" }, select: { id: true } });
    const request = await grantOf(bea.id);
    expect((await editionGrants(edition.id)).requests).toEqual([]);
    expect(await grantTravelGrant(organizer, await target(request.id), 120, clock)).toEqual({
      ok: false,
      problem: "not-decidable",
    });
    expect(await declineTravelGrant(organizer, await target(request.id), clock)).toEqual({
      ok: false,
      problem: "not-decidable",
    });
    await confirmRegistration((await linksFor("bea@example.org", "confirm"))[0]!, clock);
    expect((await editionGrants(edition.id)).requests).toHaveLength(1);
    expect(await grantTravelGrant(organizer, await target(request.id), 120, clock)).toEqual({ ok: true });
  });

  it("lets an applicant ask; a declined applicant's undecided request goes like a cancelled one", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(500);
    const ada = await attendee("ada@example.org", clock);
    await db().registration.update({ where: { id: ada.id }, data: { status: "applied" } });
    expect(await askForGrant(ada.manage, { amount: 100, reason: "Train" }, clock)).toEqual({
      ok: true,
      changed: false,
    });
    expect((await editionGrants(edition.id)).requests).toHaveLength(1);
    await db().registration.update({ where: { id: ada.id }, data: { status: "declined" } });
    expect((await editionGrants(edition.id)).requests).toEqual([]);
    expect(await grantHousekeeping(clock)).toEqual({ grantAsksDropped: 1, grantRequestsPurged: 0 });
  });

  it("decides only the request as the organizer saw it, and only on its own edition", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await openEdition(500);
    const other = await anEdition({ slug: "other" });
    const ada = await attendee("ada@example.org", clock);
    await askForGrant(ada.manage, { amount: 100, reason: "Train" }, clock);
    const seen = await target((await grantOf(ada.id)).id);
    clock.advance(60_000);
    await askForGrant(ada.manage, { amount: 400, reason: "Plane after all" }, clock);
    expect(await grantTravelGrant(organizer, seen, 100, clock)).toEqual({ ok: false, problem: "changed" });
    expect(await declineTravelGrant(organizer, seen, clock)).toEqual({ ok: false, problem: "changed" });
    expect(await grantTravelGrant(organizer, { ...seen, version: "not a date" }, 100, clock)).toEqual({
      ok: false,
      problem: "changed",
    });

    const now = await target(seen.grantId);
    expect(await grantTravelGrant(organizer, { ...now, editionId: other.id }, 100, clock)).toEqual({
      ok: false,
      problem: "no-grant",
    });
    expect(await grantTravelGrant(organizer, now, 100, clock)).toEqual({ ok: true });
    expect(await markGrantPaid(organizer, other.id, seen.grantId, "2031-04-01", clock)).toEqual({
      ok: false,
      problem: "no-grant",
    });
    expect(await db().travelGrant.findUniqueOrThrow({ where: { id: seen.grantId } })).toMatchObject({ paidOn: null });
  });
});

describe("deciding", () => {
  it("grants within the budget, refuses beyond it, emails once and audits without the reason", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(500);
    const ada = await attendee("ada@example.org", clock);
    const bob = await attendee("bob@example.org", clock);
    await askForGrant(ada.manage, { amount: 400, reason: REASON }, clock);
    await askForGrant(bob.manage, { amount: 200, reason: "Plane" }, clock);
    const adaGrant = await grantOf(ada.id);
    const bobGrant = await grantOf(bob.id);

    expect(await grantTravelGrant(organizer, await target(adaGrant.id), 450, clock)).toEqual({
      ok: false,
      problem: "beyond-asked",
    });
    expect(await grantTravelGrant(organizer, await target(adaGrant.id), 350, clock)).toEqual({ ok: true });
    expect(await grantTravelGrant(organizer, await target(bobGrant.id), 200, clock)).toEqual({
      ok: false,
      problem: "beyond-budget",
      left: 150,
    });
    expect(await grantTravelGrant(organizer, await target(adaGrant.id), 350, clock)).toEqual({
      ok: false,
      problem: "already-decided",
    });
    expect(await setGrantSettings(organizer, edition.id, { open: true, budget: 300 })).toEqual({
      ok: false,
      problem: "below-granted",
      granted: 350,
    });
    expect(await declineTravelGrant(organizer, await target(bobGrant.id), clock)).toEqual({ ok: true });

    const granted = await outboxMail({ where: { template: "travel-grant-granted" } });
    expect(granted).toHaveLength(1);
    expect(granted[0]).toMatchObject({ toAddress: "ada@example.org" });
    expect(granted[0]!.text).toContain("350 €");
    const declined = await outboxMail({ where: { template: "travel-grant-declined" } });
    expect(declined.map((mail) => mail.toAddress)).toEqual(["bob@example.org"]);
    expect(declined[0]!.text).toContain("We would be very glad to see you");

    const audit = await db().auditEntry.findMany({ where: { action: { startsWith: "travel-grant" } } });
    expect(audit.map((entry) => entry.action).sort()).toEqual([
      "travel-grant.declined",
      "travel-grant.granted",
      "travel-grants.settings", // opening with a budget; the refused lower budget wrote nothing
    ]);
    expect(JSON.stringify(audit)).not.toContain("Sarajevo");
    expect(JSON.stringify(await db().outboxMessage.findMany())).not.toContain("Sarajevo");

    expect(await markGrantPaid(organizer, edition.id, bobGrant.id, "2031-04-01", clock)).toEqual({
      ok: false,
      problem: "not-granted",
    });
    expect(await markGrantPaid(organizer, edition.id, adaGrant.id, "2031-04-01", clock)).toEqual({ ok: true });
    expect((await grantOf(ada.id)).paidOn).toEqual(new Date("2031-04-01T00:00:00Z"));
    expect(await liveGrantTotals(db(), edition.id)).toEqual({
      requests: 2,
      granted: 1,
      eurosGranted: 350,
      eurosPaid: 350,
    });
  });

  async function rushOfGrants() {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(300);
    await seedRegistrations(edition.id, 10, "confirmed", clock.now(), "rush");
    const people = await db().registration.findMany({ where: { editionId: edition.id }, select: { id: true } });
    const ids = people.map(() => newRowId());
    await db().travelGrant.createMany({
      data: people.map((person, n) => ({
        id: ids[n]!,
        registrationId: person.id,
        editionId: edition.id,
        amountAsked: 100,
        reasonSealed: sealReason("Train", ids[n]!, person.id),
        createdAt: clock.now(),
        updatedAt: clock.now(),
      })),
    });
    const results = await Promise.all(ids.map(async (id) => grantTravelGrant(organizer, await target(id), 100, clock)));
    const granted = await db().travelGrant.aggregate({
      where: { editionId: edition.id, status: "granted" },
      _sum: { amountGranted: true },
    });
    return { results, granted: granted._sum.amountGranted ?? 0 };
  }

  it("lets concurrent grants spend the budget exactly, never beyond", async () => {
    const { results, granted } = await rushOfGrants();
    expect(results.filter((result) => result.ok)).toHaveLength(3);
    expect(results.filter((result) => !result.ok && result.problem === "beyond-budget")).toHaveLength(7);
    expect(granted).toBe(300);
    expect(await db().outboxMessage.count({ where: { template: "travel-grant-granted" } })).toBe(3);
  }, 60_000);

  if (onPostgres) {
    it("control: without the edition row lock the same rush overspends (so the test above can fail)", async () => {
      setGrantLockingForTests(false);
      const { granted } = await rushOfGrants();
      expect(granted).toBeGreaterThan(300);
    }, 60_000);
  }

  it("shows a granted, unpaid grant of a cancelled registration as such, and lets organizers release it", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(500);
    const ada = await attendee("ada@example.org", clock);
    const bob = await attendee("bob@example.org", clock);
    await askForGrant(ada.manage, { amount: 200, reason: "Train" }, clock);
    await askForGrant(bob.manage, { amount: 100, reason: "Bus" }, clock);
    const adaGrant = await grantOf(ada.id);
    expect(await releaseTravelGrant(organizer, edition.id, adaGrant.id, clock)).toEqual({
      ok: false,
      problem: "not-granted",
    });
    await grantTravelGrant(organizer, await target(adaGrant.id), 200, clock);
    expect(await releaseTravelGrant(organizer, edition.id, adaGrant.id, clock)).toEqual({
      ok: false,
      problem: "not-cancelled",
    });
    await cancelRegistration(ada.manage, clock);
    await cancelRegistration(bob.manage, clock);

    // Bob's undecided request goes with his registration; Ada's grant stays, shown with her status.
    expect(await grantHousekeeping(clock)).toEqual({ grantAsksDropped: 1, grantRequestsPurged: 0 });
    const page = await editionGrants(edition.id);
    expect(page.requests).toMatchObject([
      { name: "Person ada@example.org", registrationStatus: "cancelled", status: "granted" },
    ]);
    expect(page.granted).toBe(200);

    expect(await releaseTravelGrant(organizer, edition.id, adaGrant.id, clock)).toEqual({ ok: true });
    expect((await editionGrants(edition.id)).left).toBe(500);
  });
});

describe("keeping", () => {
  it("puts the request in the person's copy of their data, and erases it with them", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await openEdition(500);
    const ada = await attendee("ada@example.org", clock);
    await askForGrant(ada.manage, { amount: 300, reason: REASON }, clock);
    const copy = await personalData("ada@example.org");
    expect(copy.travelGrants).toEqual([
      expect.objectContaining({
        edition: "Django on the Med: Pescara",
        amountAsked: 300,
        status: "asked",
        paidOn: null,
      }),
    ]);
    expect(copy.travelGrants[0]).not.toHaveProperty("reason");
    expect(copy.travelGrantsNote).toContain("not in this copy");

    // The copy travels as an email attachment (stored in the outbox, then the relay): no reason in it.
    await requestPrivacyAction("ada@example.org", "export", clock);
    const [exportToken] = await newsletterLinks("ada@example.org", "privacy");
    expect(await exportPersonalData(exportToken!, clock)).toEqual({ ok: true });
    const [mail] = await db().outboxMessage.findMany({ where: { template: "privacy-export" } });
    const attached = JSON.stringify(mail!.attachments);
    expect(attached).toContain("amountAsked");
    expect(attached).not.toContain("Sarajevo");
    await db().privacyRequest.deleteMany();
    await db().outboxMessage.deleteMany({ where: { template: { in: ["privacy-export", "privacy-confirm"] } } });

    await requestPrivacyAction("ada@example.org", "erase", clock);
    const [token] = await newsletterLinks("ada@example.org", "privacy");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });
    expect(await db().travelGrant.count()).toBe(0);
    expect((await personalData("ada@example.org")).travelGrants).toEqual([]);
  });

  it("keeps counting a grant whose person erased their data, against the budget and in the totals", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(500);
    const ada = await attendee("ada@example.org", clock);
    const bob = await attendee("bob@example.org", clock);
    await askForGrant(ada.manage, { amount: 300, reason: REASON }, clock);
    await askForGrant(bob.manage, { amount: 300, reason: "Bus" }, clock);
    const adaGrant = await grantOf(ada.id);
    await grantTravelGrant(organizer, await target(adaGrant.id), 300, clock);
    await markGrantPaid(organizer, edition.id, adaGrant.id, "2031-04-01", clock);

    await requestPrivacyAction("ada@example.org", "erase", clock);
    const [token] = await newsletterLinks("ada@example.org", "privacy");
    expect(await erasePersonalData(token!, clock)).toEqual({ ok: true });
    expect(await db().travelGrant.count({ where: { registrationId: ada.id } })).toBe(0);

    expect(await grantTravelGrant(organizer, await target((await grantOf(bob.id)).id), 300, clock)).toEqual({
      ok: false,
      problem: "beyond-budget",
      left: 200,
    });
    expect((await editionGrants(edition.id)).granted).toBe(300);
    expect(await liveGrantTotals(db(), edition.id)).toEqual({
      requests: 2,
      granted: 1,
      eurosGranted: 300,
      eurosPaid: 300,
    });
    expect(await setGrantSettings(organizer, edition.id, { open: true, budget: 200 })).toMatchObject({
      problem: "below-granted",
    });
  });

  it("shows the report's totals only once the edition has ended, with at least 5 grants of confirmed people", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(5000);
    const people = [];
    for (const n of [1, 2, 3, 4, 5]) people.push(await attendee(`p${n}@example.org`, clock));
    for (const person of people.slice(0, 4)) {
      await askForGrant(person.manage, { amount: 100, reason: "Train" }, clock);
      await grantTravelGrant(organizer, await target((await grantOf(person.id)).id), 100, clock);
    }
    // A request from the form whose address nobody confirmed is not counted.
    await registerAndAskForGrant(
      "pescara",
      { form: aForm({ email: "ghost@example.org" }), grantAsk: { amount: 50, reason: "Bus" } },
      clock,
    );
    // The edition ends 3 May 2031 in Rome: midnight there is 22:00 UTC.
    clock.set("2031-05-03T21:59:00Z");
    expect(await grantTotals(edition.id, clock.now())).toBeNull();
    clock.set("2031-05-03T22:00:00Z");
    expect(await grantTotals(edition.id, clock.now())).toEqual({ shown: false });

    clock.set("2031-02-02T10:00:00Z");
    await askForGrant(people[4]!.manage, { amount: 100, reason: "Train" }, clock);
    await grantTravelGrant(organizer, await target((await grantOf(people[4]!.id)).id), 100, clock);
    expect(await grantTotals(edition.id, clock.now())).toBeNull();
    clock.set("2031-05-04T10:00:00Z");
    expect(await grantTotals(edition.id, clock.now())).toEqual({
      shown: true,
      totals: { requests: 5, granted: 5, eurosGranted: 500, eurosPaid: 0 },
    });
  });

  it("deletes the requests 6 months after the edition ends (at the venue), keeping only the totals", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await openEdition(500);
    const ada = await attendee("ada@example.org", clock);
    const bob = await attendee("bob@example.org", clock);
    await askForGrant(ada.manage, { amount: 300, reason: REASON }, clock);
    await askForGrant(bob.manage, { amount: 100, reason: "Bus" }, clock);
    await grantTravelGrant(organizer, await target((await grantOf(ada.id)).id), 250, clock);
    await markGrantPaid(organizer, edition.id, (await grantOf(ada.id)).id, "2031-04-20", clock);
    await grantTravelGrant(organizer, await target((await grantOf(bob.id)).id), 100, clock);
    const live = { requests: 2, granted: 2, eurosGranted: 350, eurosPaid: 250 };
    expect(await liveGrantTotals(db(), edition.id)).toEqual(live);

    // The edition ends 3 May 2031 in Rome: requests go at midnight there, 4 November (23:00 UTC on the 3rd).
    clock.set("2031-11-03T22:59:00Z");
    expect(await grantHousekeeping(clock)).toEqual({ grantAsksDropped: 0, grantRequestsPurged: 0 });
    expect(await db().travelGrant.count()).toBe(2);
    clock.set("2031-11-03T23:00:00Z");
    expect(await grantHousekeeping(clock)).toEqual({ grantAsksDropped: 0, grantRequestsPurged: 2 });
    expect(await db().travelGrant.count()).toBe(0);
    // Two grants: the public report says there are too few to show.
    expect(await grantTotals(edition.id, clock.now())).toEqual({ shown: false });
    expect(await db().edition.findUniqueOrThrow({ where: { id: edition.id } })).toMatchObject({
      grantsOpen: false,
      keptGrantRequests: 2,
      keptGrantsGranted: 2,
      keptGrantEurosGranted: 350,
      keptGrantEurosPaid: 250,
    });
    expect(await grantHousekeeping(clock)).toEqual({ grantAsksDropped: 0, grantRequestsPurged: 0 });
  });
});
