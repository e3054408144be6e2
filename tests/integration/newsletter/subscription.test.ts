import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { smtpTransport } from "@/lib/platform/mail/transport";
import { deliverDue } from "@/lib/platform/mail/worker";
import { CONSENT_VERSION, consentText } from "@/lib/features/newsletter/wording";
import { DEFAULT_SITE_SETTINGS } from "@/lib/features/site/settings";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { confirmSubscription } from "@/lib/features/newsletter/confirm-subscription";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { subscribe } from "@/lib/features/newsletter/subscribe";
import { unsubscribe } from "@/lib/features/newsletter/unsubscribe";
import { sendAnnouncement, createAnnouncement } from "@/lib/features/newsletter/announcements";
import { aConfirmedSubscriber, newsletterLinks } from "@/tests/fixtures/newsletter";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { startSmtpPeer, type SmtpPeer } from "@/tests/fixtures/smtp-peer";
import { manualClock } from "@/tests/fixtures/test-clock";
import { outboxMail } from "@/tests/fixtures/outbox";

let peer: SmtpPeer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

const organizer = { email: "organizer@example.org", name: null };

const subscriberOf = (email: string) =>
  db().subscriber.findUniqueOrThrow({ where: { email }, include: { consents: { orderBy: { at: "asc" } } } });
const mailsTo = (email: string) => outboxMail({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });

describe("subscribing with double opt-in", () => {
  it("mails a confirmation link over SMTP; only pressing Confirm subscribes, and the consent is on record", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    peer = await startSmtpPeer();
    expect(await subscribe({ email: "grace@example.org", name: "Grace", source: "footer" }, clock)).toBe(
      "confirmation-sent",
    );
    expect((await subscriberOf("grace@example.org")).status).toBe("pending");

    const transport = smtpTransport(peer.url);
    await deliverDue({
      db: db(),
      transport,
      clock,
      from: "Django on the Med <noreply@djangoonthemed.example>",
      messageIdDomain: "djangoonthemed.example",
    });
    transport.close();
    expect(peer.received.map((r) => r.envelopeTo)).toEqual([["grace@example.org"]]);
    const { mail } = peer.received[0]!;
    expect(mail.subject).toBe("Confirm your subscription to Django on the Med");
    expect(mail.text).toContain(consentText(DEFAULT_SITE_SETTINGS.name));
    const token = /\/newsletter\/confirm\/([A-Za-z0-9_-]{43})/.exec(mail.text ?? "")![1]!;

    clock.advance(5 * 60_000);
    expect(await confirmSubscription(token, clock)).toEqual({ ok: true, email: "grace@example.org" });
    const subscriber = await subscriberOf("grace@example.org");
    expect([subscriber.status, subscriber.name, subscriber.confirmedAt?.toISOString()]).toEqual([
      "confirmed",
      "Grace",
      "2031-01-15T09:05:00.000Z",
    ]);
    expect(subscriber.consents.map((c) => [c.kind, c.source, c.wordingVersion, c.at.toISOString()])).toEqual([
      ["requested", "footer", CONSENT_VERSION, "2031-01-15T09:00:00.000Z"],
      ["confirmed", "footer", CONSENT_VERSION, "2031-01-15T09:05:00.000Z"],
    ]);
    expect(await confirmSubscription(token, clock)).toEqual({ ok: false, problem: "used" });
  });

  it("answers a subscribed address the same way and mails its owner a note, not a second link", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    await aConfirmedSubscriber("grace@example.org", clock, "Grace");
    clock.advance(2 * 60 * 60_000);
    expect(await subscribe({ email: "grace@example.org", name: "Mallory", source: "newsletter-page" }, clock)).toBe(
      "already-subscribed-notice",
    );
    expect((await mailsTo("grace@example.org")).map((m) => m.template)).toEqual([
      "newsletter-confirm",
      "newsletter-already",
    ]);
    expect((await subscriberOf("grace@example.org")).name).toBe("Grace");
    // The note greets the address's owner by the name on record, never by the one just typed.
    const note = (await mailsTo("grace@example.org"))[1]!;
    expect(note.text).toContain("Hello Grace");
    expect(note.text).not.toContain("Mallory");
  });

  it("sends at most 2 confirmation emails an hour to one address, however many submissions arrive at once", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => subscribe({ email: "target@example.org", name: null, source: "footer" }, clock)),
    );
    expect(outcomes.filter((o) => o === "confirmation-sent")).toHaveLength(2);
    expect(await mailsTo("target@example.org")).toHaveLength(2);
    expect(await db().subscriber.count()).toBe(1);

    clock.advance(59 * 60_000);
    await subscribe({ email: "target@example.org", name: null, source: "footer" }, clock);
    expect(await mailsTo("target@example.org")).toHaveLength(2);
    clock.advance(2 * 60_000);
    await subscribe({ email: "target@example.org", name: null, source: "footer" }, clock);
    expect(await mailsTo("target@example.org")).toHaveLength(3);
  });

  it("refuses expired, superseded, foreign and malformed links and changes nothing", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    await subscribe({ email: "grace@example.org", name: null, source: "footer" }, clock);
    const [first] = await newsletterLinks("grace@example.org", "confirm");
    clock.advance(10 * 60_000);
    await subscribe({ email: "grace@example.org", name: null, source: "footer" }, clock);
    const [second] = await newsletterLinks("grace@example.org", "confirm");
    expect(second).not.toBe(first);
    expect(await confirmSubscription(first!, clock)).toEqual({ ok: false, problem: "expired" });
    expect(await confirmSubscription("not-a-token", clock)).toEqual({ ok: false, problem: "invalid" });
    expect(await confirmSubscription("A".repeat(43), clock)).toEqual({ ok: false, problem: "invalid" });
    clock.advance(49 * 60 * 60_000);
    expect(await confirmSubscription(second!, clock)).toEqual({ ok: false, problem: "expired" });
    expect((await subscriberOf("grace@example.org")).status).toBe("pending");

    // An unsubscribe link is not a confirmation link, even for the same person.
    await aConfirmedSubscriber("ada@example.org", clock);
    const announcement = await createAnnouncement(organizer, { subject: "Pescara", body: "Hello" }, clock);
    await sendAnnouncement(organizer, announcement.id, clock);
    const [unsubscribeToken] = await newsletterLinks("ada@example.org", "unsubscribe");
    expect(await confirmSubscription(unsubscribeToken!, clock)).toEqual({ ok: false, problem: "invalid" });
  });
});

