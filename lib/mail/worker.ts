import type { Clock } from "../clock";
import type { Db } from "../db";
import type { Attachment } from "./enqueue";
import { classifyFailure, type MailTransport } from "./transport";

export type DeliveryDeps = {
  db: Db;
  transport: MailTransport;
  clock: Clock;
  from: string;
  /** The right-hand side of every Message-ID, e.g. the site's host name. */
  messageIdDomain: string;
  batchSize?: number;
  maxAttempts?: number;
};

export type DeliveryReport = { claimed: number; sent: number; retrying: number; failed: number };

const MINUTE = 60_000;
export const STALE_CLAIM_MS = 5 * MINUTE;
const DEFAULT_MAX_ATTEMPTS = 20;

/** 1, 2, 4 … minutes, at most an hour: twenty attempts span about fifteen hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(MINUTE * 2 ** (attempt - 1), 60 * MINUTE);
}

export function messageIdFor(rowId: string, domain: string): string {
  return `<${rowId}@${domain}>`;
}

type ClaimedRow = {
  id: string;
  toAddress: string;
  toName: string | null;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
  attachments: Attachment[];
  attempts: number;
};

/**
 * Takes due messages for this worker alone: SKIP LOCKED lets several workers (one per app
 * instance) claim disjoint rows at the same time.
 */
async function claimDue(db: Db, now: Date, limit: number): Promise<ClaimedRow[]> {
  return db.$queryRaw<ClaimedRow[]>`
    UPDATE "OutboxMessage"
    SET status = 'sending', "claimedAt" = ${now}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'queued' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "toAddress", "toName", subject, html, text, headers, attachments, attempts`;
}

/** Delivers one batch of due messages; each one ends sent, scheduled for a retry, or failed. */
export async function deliverDue(deps: DeliveryDeps): Promise<DeliveryReport> {
  const { db, transport, clock } = deps;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const rows = await claimDue(db, clock.now(), deps.batchSize ?? 50);
  const report: DeliveryReport = { claimed: rows.length, sent: 0, retrying: 0, failed: 0 };

  for (const row of rows) {
    try {
      await transport.send({
        messageId: messageIdFor(row.id, deps.messageIdDomain),
        from: deps.from,
        to: { email: row.toAddress, name: row.toName },
        subject: row.subject,
        html: row.html,
        text: row.text,
        headers: row.headers,
        attachments: row.attachments,
      });
      await db.outboxMessage.updateMany({
        where: { id: row.id, status: "sending" },
        data: { status: "sent", sentAt: clock.now(), claimedAt: null, lastError: null },
      });
      report.sent += 1;
    } catch (error) {
      const failure = classifyFailure(error);
      const giveUp = failure.permanent || row.attempts >= maxAttempts;
      const now = clock.now();
      await db.outboxMessage.updateMany({
        where: { id: row.id, status: "sending" },
        data: giveUp
          ? { status: "failed", failedAt: now, claimedAt: null, lastError: failure.message }
          : {
              status: "queued",
              claimedAt: null,
              lastError: failure.message,
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
            },
      });
      if (giveUp) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}

/**
 * Puts back messages whose worker died mid-send. Such a message may have left already:
 * delivery is at least once, and the unchanged Message-ID lets receivers drop the duplicate.
 */
export async function requeueStale(db: Db, clock: Clock, staleAfterMs = STALE_CLAIM_MS): Promise<number> {
  const now = clock.now();
  const { count } = await db.outboxMessage.updateMany({
    where: { status: "sending", claimedAt: { lt: new Date(now.getTime() - staleAfterMs) } },
    data: { status: "queued", claimedAt: null, nextAttemptAt: now, lastError: "requeued after an interrupted send" },
  });
  return count;
}

/** Deletes delivered mail (and the dev mailbox) older than the retention period: it holds personal data. */
export async function purgeDelivered(db: Db, clock: Clock, retentionDays: number): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - retentionDays * 24 * 60 * MINUTE);
  const [sent] = await db.$transaction([
    db.outboxMessage.deleteMany({ where: { status: "sent", sentAt: { lt: cutoff } } }),
    db.devMailboxMessage.deleteMany({ where: { receivedAt: { lt: cutoff } } }),
  ]);
  return sent.count;
}
