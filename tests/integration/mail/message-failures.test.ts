import { afterEach, describe, expect, it, onTestFinished } from "vitest";
import { db, type Db } from "@/lib/platform/db";
import { enqueueEmail } from "@/lib/platform/mail";
import { smtpTransport } from "@/lib/platform/mail/transport";
import { deliverDue, purgeDelivered, retryDelayMs } from "@/lib/platform/mail/worker";
import { sendFailedMailAgain } from "@/lib/features/site/send-failed-mail-again";
import { cancelRegistration } from "@/lib/features/registration/cancel-registration";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { registrationHousekeeping } from "@/lib/features/registration/registration-housekeeping";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { smtpDeliveries } from "@/tests/fixtures/smtp-deliveries";
import { startSmtpPeer, type SmtpPeer } from "@/tests/fixtures/smtp-peer";
import { oneOutboxMail } from "@/tests/fixtures/outbox";
import { manualClock } from "@/tests/fixtures/test-clock";

const DAY = 24 * 3_600_000;
const clock = manualClock("2031-02-01T10:00:00Z");
const deps = smtpDeliveries(clock);
let peer: SmtpPeer | undefined;

afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

const queue = (email: string) =>
  enqueueEmail(db(), { template: "notice", data: { subject: "Hello", paragraphs: ["A note."] }, to: { email } }, clock);
const statusOf = async (email: string) => (await db().registration.findFirstOrThrow({ where: { email } })).status;

describe("a failure that belongs to one message", () => {
  it("fails that message only, and keeps what it is written from for 7 days so that it can be sent again", async () => {
    // Refused by recipient, not by order: a batch's messages may reach the relay in any order.
    peer = await startSmtpPeer({
      respond: (_index, to) => (to.includes("nobody@example.org") ? { code: 550, message: "No such user" } : undefined),
    });
    const { id } = await queue("nobody@example.org");
    await queue("ada@example.org");
    expect(await deliverDue(deps(peer.url))).toMatchObject({ claimed: 2, sent: 1, failed: 1 });
    const failed = await oneOutboxMail({ where: { id } });
    expect(failed).toMatchObject({ status: "failed", subject: "Hello" });
    expect(failed.text).toContain("A note.");

    clock.advance(7 * DAY - 1);
    await purgeDelivered(db(), clock, 30);
    expect((await oneOutboxMail({ where: { id } })).text).toContain("A note.");
    clock.advance(1);
    await purgeDelivered(db(), clock, 30);
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "failed",
      subject: "Hello",
      data: null,
      text: "",
      html: "",
    });
  });

  it("passes a waiting-list offer on at once when its email is refused for good", async () => {
    await anEdition({ capacity: 1 });
    for (const email of ["first@example.org", "second@example.org", "third@example.org"]) {
      await registerForEdition("pescara", aForm({ email }), clock);
      await confirmRegistration((await linksFor(email, "confirm"))[0]!, clock);
    }
    await cancelRegistration((await linksFor("first@example.org", "manage"))[0]!, clock);
    peer = await startSmtpPeer({ respond: () => ({ code: 550, message: "Mailbox unavailable" }) });
    await deliverDue(deps(peer.url));
    expect(await registrationHousekeeping(clock)).toMatchObject({ offersPassedOn: 1 });
    expect(await statusOf("second@example.org")).toBe("expired");
    expect(await statusOf("third@example.org")).toBe("offered");
  });

  it("does not count a database error after a successful send as a failure: the message goes out once", async () => {
    peer = await startSmtpPeer();
    const { id } = await queue("ada@example.org");
    let refusals = 1;
    // The database drops the first "sent" write, as a brief outage would.
    const flaky = new Proxy(db(), {
      get(target, key, receiver) {
        if (key !== "outboxMessage") return Reflect.get(target, key, receiver);
        const model = target.outboxMessage;
        return new Proxy(model, {
          get(inner, name) {
            if (name !== "updateMany") return Reflect.get(inner, name);
            return (args: { data: { status?: string } }) => {
              if (args.data.status === "sent" && refusals-- > 0) throw new Error("connection to the database lost");
              return inner.updateMany(args as never);
            };
          },
        });
      },
    }) as Db;
    await deliverDue(deps(peer.url, { db: flaky }));
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      clock.advance(retryDelayMs(attempt));
      await deliverDue(deps(peer.url));
    }
    expect(peer.received).toHaveLength(1);
    expect(await db().outboxMessage.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "sent" });
  });
});

describe("sending a failed message again", () => {
  const organizer = { email: "organizer@example.org", name: null };

  it("queues it once more, audited, while it still has its body; not after 7 days", async () => {
    let refuse = true;
    peer = await startSmtpPeer({ respond: () => (refuse ? { code: 550, message: "Mailbox unavailable" } : undefined) });
    const { id } = await queue("ada@example.org");
    const late = await queue("late@example.org");
    await deliverDue(deps(peer.url));
    refuse = false;

    expect(await sendFailedMailAgain(organizer, id, clock)).toEqual({ ok: true });
    expect(await sendFailedMailAgain(organizer, id, clock)).toEqual({ ok: false, problem: "not-failed" });
    expect(await db().auditEntry.findMany({ select: { actor: true, action: true, subject: true } })).toEqual([
      { actor: "organizer@example.org", action: "mail.send-again", subject: `outbox:${id}` },
    ]);
    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 1 });
    expect(peer.received.map((r) => r.envelopeTo[0])).toEqual(["ada@example.org"]);

    clock.advance(7 * DAY);
    await purgeDelivered(db(), clock, 30);
    expect(await sendFailedMailAgain(organizer, late.id, clock)).toEqual({ ok: false, problem: "body-dropped" });
  });
});

describe("a send that times out", () => {
  it("is aborted: the connection to the relay is closed, not left running", async () => {
    let release: () => void = () => {};
    const held = new Promise<undefined>((resolve) => (release = () => resolve(undefined)));
    peer = await startSmtpPeer({ respond: () => held });
    const transport = smtpTransport(peer.url, { sendTimeoutMs: 300 });
    onTestFinished(() => transport.close());
    await queue("ada@example.org");
    await deliverDue(deps(peer.url, { transport }));
    for (let waited = 0; waited < 40 && peer.openConnections() > 0; waited += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const open = peer.openConnections();
    release();
    expect(open).toBe(0);
  });
});