describe("unsubscribing", () => {
  it("is harmless to repeat, and an old link cannot undo a later resubscription", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    await aConfirmedSubscriber("ada@example.org", clock);
    const announcement = await createAnnouncement(organizer, { subject: "Pescara", body: "Hello" }, clock);
    await sendAnnouncement(organizer, announcement.id, clock);
    const [token] = await newsletterLinks("ada@example.org", "unsubscribe");

    expect(await unsubscribe(token!, "one-click", clock)).toEqual({ ok: true, email: "ada@example.org" });
    expect(await unsubscribe(token!, "one-click", clock)).toEqual({ ok: true, email: "ada@example.org" });
    const after = await subscriberOf("ada@example.org");
    expect(after.status).toBe("unsubscribed");
    expect(after.consents.filter((c) => c.kind === "unsubscribed")).toHaveLength(1);

    clock.advance(2 * 60 * 60_000);
    await aConfirmedSubscriber("ada@example.org", clock);
    expect(await unsubscribe(token!, "one-click", clock)).toEqual({ ok: true, email: "ada@example.org" });
    expect((await subscriberOf("ada@example.org")).status).toBe("confirmed");
    expect(await unsubscribe("A".repeat(43), "one-click", clock)).toEqual({ ok: false, problem: "invalid" });
  });
});

describe("subscribing from the registration form", () => {
  it("subscribes once the registration is confirmed, without a second link, and records where", async () => {
    const clock = manualClock("2031-02-01T10:00:00Z");
    await anEdition();
    await registerForEdition("pescara", aForm({ email: "ada@example.org", newsletterOptIn: true }), clock);
    expect(await db().subscriber.count()).toBe(0);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    const subscriber = await subscriberOf("ada@example.org");
    expect([subscriber.status, subscriber.name]).toEqual(["confirmed", "Ada Lovelace"]);
    expect(subscriber.consents.map((c) => [c.kind, c.source])).toEqual([
      ["requested", "registration"],
      ["confirmed", "registration"],
    ]);

    await registerForEdition("pescara", aForm({ email: "bob@example.org" }), clock);
    await confirmRegistration((await linksFor("bob@example.org", "confirm"))[0]!, clock);
    expect(await db().subscriber.count({ where: { email: "bob@example.org" } })).toBe(0);
  });
});
