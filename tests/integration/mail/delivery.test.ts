import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db";
import { enqueueEmail } from "@/lib/platform/mail";
import { relayPauseMs } from "@/lib/platform/mail/relay-state";
import { deliverDue, purgeDelivered, requeueStale, retryDelayMs } from "@/lib/platform/mail/worker";
import { confirmSubscription } from "@/lib/features/newsletter/confirm-subscription";
import { subscribe } from "@/lib/features/newsletter/subscribe";
import { newsletterLinks } from "@/tests/fixtures/newsletter";
import { closedPort } from "@/tests/fixtures/ports";
import { smtpDeliveries } from "@/tests/fixtures/smtp-deliveries";
import { startSmtpPeer, type SmtpPeer } from "@/tests/fixtures/smtp-peer";
import { manualClock } from "@/tests/fixtures/test-clock";

const clock = manualClock("2031-01-15T09:00:00Z");
const deps = smtpDeliveries(clock, "Django on the Med <noreply@djangoonthemed.example>");
let peer: SmtpPeer | undefined;

afterEach(async () => {
  await peer?.close();
  peer = undefined;
});

async function queue(email = "ada@example.org", extra: Partial<Parameters<typeof enqueueEmail>[1]> = {}) {
  return db().$transaction((tx) =>
    enqueueEmail(
      tx,
      {
        template: "notice",
        data: { subject: "Your place in Pescara", paragraphs: ["See you at 8:00."] },
        to: { email, name: "Ada Lovelace" },
        ...extra,
      },
      clock,
    ),
  );
}

describe("delivering the outbox over SMTP", () => {
  it("sends both parts, the attachment, extra headers and a stable Message-ID", async () => {
    peer = await startSmtpPeer();
    const { id } = await queue("ada@example.org", {
      headers: {
        "List-Unsubscribe": "<https://djangoonthemed.example/newsletter/unsubscribe/t>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
      attachments: [
        {
          filename: "pescara.ics",
          contentType: "text/calendar; method=PUBLISH",
          content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        },
      ],
    });

    expect(await deliverDue(deps(peer.url))).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0, lost: 0, held: 0 });

    expect(peer.received).toHaveLength(1);
    const { envelopeTo, mail } = peer.received[0]!;
    expect(envelopeTo).toEqual(["ada@example.org"]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([
      { address: "ada@example.org", name: "Ada Lovelace" },
    ]);
    expect(mail.from?.value).toEqual([{ address: "noreply@djangoonthemed.example", name: "Django on the Med" }]);
    expect(mail.subject).toBe("Your place in Pescara");
    expect(mail.text).toContain("See you at 8:00.");
    expect(mail.html).toContain("<p>See you at 8:00.</p>");
    expect(mail.messageId).toBe(`<${id}@djangoonthemed.example>`);
    const headerLines = Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line]));
    expect(headerLines["list-unsubscribe-post"]).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(headerLines["list-unsubscribe"]).toBe(
      "List-Unsubscribe: <https://djangoonthemed.example/newsletter/unsubscribe/t>",
    );
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([
      ["pescara.ics", "text/calendar", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"],
    ]);
    const row = await db().outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, sentAt: clock.now(), lastError: null });
  });

  it("keeps a message through an SMTP outage, counting no attempt, and delivers it exactly once when the relay is back", async () => {
    const port = await closedPort();
    await queue();
    expect(await deliverDue(deps(`smtp://127.0.0.1:${port}`))).toMatchObject({ claimed: 1, held: 1 });
    const waiting = await db().outboxMessage.findFirstOrThrow();
    expect(waiting).toMatchObject({ status: "queued", attempts: 0, nextAttemptAt: clock.now() });
    expect(waiting.lastError).toMatch(/ECONNREFUSED|ECONNECTION/);

    // The relay's pause is not over: nothing is claimed.
    expect((await deliverDue(deps(`smtp://127.0.0.1:${port}`))).claimed).toBe(0);

    peer = await startSmtpPeer({ port });
    clock.advance(relayPauseMs(1));
    expect(await deliverDue(deps(peer.url))).toMatchObject({ claimed: 1, sent: 1 });
    await deliverDue(deps(peer.url)); // the organizers' notice that mail goes out again
    expect(peer.received.filter((r) => r.envelopeTo[0] === "ada@example.org")).toHaveLength(1);
  });

  it("never stalls in a long outage: the batch waits through many refused connections, then goes out once, on the same transport", async () => {
    // nodemailer's pool stops settling sends after five failed connections in a row; the
    // transport replaces it, or this batch would hang with its rows stuck in "sending".
    const port = await closedPort();
    for (let i = 0; i < 20; i += 1) await queue(`person${i}@example.org`);
    const sameTransport = deps(`smtp://127.0.0.1:${port}`);
    for (let round = 1; round <= 6; round += 1) {
      expect(await deliverDue(sameTransport)).toEqual({
        claimed: 20,
        sent: 0,
        retrying: 0,
        failed: 0,
        lost: 0,
        held: 20,
      });
      clock.advance(relayPauseMs(round));
    }

    peer = await startSmtpPeer({ port });
    expect(await deliverDue(sameTransport)).toMatchObject({ claimed: 20, sent: 20, retrying: 0, failed: 0, lost: 0 });
    const people = peer.received.map((r) => r.envelopeTo[0]).filter((to) => to?.startsWith("person"));
    expect(new Set(people).size).toBe(20);
    expect(people).toHaveLength(20);
  });

  it("retries a message after a 451 and delivers it on the next attempt", async () => {
    peer = await startSmtpPeer({
      respond: (index) => (index === 0 ? { code: 451, message: "Try again later" } : undefined),
    });
    await queue();
    expect(await deliverDue(deps(peer.url))).toMatchObject({ retrying: 1 });
    expect((await db().outboxMessage.findFirstOrThrow()).lastError).toContain("451");
    clock.advance(retryDelayMs(1));
    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 1 });
    expect(peer.received).toHaveLength(1);
    expect(await db().outboxMessage.findFirstOrThrow()).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("pauses the whole relay after a 421, counting no attempt against the message", async () => {
    peer = await startSmtpPeer({
      respond: (index) => (index === 0 ? { code: 421, message: "Service not available" } : undefined),
    });
    await queue();
    expect(await deliverDue(deps(peer.url))).toMatchObject({ held: 1 });
    expect(await db().outboxMessage.findFirstOrThrow()).toMatchObject({ status: "queued", attempts: 0 });
    clock.advance(relayPauseMs(1));
    expect(await deliverDue(deps(peer.url))).toMatchObject({ sent: 1 });
  });

  it("marks a 550 failed with the reason after one attempt", async () => {
    peer = await startSmtpPeer({ respond: () => ({ code: 550, message: "No such user here" }) });
    await queue();
    expect(await deliverDue(deps(peer.url))).toMatchObject({ failed: 1 });
    const row = await db().outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "failed", attempts: 1, failedAt: clock.now() });
    expect(row.lastError).toContain("550");
    expect(row.lastError).toContain("No such user here");
    clock.advance(24 * 60 * 60_000);
    expect((await deliverDue(deps(peer.url))).claimed).toBe(0);
    expect(peer.attempts()).toBe(1);
  });

  it("gives up on a temporary failure only after the last attempt, keeping the row", async () => {
    peer = await startSmtpPeer({ respond: () => ({ code: 452, message: "Mailbox full" }) });
    await queue();
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await deliverDue({ ...deps(peer.url), maxAttempts: 3 });
      clock.advance(retryDelayMs(attempt));
    }
    expect(await db().outboxMessage.findFirstOrThrow()).toMatchObject({ status: "failed", attempts: 3 });
  });

  it("puts back a message whose worker died mid-send, and sends it with the same Message-ID", async () => {
    peer = await startSmtpPeer();
    const { id } = await queue();
    // A worker claimed it and then died.
    await db().outboxMessage.update({
      where: { id },
      data: { status: "sending", claimedAt: clock.now(), attempts: 1 },
    });
    expect(await requeueStale(db(), clock)).toBe(0); // not stale yet
    clock.advance(6 * 60_000);
    expect(await requeueStale(db(), clock)).toBe(1);
    await deliverDue(deps(peer.url));
    expect(peer.received.map((r) => r.mail.messageId)).toEqual([`<${id}@djangoonthemed.example>`]);
  });

  it("deletes delivered mail once it is older than the retention period", async () => {
    peer = await startSmtpPeer();
    await queue("old@example.org");
    await deliverDue(deps(peer.url));
    clock.advance(20 * 24 * 60 * 60_000);
    await queue("new@example.org");
    await deliverDue(deps(peer.url));
    await queue("waiting@example.org");

    clock.advance(11 * 24 * 60 * 60_000);
    expect(await purgeDelivered(db(), clock, 30)).toBe(1);
    const left = await db().outboxMessage.findMany({
      orderBy: { toAddress: "asc" },
      select: { toAddress: true, status: true },
    });
    expect(left).toEqual([
      { toAddress: "new@example.org", status: "sent" },
      { toAddress: "waiting@example.org", status: "queued" },
    ]);
  });
});

