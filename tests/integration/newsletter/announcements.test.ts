import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { smtpTransport } from "@/lib/platform/mail/transport";
import { deliverDue } from "@/lib/platform/mail/worker";
import {
  createAnnouncement,
  sendAnnouncement,
  sendTestAnnouncement,
  updateAnnouncement,
} from "@/lib/features/newsletter/announcements";
import { subscribe } from "@/lib/features/newsletter/subscribe";
import { unsubscribe } from "@/lib/features/newsletter/unsubscribe";
import { aConfirmedSubscriber, newsletterLinks } from "@/tests/fixtures/newsletter";
import { startSmtpPeer, type SmtpPeer } from "@/tests/fixtures/smtp-peer";
import { manualClock } from "@/tests/fixtures/test-clock";
import { outboxMail } from "@/tests/fixtures/outbox";

let peer: SmtpPeer | undefined;
afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

async function deliverAll(url: string, clock: ReturnType<typeof manualClock>) {
  const transport = smtpTransport(url);
  try {
    while (
      (
        await deliverDue({
          db: db(),
          transport,
          clock,
          from: "Django on the Med <noreply@djangoonthemed.example>",
          messageIdDomain: "djangoonthemed.example",
        })
      ).claimed > 0
    );
  } finally {
    transport.close();
  }
}

const organizer = { email: "organizer@example.org", name: null };

const body = "## Pescara, 6–8 May\n\nRegistration is **open**. <script>alert(1)</script>";

