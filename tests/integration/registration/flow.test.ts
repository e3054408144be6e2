import ical from "node-ical";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { devMailboxTransport } from "@/lib/platform/mail/dev-mailbox";
import { deliverDue } from "@/lib/platform/mail/worker";
import { acceptOffer } from "@/lib/features/registration/accept-offer";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { registrationHousekeeping } from "@/lib/features/registration/registration-housekeeping";
import { aForm, anEdition, linksFor, seedRegistrations } from "@/tests/fixtures/registrations";
import { manualClock } from "@/tests/fixtures/test-clock";
import { oneOutboxMail } from "@/tests/fixtures/outbox";

const statusOf = async (email: string) => (await db().registration.findFirstOrThrow({ where: { email } })).status;
const templatesFor = async (email: string) =>
  (
    await db().outboxMessage.findMany({
      where: { toAddress: email },
      orderBy: { createdAt: "asc" },
      select: { template: true },
    })
  ).map((m) => m.template);

/** The worker sends what is queued (the offer's window starts when its email leaves). */
const deliverQueued = (clock: ReturnType<typeof manualClock>) =>
  deliverDue({
    db: db(),
    transport: devMailboxTransport(db(), clock),
    clock,
    from: "x@localhost",
    messageIdDomain: "localhost",
  });

/** Each person registers and confirms, a second apart, in the order given. */
async function registerAndConfirmInTurn(emails: string[], clock: ReturnType<typeof manualClock>) {
  for (const email of emails) {
    await registerForEdition("pescara", aForm({ email }), clock);
    clock.advance(1000);
    await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
  }
}

