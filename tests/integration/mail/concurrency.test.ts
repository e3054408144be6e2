import { afterAll, describe, expect, it } from "vitest";
import { createAdapterFactory } from "@/lib/platform/database/adapter";
import { db, type Db } from "@/lib/platform/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { smtpTransport } from "@/lib/platform/mail/transport";
import {
  deliverDue,
  requeueStale,
  STALE_CLAIM_MS,
  type DeliveryDeps,
  type DeliveryReport,
} from "@/lib/platform/mail/worker";
import { startSmtpPeer } from "@/tests/fixtures/smtp-peer";
import { manualClock } from "@/tests/fixtures/test-clock";

const clock = manualClock("2031-01-15T09:00:00Z");
const others: PrismaClient[] = [];
afterAll(async () => {
  for (const client of others) await client.$disconnect();
});

/** On PostgreSQL a second client with its own connections, like another app instance. */
function secondClient(): Db {
  const choice = createAdapterFactory();
  if (choice.kind === "pglite") return db(); // one process, one connection: the workers interleave on it
  const client = new PrismaClient({ adapter: choice.factory });
  others.push(client);
  return client;
}

async function drain(deps: DeliveryDeps): Promise<number> {
  let sent = 0;
  for (;;) {
    const report = await deliverDue({ ...deps, batchSize: 20 });
    sent += report.sent;
    if (report.claimed === 0) return sent;
  }
}

describe("two workers over one outbox", () => {
  it("deliver 500 queued messages exactly once between them", async () => {
    const peer = await startSmtpPeer();
    const rows = Array.from({ length: 500 }, (_, i) => ({
      template: "notice",
      toAddress: `attendee${i}@example.org`,
      subject: `Message ${i}`,
      html: `<p>${i}</p>`,
      text: `${i}`,
      nextAttemptAt: clock.now(),
      createdAt: clock.now(),
    }));
    await db().outboxMessage.createMany({ data: rows });

    const common = { clock, from: "noreply@djangoonthemed.example", messageIdDomain: "djangoonthemed.example" };
    const a = smtpTransport(peer.url);
    const b = smtpTransport(peer.url);
    try {
      const [sentByA, sentByB] = await Promise.all([
        drain({ ...common, db: db(), transport: a }),
        drain({ ...common, db: secondClient(), transport: b }),
      ]);
      expect(sentByA + sentByB).toBe(500);
      expect(sentByA).toBeGreaterThan(0);
      expect(sentByB).toBeGreaterThan(0);
    } finally {
      a.close();
      b.close();
      await peer.close();
    }

    const recipients = peer.received.map((r) => r.envelopeTo[0]);
    expect(recipients).toHaveLength(500);
    expect(new Set(recipients).size).toBe(500);
    expect(await db().outboxMessage.count({ where: { status: "sent" } })).toBe(500);
  }, 120_000);
});

describe("a worker whose relay answers slowly", () => {
  const SEND_MS = 60_000; // the transport's longest allowed send
  const common = { clock, from: "noreply@djangoonthemed.example", messageIdDomain: "djangoonthemed.example" };

  async function queueMessages(count: number) {
    await db().outboxMessage.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        template: "notice",
        toAddress: `slow${i}@example.org`,
        subject: `Message ${i}`,
        html: `<p>${i}</p>`,
        text: `${i}`,
        nextAttemptAt: clock.now(),
        createdAt: clock.now(),
      })),
    });
  }

  it(
    "never sends a message twice when the other worker requeues the rest of its batch",
    { timeout: 90_000 },
    async () => {
      // Each reply takes the longest a send may take, on the injected clock; while worker A waits
      // for one, worker B runs its own round, as another instance's timer would.
      let duringA = true;
      let roundsOfB: Promise<DeliveryReport>[] = [];
      const transports: { close(): void }[] = [];
      const peer = await startSmtpPeer({
        respond: async () => {
          clock.advance(SEND_MS);
          if (duringA) {
            duringA = false;
            const round = (async () => {
              await requeueStale(db(), clock);
              return deliverDue({ ...common, db: secondClient(), transport: b, batchSize: 10 });
            })();
            roundsOfB.push(round);
            await round;
            duringA = true;
          }
          return undefined;
        },
      });
      const a = smtpTransport(peer.url);
      const b = smtpTransport(peer.url);
      transports.push(a, b);
      try {
        await queueMessages(10);
        const fromA = await deliverDue({ ...common, db: db(), transport: a, batchSize: 10 });
        const fromB = await Promise.all(roundsOfB);
        const sentByB = fromB.reduce((sum, report) => sum + report.sent, 0);
        // Six sends fit in A's claim (the sixth renewed at minute 5); B took the four still waiting.
        expect(fromA).toMatchObject({ claimed: 10, sent: 6, lost: 4 });
        expect(sentByB).toBe(4);
        const recipients = peer.received.map((r) => r.envelopeTo[0]);
        expect(recipients.toSorted()).toEqual(Array.from({ length: 10 }, (_, i) => `slow${i}@example.org`).toSorted());
        expect(await db().outboxMessage.count({ where: { status: "sent" } })).toBe(10);
      } finally {
        transports.forEach((t) => t.close());
        await peer.close();
        roundsOfB = [];
      }
    },
  );

  it("does not overwrite the outcome of the worker that took its message over", async () => {
    // A's send hangs past the stale threshold; B requeues the message and sends it; A's relay
    // then refuses, and B's send completes only after A has recorded what it could.
    let aRecorded!: () => void;
    const aDone = new Promise<void>((resolve) => (aRecorded = resolve));
    let bSending!: () => void;
    const bStarted = new Promise<void>((resolve) => (bSending = resolve));
    let roundOfB: Promise<DeliveryReport> | undefined;
    const peer = await startSmtpPeer({
      respond: async (index) => {
        if (index === 0) {
          clock.advance(STALE_CLAIM_MS + SEND_MS);
          roundOfB = (async () => {
            await requeueStale(db(), clock);
            return deliverDue({ ...common, db: secondClient(), transport: b });
          })();
          await bStarted;
          return { code: 550, message: "Refused after a long wait" };
        }
        bSending();
        await aDone;
        return undefined;
      },
    });
    const a = smtpTransport(peer.url);
    const b = smtpTransport(peer.url);
    try {
      await queueMessages(1);
      const fromA = await deliverDue({ ...common, db: db(), transport: a });
      aRecorded();
      const fromB = await roundOfB!;
      expect(fromA).toMatchObject({ sent: 0, failed: 0, lost: 1 });
      expect(fromB).toMatchObject({ sent: 1 });
      const row = await db().outboxMessage.findFirstOrThrow();
      expect(row).toMatchObject({ status: "sent", lastError: null, failedAt: null });
      expect(peer.received).toHaveLength(1);
    } finally {
      a.close();
      b.close();
      await peer.close();
    }
  });
});
