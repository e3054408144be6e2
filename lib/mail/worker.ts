import { randomUUID } from "node:crypto";
import type { Clock } from "../clock";
import { asStatements, iso, SQL } from "../database/statements";
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

/** `lost`: claimed, then requeued as stale and left to the worker that took it over. */
export type DeliveryReport = { claimed: number; sent: number; retrying: number; failed: number; lost: number };

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
  replyTo: string | null;
  attempts: number;
};

/**
 * Takes due messages for this worker alone: SKIP LOCKED lets several workers (one per app
 * instance) claim disjoint rows at the same time. The claim's token fences every later update.
 */
async function claimDue(db: Db, now: Date, limit: number, claimToken: string): Promise<ClaimedRow[]> {
  return asStatements(db).rows<ClaimedRow>(SQL`
    UPDATE "OutboxMessage"
    SET status = 'sending', "claimedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC', "claimToken" = ${claimToken}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'queued' AND "nextAttemptAt" <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "toAddress", "toName", subject, html, text, headers, attachments, "replyTo", attempts`);
}

/**
 * Renews the claim on one message right before it is sent; false if the claim was lost. A batch
 * is sent one message at a time, each send bounded by the transport's timeout (60 s), which is
 * well inside STALE_CLAIM_MS: so a renewed claim cannot go stale while its send is under way,
 * and messages still waiting their turn may be requeued and taken by another worker, whose
 * claim then fences this one out. Renewing per message keeps the batch size free of the
 * threshold, where a threshold of batch size × send timeout would leave a dead worker's
 * messages waiting for an hour.
 */
async function renewClaim(db: Db, id: string, claimToken: string, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: "sending", claimToken },
    data: { claimedAt: now },
  });
  return count === 1;
}

/** What a finished message keeps: who, what, when and how it ended; its bodies held working links. */
const WITHOUT_BODIES = {
  html: "",
  text: "",
  headers: {},
  attachments: [],
  replyTo: null,
  claimedAt: null,
  claimToken: null,
};

/** Delivers one batch of due messages; each one ends sent, scheduled for a retry, or failed. */
export async function deliverDue(deps: DeliveryDeps): Promise<DeliveryReport> {
  const { db, transport, clock } = deps;
  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const claimToken = randomUUID();
  const rows = await claimDue(db, clock.now(), deps.batchSize ?? 50, claimToken);
  const report: DeliveryReport = { claimed: rows.length, sent: 0, retrying: 0, failed: 0, lost: 0 };

  for (const row of rows) {
    if (!(await renewClaim(db, row.id, claimToken, clock.now()))) {
      report.lost += 1;
      continue;
    }
    const mine = { id: row.id, status: "sending" as const, claimToken };
    try {
      await transport.send({
        messageId: messageIdFor(row.id, deps.messageIdDomain),
        from: deps.from,
        to: { email: row.toAddress, name: row.toName },
        subject: row.subject,
        html: row.html,
        text: row.text,
        headers: row.headers,
        replyTo: row.replyTo,
        attachments: row.attachments,
      });
      const { count } = await db.outboxMessage.updateMany({
        where: mine,
        data: { ...WITHOUT_BODIES, status: "sent", sentAt: clock.now(), lastError: null },
      });
      report[count === 1 ? "sent" : "lost"] += 1;
    } catch (error) {
      const failure = classifyFailure(error);
      const giveUp = failure.permanent || row.attempts >= maxAttempts;
      const now = clock.now();
      const { count } = await db.outboxMessage.updateMany({
        where: mine,
        data: giveUp
          ? { ...WITHOUT_BODIES, status: "failed", failedAt: now, lastError: failure.message }
          : {
              status: "queued",
              claimedAt: null,
              claimToken: null,
              lastError: failure.message,
              nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
            },
      });
      report[count === 0 ? "lost" : giveUp ? "failed" : "retrying"] += 1;
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
    data: {
      status: "queued",
      claimedAt: null,
      claimToken: null,
      nextAttemptAt: now,
      lastError: "requeued after an interrupted send",
    },
  });
  return count;
}

/** Deletes finished mail (sent or finally failed, and the dev mailbox) older than the retention period: it holds personal data. */
export async function purgeDelivered(db: Db, clock: Clock, retentionDays: number): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - retentionDays * 24 * 60 * MINUTE);
  const [sent] = await db.$transaction([
    db.outboxMessage.deleteMany({
      where: {
        OR: [
          { status: "sent", sentAt: { lt: cutoff } },
          { status: "failed", failedAt: { lt: cutoff } },
        ],
      },
    }),
    db.devMailboxMessage.deleteMany({ where: { receivedAt: { lt: cutoff } } }),
  ]);
  return sent.count;
}
