import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { enqueueEmail } from "@/lib/platform/mail";
import { RENDER_FAILURE } from "@/lib/platform/mail/wording";
import { deliverDue } from "@/lib/platform/mail/worker";
import { mailHealth } from "@/lib/features/site/reads/mail-health";
import { sendFailedMailAgain } from "@/lib/features/site/send-failed-mail-again";
import { saveSiteSettings } from "@/lib/features/site/save-site-settings";
import { forgetSiteSettings } from "@/lib/features/site/load";
import { confirmRegistration } from "@/lib/features/registration/confirm-registration";
import { registerForEdition } from "@/lib/features/registration/register-for-edition";
import { aForm, anEdition, linksFor } from "@/tests/fixtures/registrations";
import { smtpDeliveries } from "@/tests/fixtures/smtp-deliveries";
import { startSmtpPeer, type SmtpPeer } from "@/tests/fixtures/smtp-peer";
import { manualClock } from "@/tests/fixtures/test-clock";

const clock = manualClock("2031-02-01T10:00:00Z");
const deps = smtpDeliveries(clock);
const organizer = { email: "organizer@example.org", name: null };
let peer: SmtpPeer | undefined;

afterEach(async () => {
  await peer?.close();
  peer = undefined;
  forgetSiteSettings();
});

const queue = (email: string, data: { subject: string; paragraphs: string[] }) =>
  enqueueEmail(db(), { template: "notice", data, to: { email } }, clock);

/** The organizer renames the site between queueing and sending. */
const renameSiteToAdriatic = () =>
  saveSiteSettings(
    organizer,
    {
      name: "Django on the Adriatic",
      tagline: "Sprints by the sea",
      hashtag: "DjangoAdriatic",
      contactEmail: "hi@adriatic.example",
      accentColor: "#5a1e0e",
    },
    clock,
  );