describe("registering for an edition", () => {
  it("goes pending → confirmed with a calendar attached, and cancelling frees the seat", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition();
    expect(await registerForEdition("pescara", aForm({ email: "ada@example.org" }), clock)).toEqual({ ok: true });
    expect(await statusOf("ada@example.org")).toBe("pending");
    expect(await templatesFor("ada@example.org")).toEqual(["registration-confirm"]);

    const [confirmToken] = await linksFor("ada@example.org", "confirm");
    clock.advance(60_000);
    expect(await confirmRegistration(confirmToken!, clock)).toEqual({ ok: true, status: "confirmed" });
    expect(await statusOf("ada@example.org")).toBe("confirmed");

    const confirmed = await db().outboxMessage.findFirstOrThrow({ where: { template: "registration-confirmed" } });
    const [attachment] = confirmed.attachments as { filename: string; content: string }[];
    expect(attachment!.filename).toBe("pescara.ics");
    const events = Object.values(ical.sync.parseICS(attachment!.content)).filter((c) => c?.type === "VEVENT");
    expect(events).toHaveLength(3);

    const [manageToken] = await linksFor("ada@example.org", "manage");
    expect(await cancelRegistration(manageToken!, clock)).toEqual({ ok: true });
    expect(await statusOf("ada@example.org")).toBe("cancelled");
    expect(await templatesFor("ada@example.org")).toEqual([
      "registration-confirm",
      "registration-confirmed",
      "registration-cancelled",
    ]);
    expect(await db().registration.count({ where: { editionId: edition.id, status: "confirmed" } })).toBe(0);
  });

  it("answers an address that is already registered the same way, and mails its owner instead", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);

    expect(await registerForEdition("pescara", aForm({ name: "Someone Else", city: "Elsewhere" }), clock)).toEqual({
      ok: true,
    });
    expect(await db().registration.count()).toBe(1);
    const person = await db().registration.findFirstOrThrow();
    expect([person.name, person.status]).toEqual(["Ada Lovelace", "confirmed"]);
    expect((await templatesFor("ada@example.org")).at(-1)).toBe("registration-already");
  });

  it("refuses registration outside its window and for unknown editions", async () => {
    await anEdition();
    expect(await registerForEdition("pescara", aForm(), manualClock("2030-12-31T23:00:00Z"))).toEqual({
      ok: false,
      problem: "closed",
    });
    expect(await registerForEdition("atlantis", aForm(), manualClock("2031-02-01T10:00:00Z"))).toEqual({
      ok: false,
      problem: "unknown-edition",
    });
    expect(
      await registerForEdition("pescara", aForm({ days: ["2031-06-01"] }), manualClock("2031-02-01T10:00:00Z")),
    ).toMatchObject({ ok: false, problem: "invalid-days" });
    expect(await db().registration.count()).toBe(0);
  });

  it("puts people on the waiting list when full, and a cancellation offers the seat to the head once", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition({ capacity: 1 });
    await registerAndConfirmInTurn(["first@example.org", "second@example.org", "third@example.org"], clock);
    expect(await statusOf("first@example.org")).toBe("confirmed");
    expect(await statusOf("second@example.org")).toBe("waitlisted");
    expect(await statusOf("third@example.org")).toBe("waitlisted");
    const waitlisted = await oneOutboxMail({
      where: { toAddress: "third@example.org", template: "registration-waitlisted" },
    });
    expect(waitlisted.text).toContain("number 2 on the waiting list");

    await cancelRegistration((await linksFor("first@example.org", "manage"))[0]!, clock);
    expect(await statusOf("second@example.org")).toBe("offered");
    expect(await statusOf("third@example.org")).toBe("waitlisted");
    expect((await templatesFor("second@example.org")).filter((t) => t === "registration-offer")).toHaveLength(1);

    // The offer's 48 hours start when its email is sent; once they are over, housekeeping
    // passes the seat to the next person.
    const secondLink = (await linksFor("second@example.org", "manage"))[0]!;
    clock.advance(3_600_000);
    await deliverQueued(clock);
    clock.advance(48 * 3_600_000 - 1);
    expect(await registrationHousekeeping(clock)).toMatchObject({ offersPassedOn: 0 });
    clock.advance(1);
    expect(await registrationHousekeeping(clock)).toMatchObject({ offersPassedOn: 1 });
    expect(await statusOf("second@example.org")).toBe("expired");
    expect(await statusOf("third@example.org")).toBe("offered");
    expect(await acceptOffer(secondLink, clock)).toEqual({
      ok: false,
      problem: "offer-expired",
    });

    expect(await acceptOffer((await linksFor("third@example.org", "manage"))[0]!, clock)).toEqual({ ok: true });
    expect(await statusOf("third@example.org")).toBe("confirmed");
    expect(await db().registration.count({ where: { editionId: edition.id, status: "confirmed" } })).toBe(1);
  });

  it("passes on a lapsed offer's seat in any call that ends it, even one whose own change is refused", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition({ capacity: 1 });
    await registerAndConfirmInTurn(["holder@example.org", "head@example.org", "next@example.org"], clock);
    const holderLink = (await linksFor("holder@example.org", "manage"))[0]!;
    await cancelRegistration(holderLink, clock);
    expect(await statusOf("head@example.org")).toBe("offered");
    await deliverQueued(clock);
    clock.advance(48 * 3_600_000 + 1);
    // Before housekeeping runs, someone presses a link that changes nothing for them: the
    // cancelled holder tries to cancel again. The call ends the lapsed offer, and its seat must
    // go to the next person at once (housekeeping would no longer see an offer to end).
    expect(await cancelRegistration(holderLink, clock)).toEqual({ ok: false, problem: "not-active" });
    expect(await statusOf("head@example.org")).toBe("expired");
    expect(await statusOf("next@example.org")).toBe("offered");
    expect((await templatesFor("next@example.org")).filter((t) => t === "registration-offer")).toHaveLength(1);
    expect(await registrationHousekeeping(clock)).toMatchObject({ offersPassedOn: 0 });
  });

  it("lets nobody jump the queue: a confirmation joins its end while anyone waits, after lapsed offers went to its head", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition({ capacity: 1 });
    await registerAndConfirmInTurn(["holder@example.org", "head@example.org", "next@example.org"], clock);
    await cancelRegistration((await linksFor("holder@example.org", "manage"))[0]!, clock);
    await deliverQueued(clock);
    clock.advance(48 * 3_600_000 + 1);
    await registerForEdition("pescara", aForm({ email: "late@example.org" }), clock);
    // The head's offer lapses in this very call, which frees the seat; "next" still waits for one.
    expect(await confirmRegistration((await linksFor("late@example.org", "confirm"))[0]!, clock)).toMatchObject({
      ok: true,
      status: "waitlisted",
    });
    expect(await statusOf("head@example.org")).toBe("expired");
    expect(await statusOf("next@example.org")).toBe("offered");
    expect(await statusOf("late@example.org")).toBe("waitlisted");
    // The seat went to "next" before "late" joined: "late" is first in the queue now.
    const waitlisted = await oneOutboxMail({
      where: { toAddress: "late@example.org", template: "registration-waitlisted" },
    });
    expect(waitlisted.text).toContain("number 1 on the waiting list");

    // A seat free while people wait, with no call to move the queue (capacity raised behind the
    // site's back): a confirmation still does not take it.
    await db().edition.update({ where: { slug: "pescara" }, data: { capacity: 2 } });
    await registerForEdition("pescara", aForm({ email: "later@example.org" }), clock);
    expect(await confirmRegistration((await linksFor("later@example.org", "confirm"))[0]!, clock)).toMatchObject({
      ok: true,
      status: "waitlisted",
      position: 2,
    });
  });

  it("refuses replayed, expired and tampered links", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    const [token] = await linksFor("ada@example.org", "confirm");
    const tampered = `${token!.slice(0, -1)}${token!.endsWith("A") ? "B" : "A"}`;
    expect(await confirmRegistration(tampered, clock)).toEqual({ ok: false, problem: "invalid" });
    expect(await confirmRegistration("../../etc/passwd", clock)).toEqual({ ok: false, problem: "invalid" });
    expect(await confirmRegistration(token!, clock)).toMatchObject({ ok: true });
    expect(await confirmRegistration(token!, clock)).toEqual({ ok: false, problem: "used" });

    await registerForEdition("pescara", aForm({ email: "late@example.org" }), clock);
    clock.advance(48 * 3_600_000 + 1);
    expect(await confirmRegistration((await linksFor("late@example.org", "confirm"))[0]!, clock)).toEqual({
      ok: false,
      problem: "expired",
    });
    expect(await registrationHousekeeping(clock)).toMatchObject({ pendingExpired: 1 });
    expect(await statusOf("late@example.org")).toBe("expired");
  });

  it("sends a new confirmation link when a pending person registers again, and the old one stops working", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm(), clock);
    const [first] = await linksFor("ada@example.org", "confirm");
    clock.advance(1000);
    await registerForEdition("pescara", aForm(), clock);
    const [second] = await linksFor("ada@example.org", "confirm");
    expect(second).not.toBe(first);
    expect(await confirmRegistration(first!, clock)).toEqual({ ok: false, problem: "expired" });
    expect(await confirmRegistration(second!, clock)).toMatchObject({ ok: true, status: "confirmed" });
  });

  it("asks confirmed people a week before whether they still come, once", async () => {
    const clock = manualClock("2031-04-20T10:00:00Z");
    const edition = await anEdition();
    await seedRegistrations(edition.id, 2, "confirmed", clock.now());
    expect(await registrationHousekeeping(clock)).toMatchObject({ stillComingSent: 0 });
    clock.set("2031-04-24T10:00:00Z");
    expect(await registrationHousekeeping(clock)).toMatchObject({ stillComingSent: 2 });
    expect(await registrationHousekeeping(clock)).toMatchObject({ stillComingSent: 0 });
    const mail = await oneOutboxMail({ where: { template: "registration-still-coming" } });
    expect(mail.text).toMatch(/Keep or release my place: http:\/\/localhost:\d+\/registrations\/manage\//);
    expect(mail.subject).toBe("Still coming to Django on the Med: Pescara?");
  });

  it("deletes an edition's registrations a year after it ended, as the privacy page promises", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    const edition = await anEdition();
    await seedRegistrations(edition.id, 3, "confirmed", clock.now());
    clock.set("2032-05-02T10:00:00Z"); // 365 days after the last day (3 May 2031): still kept that day
    expect(await registrationHousekeeping(clock)).toMatchObject({ purged: 0 });
    clock.set("2032-05-03T10:00:00Z");
    expect(await registrationHousekeeping(clock)).toMatchObject({ purged: 3 });
    expect(await db().registration.count()).toBe(0);
  });
});