describe("sending an announcement", () => {
  it("reaches exactly the confirmed, still-subscribed addresses, each once, even when sent twice at the same moment", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    for (const email of ["ada@example.org", "grace@example.org", "linus@example.org", "gone@example.org"])
      await aConfirmedSubscriber(email, clock);
    await subscribe({ email: "pending@example.org", name: null, source: "footer" }, clock);
    const first = await createAnnouncement(organizer, { subject: "Welcome", body: "Hi" }, clock);
    await sendAnnouncement(organizer, first.id, clock);
    await unsubscribe((await newsletterLinks("gone@example.org", "unsubscribe"))[0]!, "one-click", clock);
    await db().outboxMessage.deleteMany();

    peer = await startSmtpPeer();
    const announcement = await createAnnouncement(organizer, { subject: "Pescara registration is open", body }, clock);
    const [a, b] = await Promise.all([
      sendAnnouncement(organizer, announcement.id, clock),
      sendAnnouncement(organizer, announcement.id, clock),
    ]);
    expect([a, b]).toEqual([
      { ok: true, recipients: 3 },
      { ok: true, recipients: 3 },
    ]);
    // Read while queued: once delivered, the outbox keeps no working link.
    const unsubscribeTokens = new Map<string, string>();
    for (const email of ["ada@example.org", "grace@example.org", "linus@example.org"])
      unsubscribeTokens.set(email, (await newsletterLinks(email, "unsubscribe"))[0]!);
    await deliverAll(peer.url, clock);

    const recipients = peer.received.flatMap((r) => r.envelopeTo).sort();
    expect(recipients).toEqual(["ada@example.org", "grace@example.org", "linus@example.org"]);
    for (const { envelopeTo, mail } of peer.received) {
      const own = [unsubscribeTokens.get(envelopeTo[0]!)];
      const header = (key: string) => mail.headerLines.find((line) => line.key === key)?.line.replace(/\r\n\s+/g, " ");
      expect(header("list-unsubscribe")).toBe(
        `List-Unsubscribe: <http://localhost:3000/newsletter/unsubscribe/${own[0]}>`,
      );
      expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(mail.html).toContain("<strong>open</strong>");
      expect(mail.html).not.toContain("<script>");
      expect(mail.text).toContain(`/newsletter/unsubscribe/${own[0]}`);
    }
    const stored = await db().announcement.findUniqueOrThrow({ where: { id: announcement.id } });
    expect([stored.status, stored.recipientCount, stored.sentAt?.toISOString()]).toEqual([
      "sent",
      3,
      "2031-01-15T09:00:00.000Z",
    ]);

    // Once sent, sending again reaches nobody, not even someone who subscribed since.
    await aConfirmedSubscriber("late@example.org", clock);
    expect(await sendAnnouncement(organizer, announcement.id, clock)).toEqual({ ok: true, recipients: 3 });
    expect(await db().outboxMessage.count({ where: { template: "announcement" } })).toBe(3);
  });

  it("sends in batches and carries on after an interrupted send without repeating anyone", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    const now = clock.now();
    await db().subscriber.createMany({
      data: Array.from({ length: 1_203 }, (_, i) => ({
        email: `person${i}@example.org`,
        status: "confirmed" as const,
        confirmedAt: now,
        createdAt: now,
        updatedAt: now,
      })),
    });
    const announcement = await createAnnouncement(organizer, { subject: "Big news", body }, clock);
    // A crash after the first batch: its deliveries and messages committed, the rest never started.
    await db().announcement.update({ where: { id: announcement.id }, data: { status: "sending", sendStartedAt: now } });
    const someone = await db().subscriber.findMany({ orderBy: { id: "asc" }, take: 500, select: { id: true } });
    await db().announcementDelivery.createMany({
      data: someone.map((s) => ({ announcementId: announcement.id, subscriberId: s.id, createdAt: now })),
    });

    const [a, b] = await Promise.all([
      sendAnnouncement(organizer, announcement.id, clock),
      sendAnnouncement(organizer, announcement.id, clock),
    ]);
    expect(a).toEqual({ ok: true, recipients: 1_203 });
    expect(b).toEqual({ ok: true, recipients: 1_203 });
    const mailed = await db().outboxMessage.groupBy({
      by: ["toAddress"],
      _count: true,
      where: { template: "announcement" },
    });
    expect(mailed).toHaveLength(703);
    expect(mailed.every((row) => row._count === 1)).toBe(true);
    expect(await db().subscriberToken.count({ where: { purpose: "unsubscribe" } })).toBe(703);
  });

  it("lets organizers edit a draft, test-send it to themselves only, and freezes it once sent", async () => {
    const clock = manualClock("2031-01-15T09:00:00Z");
    await aConfirmedSubscriber("ada@example.org", clock);
    const announcement = await createAnnouncement(organizer, { subject: "Draft", body: "First words" }, clock);
    expect(announcement.slug).toBe("2031-01-15-draft");
    expect(
      await updateAnnouncement(organizer, announcement.id, { subject: "Pescara", body: "Better words" }, clock),
    ).toEqual({
      ok: true,
    });

    expect(await sendTestAnnouncement(organizer, announcement.id, clock)).toBe(true);
    const test = await outboxMail({ where: { template: "announcement" } });
    expect(test.map((m) => [m.toAddress, m.subject])).toEqual([["organizer@example.org", "[Test] Pescara"]]);
    expect(await db().announcementDelivery.count()).toBe(0);

    await sendAnnouncement(organizer, announcement.id, clock);
    expect(
      await updateAnnouncement(organizer, announcement.id, { subject: "Changed", body: "Changed" }, clock),
    ).toEqual({
      ok: false,
      problem: "already-sent",
    });
    expect(await updateAnnouncement(organizer, "missing", { subject: "Changed", body: "Changed" }, clock)).toEqual({
      ok: false,
      problem: "not-found",
    });
    expect((await createAnnouncement(organizer, { subject: "Draft", body: "x" }, clock)).slug).toBe(
      "2031-01-15-draft-2",
    );

    // Each change is recorded with it, in its own transaction; the refused edits record nothing.
    const entries = await db().auditEntry.findMany({ select: { actor: true, action: true } });
    expect(entries.map((entry) => entry.action).sort()).toEqual([
      "announcement.create",
      "announcement.create",
      "announcement.send",
      "announcement.test_send",
      "announcement.update",
    ]);
    expect(new Set(entries.map((entry) => entry.actor))).toEqual(new Set(["organizer@example.org"]));
  });
});