describe("the worker renders each message when it sends it", () => {
  it("writes it with the site's settings as they are at send time, not as they were when it was queued", async () => {
    peer = await startSmtpPeer();
    await anEdition();
    await registerForEdition("pescara", aForm({ email: "ada@example.org" }), clock);
    await renameSiteToAdriatic();
    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 1 });
    const { mail } = peer.received[0]!;
    expect(mail.text).toContain("Django on the Adriatic · hi@adriatic.example");
    expect(mail.html).toContain("background:#5a1e0e");
    expect(mail.text).not.toContain("Django on the Med ·");
  });

  it("fails a message it cannot render, with that reason, and sends the rest of the batch", async () => {
    peer = await startSmtpPeer();
    await queue("before@example.org", { subject: "Hello", paragraphs: ["A note."] });
    const broken = await enqueueEmail(
      db(),
      // What a template that throws looks like: its data is not what it expects.
      { template: "notice", data: { subject: "Hello" } as never, to: { email: "broken@example.org" } },
      clock,
    );
    const badSubject = await queue("subject@example.org", {
      subject: "Hi\r\nBcc: eve@evil.example",
      paragraphs: ["A note."],
    });
    const unknown = await db().outboxMessage.create({
      data: {
        template: "a-template-since-removed",
        data: { name: "Ada" },
        toAddress: "unknown@example.org",
        nextAttemptAt: clock.now(),
        createdAt: clock.now(),
      },
    });
    await queue("after@example.org", { subject: "Hello", paragraphs: ["A note."] });

    expect(await deliverDue(deps(peer.url))).toMatchObject({ claimed: 5, sent: 2, failed: 3, retrying: 0 });
    expect(peer.received.map((r) => r.envelopeTo[0]).sort()).toEqual(["after@example.org", "before@example.org"]);
    const failed = await db().outboxMessage.findMany({ where: { status: "failed" }, orderBy: { toAddress: "asc" } });
    expect(failed.map((m) => [m.id, m.attempts, m.lastError?.startsWith(RENDER_FAILURE)])).toEqual([
      [broken.id, 1, true],
      [badSubject.id, 1, true],
      [unknown.id, 1, true],
    ]);
    expect(failed.find((m) => m.id === badSubject.id)!.lastError).toContain("the subject is not one short line");
    expect(failed.find((m) => m.id === unknown.id)!.lastError).toContain(
      'no template called "a-template-since-removed"',
    );

    // Never retried on its own; the mail health page lists each as the site's failure, to send again once fixed.
    clock.advance(24 * 3_600_000);
    expect(await deliverDue(deps(peer.url))).toMatchObject({ claimed: 0 });
    const health = await mailHealth();
    expect(health.counts).toMatchObject({ sent: 2, failed: 3 });
    expect(health.failed.map((m) => [m.toAddress, m.failure, m.canSendAgain]).sort()).toEqual([
      ["broken@example.org", "render", true],
      ["subject@example.org", "render", true],
      ["unknown@example.org", "render", true],
    ]);
  });

  it("renders a failed message again when it is sent again", async () => {
    let refuse = true;
    peer = await startSmtpPeer({ respond: () => (refuse ? { code: 550, message: "Mailbox unavailable" } : undefined) });
    const { id } = await queue("ada@example.org", { subject: "Hello", paragraphs: ["A note."] });
    await deliverDue(deps(peer.url));
    expect((await mailHealth()).failed).toMatchObject([
      { id, failure: "refused", subject: "Hello", canSendAgain: true },
    ]);
    refuse = false;
    await renameSiteToAdriatic();
    expect(await sendFailedMailAgain(organizer, id, clock)).toEqual({ ok: true });
    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 1 });
    expect(peer.received.at(-1)!.mail.text).toContain("A note.");
    expect(peer.received.at(-1)!.mail.text).toContain("Django on the Adriatic · hi@adriatic.example");
  });

  it("drops the data, and the live links in it, once a message is sent: only who, what and when stay", async () => {
    peer = await startSmtpPeer();
    await anEdition();
    await registerForEdition("pescara", aForm({ email: "ada@example.org" }), clock);
    const [confirmToken] = await linksFor("ada@example.org", "confirm");
    const [manageToken] = await linksFor("ada@example.org", "manage");
    const queued = await db().outboxMessage.findFirstOrThrow();
    expect(JSON.stringify(queued.data)).toContain(confirmToken);

    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 1 });
    expect(peer.received[0]!.mail.text).toContain(confirmToken);
    const sent = await db().outboxMessage.findFirstOrThrow();
    expect(sent).toMatchObject({
      status: "sent",
      template: "registration-confirm",
      subject: expect.stringMatching(/^Confirm your registration for /),
      data: null,
      html: "",
      text: "",
    });
    const stored = JSON.stringify(await db().outboxMessage.findMany());
    expect(stored).not.toContain(confirmToken);
    expect(stored).not.toContain(manageToken);
  });

  it("still sends exactly one email per change, each once, when two workers take the same queue", async () => {
    peer = await startSmtpPeer();
    await anEdition();
    await registerForEdition("pescara", aForm({ email: "ada@example.org" }), clock);
    await confirmRegistration((await linksFor("ada@example.org", "confirm"))[0]!, clock);
    await registerForEdition("pescara", aForm({ email: "grace@example.org" }), clock);

    const reports = await Promise.all([deliverDue(deps(peer.url)), deliverDue(deps(peer.url))]);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(3);
    expect(await deliverDue(deps(peer.url))).toMatchObject({ claimed: 0 });
    expect(peer.received.map((r) => [r.envelopeTo[0], r.mail.subject]).sort()).toEqual([
      ["ada@example.org", expect.stringMatching(/^Confirm your registration for /)],
      ["ada@example.org", "You're in: Django on the Med: Pescara"],
      ["grace@example.org", expect.stringMatching(/^Confirm your registration for /)],
    ]);
    expect(await db().outboxMessage.count({ where: { status: "sent" } })).toBe(3);
  });

  it("sends a message queued before rendering moved to the worker with the bodies it has", async () => {
    peer = await startSmtpPeer();
    await db().outboxMessage.create({
      data: {
        template: "notice",
        toAddress: "ada@example.org",
        subject: "Rendered before the upgrade",
        html: "<p>Old body.</p>",
        text: "Old body.",
        nextAttemptAt: clock.now(),
        createdAt: clock.now(),
      },
    });
    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 1 });
    expect(peer.received[0]!.mail.subject).toBe("Rendered before the upgrade");
    expect(peer.received[0]!.mail.text?.trim()).toBe("Old body.");
    expect(peer.received[0]!.mail.html).toBe("<p>Old body.</p>");
    expect(await db().outboxMessage.findFirstOrThrow()).toMatchObject({ status: "sent", html: "", text: "" });
  });
});
