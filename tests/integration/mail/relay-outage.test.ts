import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { mailHealth } from "@/lib/features/site/reads/mail-health";
import { enqueueEmail } from "@/lib/platform/mail";
import { deliverDue } from "@/lib/platform/mail/worker";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { registrationHousekeeping } from "@/lib/features/registration/registration-housekeeping";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { smtpDeliveries } from "@/tests/fixtures/smtp-deliveries";
import { startSmtpPeer, type SmtpPeer } from "@/tests/fixtures/smtp-peer";
import { manualClock } from "@/tests/fixtures/test-clock";

const HOUR = 3_600_000;
const clock = manualClock("2031-02-01T10:00:00Z");
const deps = smtpDeliveries(clock);
let peer: SmtpPeer | undefined;

afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

const statusOf = async (email: string) => (await db().registration.findFirstOrThrow({ where: { email } })).status;

/** An edition of one seat: first@ holds it, second@ and third@ wait; first@ cancels, so second@ is offered it. */
async function anOfferWaitingToGoOut() {
  await anEdition({ capacity: 1 });
  for (const email of ["first@example.org", "second@example.org", "third@example.org"]) {
    await registerForEdition("pescara", aForm({ email }), clock);
    clock.advance(1000);
    await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
  }
  await cancelRegistration((await linksFor("first@example.org", "manage"))[0]!, clock);
  expect(await statusOf("second@example.org")).toBe("offered");
}

describe("a relay that refuses our login (535) for a while", () => {
  it("loses nothing: every message waits with its body, no offer lapses, and each goes out once when it accepts", async () => {
    let passwordRotated = true;
    peer = await startSmtpPeer({
      authReply: () =>
        passwordRotated ? { code: 535, message: "5.7.8 Authentication credentials invalid" } : undefined,
    });
    const relay = deps(`smtp://dotm:old-secret@127.0.0.1:${peer.port}`);
    await anOfferWaitingToGoOut();
    await enqueueEmail(
      db(),
      { template: "notice", data: { subject: "Hello", paragraphs: ["A note."] }, to: { email: "ada@example.org" } },
      clock,
    );
    const queued = await db().outboxMessage.count();
    const outageStart = clock.now();

    // Three days of a broken login, the worker and housekeeping running all along.
    for (let round = 0; round < 12; round += 1) {
      await deliverDue(relay);
      await registrationHousekeeping(clock);
      clock.advance(6 * HOUR);
    }
    expect(peer.logins()).toBeGreaterThan(0);
    expect(peer.received).toHaveLength(0);
    const waiting = await db().outboxMessage.findMany();
    expect(waiting.map((m) => m.status)).toEqual(Array(queued).fill("queued"));
    // Each keeps what it is written from, to be rendered when the relay takes it.
    expect(waiting.every((m) => m.data !== null)).toBe(true);
    expect(await statusOf("second@example.org")).toBe("offered");
    expect(await statusOf("third@example.org")).toBe("waitlisted");
    // The admin's mail health panel (and the dashboard) show the fault while it lasts.
    const health = await mailHealth();
    expect(health.counts).toEqual({ queued, sending: 0, sent: 0, failed: 0 });
    expect(health.fault).toMatchObject({ since: outageStart });
    expect(health.fault!.lastError).toContain("535");
    expect(health.fault!.resumeAt!.getTime() - health.fault!.lastErrorAt.getTime()).toBeLessThanOrEqual(15 * 60_000);

    passwordRotated = false;
    for (let round = 0; round < 3; round += 1) {
      await deliverDue(relay);
      await registrationHousekeeping(clock);
      clock.advance(HOUR);
    }
    const delivered = peer.received.map((r) => r.mail.messageId);
    for (const message of waiting)
      expect(delivered.filter((id) => id === `<${message.id}@djangoonthemed.example>`)).toHaveLength(1);
    expect((await mailHealth()).fault).toBeNull();
    // The organizers are told once that mail goes out again.
    const notices = await db().outboxMessage.findMany({ where: { subject: "Mail is going out again" } });
    expect(notices.length).toBeGreaterThan(0);
    expect(new Set(notices.map((n) => n.toAddress)).size).toBe(notices.length);
    expect(notices.every((n) => n.status === "sent")).toBe(true);
    const offer = await db().outboxMessage.findFirstOrThrow({ where: { template: "registration-offer" } });
    expect(offer.status).toBe("sent");
    // The offer's 48 hours start when its email left.
    const person = await db().registration.findFirstOrThrow({ where: { email: "second@example.org" } });
    expect(person.offerExpiresAt).toEqual(new Date(offer.sentAt!.getTime() + 48 * HOUR));
  });

  it("ends the fault when the relay takes our login again, even if it refuses that one message for good", async () => {
    let passwordRotated = true;
    peer = await startSmtpPeer({
      authReply: () => (passwordRotated ? { code: 535, message: "Authentication failed" } : undefined),
      respond: (_index, to) => (to.includes("gone@example.org") ? { code: 550, message: "No such user" } : undefined),
    });
    const relay = deps(`smtp://dotm:secret@127.0.0.1:${peer.port}`);
    await enqueueEmail(
      db(),
      { template: "notice", data: { subject: "Hello", paragraphs: ["A note."] }, to: { email: "gone@example.org" } },
      clock,
    );
    expect(await deliverDue(relay)).toMatchObject({ held: 1 });
    expect((await mailHealth()).fault).not.toBeNull();
    passwordRotated = false;
    clock.advance(HOUR);
    expect(await deliverDue(relay)).toMatchObject({ failed: 1 });
    expect((await mailHealth()).fault).toBeNull();
  });
});
