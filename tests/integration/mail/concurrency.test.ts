import { afterAll, describe, expect, it } from "vitest";
import { createAdapterFactory } from "@/lib/database/adapter";
import { db, type Db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { smtpTransport } from "@/lib/mail/transport";
import { deliverDue, type DeliveryDeps } from "@/lib/mail/worker";
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