describe("what the outbox keeps once a message is finished", () => {
  it("deletes finally failed mail after the retention period, as it does sent mail", async () => {
    peer = await startSmtpPeer({ respond: () => ({ code: 550, message: "No such user here" }) });
    await queue("refused@example.org");
    await deliverDue(deps(peer.url));
    clock.advance(29 * 24 * 60 * 60_000);
    expect(await purgeDelivered(db(), clock, 30)).toBe(0);
    clock.advance(2 * 24 * 60 * 60_000);
    expect(await purgeDelivered(db(), clock, 30)).toBe(1);
    expect(await db().outboxMessage.count()).toBe(0);
  });

  it("holds no working link of a sent message, nor of a failed one after 7 days, only who, what and when", async () => {
    peer = await startSmtpPeer({ respond: () => undefined });
    const refusing = await startSmtpPeer({ respond: () => ({ code: 550, message: "No such user here" }) });
    try {
      await subscribe({ email: "sent@example.org", name: null, source: "footer" }, clock);
      const [sentToken] = await newsletterLinks("sent@example.org", "confirm");
      await deliverDue(deps(peer.url));
      await subscribe({ email: "refused@example.org", name: null, source: "footer" }, clock);
      const [refusedToken] = await newsletterLinks("refused@example.org", "confirm");
      await deliverDue(deps(refusing.url));
      // The links were live: the one that reached its owner works, from the email alone.
      expect(peer.received[0]!.mail.text).toContain(sentToken);
      expect(await confirmSubscription(sentToken!, clock)).toMatchObject({ ok: true });
      clock.advance(7 * 24 * 60 * 60_000);
      await purgeDelivered(db(), clock, 30);

      const rows = await db().outboxMessage.findMany({ orderBy: { toAddress: "asc" } });
      expect(rows.map((row) => [row.toAddress, row.status, row.subject])).toEqual([
        ["refused@example.org", "failed", "Confirm your subscription to Django on the Med"],
        ["sent@example.org", "sent", "Confirm your subscription to Django on the Med"],
      ]);
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(sentToken);
      expect(stored).not.toContain(refusedToken);
      expect(rows.every((row) => row.data === null && row.html === "" && row.text === "")).toBe(true);
    } finally {
      await refusing.close();
    }
  });
});
