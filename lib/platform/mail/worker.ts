import { randomUUID } from "node:crypto";
import type { Clock } from "../clock";
import { asStatements, iso, SQL } from "../database/statements";
import type { Db } from "../db";
import type { Attachment } from "./enqueue";
import { messageIdFor } from "./message-id";
import { endRelayFault } from "./relay-notice";
import { readRelayFault, recordRelayFault } from "./relay-state";
import { classifyFailure, type DeliveryError, type MailTransport } from "./transport";

export type DeliveryDeps = {
  db: Db;
  transport: MailTransport;
  clock: Clock;
  from: string;
  /** The right-hand side of every Message-ID, e.g. the site's host name. */
  messageIdDomain: string;
  batchSize?: number;
  maxAttempts?: number;
  /** The bound on the pause after a relay fault (MAIL_RELAY_MAX_PAUSE_SECONDS). */
  maxRelayPauseMs?: number;
};

/**
 * `lost`: claimed, then requeued as stale and left to the worker that took it over. `held`: put
 * back untouched because the relay itself failed (see classifyFailure), which pauses sending.
 */
export type DeliveryReport = {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  lost: number;
  held: number;
};

const MINUTE = 60_000;
export const STALE_CLAIM_MS = 5 * MINUTE;
/** A finally failed message keeps its body this long, so that an organizer can send it again. */
export const FAILED_BODY_KEPT_MS = 7 * 24 * 60 * MINUTE;
/** Writes of "sent" tried before giving up: a send that worked must not be mistaken for one that failed. */
const RECORD_TRIES = 3;
const DEFAULT_MAX_ATTEMPTS = 20;

/** 1, 2, 4 … minutes, at most an hour: twenty attempts span about fifteen hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(MINUTE * 2 ** (attempt - 1), 60 * MINUTE);
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

/**
 * Delivers one batch of due messages; each one ends sent, scheduled for a retry, or failed. A
 * fault of the relay (login, connection, TLS, MAIL FROM) is no message's: the message in hand
 * and the rest of the batch go back to the queue as they were, and sending pauses (the pause
 * grows, up to a bound) until a try works.
 */
export async function deliverDue(deps: DeliveryDeps): Promise<DeliveryReport> {
  const { db, clock } = deps;
  const report: DeliveryReport = { claimed: 0, sent: 0, retrying: 0, failed: 0, lost: 0, held: 0 };
  const fault = await readRelayFault(db);
  if (fault?.resumeAt && fault.resumeAt > clock.now()) return report;
  let relayFaulty = fault !== null;

  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const claimToken = randomUUID();
  const rows = await claimDue(db, clock.now(), deps.batchSize ?? 50, claimToken);
  report.claimed = rows.length;

  for (const row of rows) {
    if (!(await renewClaim(db, row.id, claimToken, clock.now()))) {
      report.lost += 1;
      continue;
    }
    const mine = { id: row.id, status: "sending" as const, claimToken };
    const failure = await trySend(deps, row);
    if (failure?.scope === "relay") {
      report.held += await holdForRelay(db, claimToken, failure.message);
      await recordRelayFault(db, clock.now(), failure.message, deps.maxRelayPauseMs);
      break;
    }
    if (relayFaulty && failure?.scope !== "retry") {
      // The relay took our login and sender, even if it refused this recipient for good: it
      // works again. (A retry proves less: a send that timed out is one.)
      relayFaulty = false;
      await db.$transaction((tx) => endRelayFault(tx, clock));
    }
    if (!failure) {
      report[(await recordSent(db, mine, clock.now())) ? "sent" : "lost"] += 1;
      continue;
    }
    const giveUp = failure.permanent || row.attempts >= maxAttempts;
    const now = clock.now();
    const { count } = await db.outboxMessage.updateMany({
      where: mine,
      data: giveUp
        ? { status: "failed", failedAt: now, lastError: failure.message, claimedAt: null, claimToken: null }
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
  return report;
}

async function trySend(deps: DeliveryDeps, row: ClaimedRow): Promise<DeliveryError | null> {
  try {
    await deps.transport.send({
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
    return null;
  } catch (error) {
    return classifyFailure(error);
  }
}

/**
 * Records a send that worked. A database error here is no delivery failure (the message left):
 * it is tried again, and if the database stays away the batch stops, leaving the row to the
 * stale-claim requeue (at least once, with the same Message-ID) rather than to a retry now.
 */
async function recordSent(db: Db, mine: { id: string; status: "sending"; claimToken: string }, now: Date) {
  for (let tries = 1; ; tries += 1) {
    try {
      const { count } = await db.outboxMessage.updateMany({
        where: mine,
        data: { ...WITHOUT_BODIES, status: "sent", sentAt: now, lastError: null },
      });
      return count === 1;
    } catch (error) {
      if (tries >= RECORD_TRIES)
        throw new Error(`message ${mine.id} was sent but could not be recorded: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100 * tries));
    }
  }
}

/** Puts this worker's claimed messages back as they were before the claim, bodies and attempts kept. */
async function holdForRelay(db: Db, claimToken: string, reason: string): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { status: "sending", claimToken },
    data: {
      status: "queued",
      claimedAt: null,
      claimToken: null,
      attempts: { decrement: 1 },
      lastError: `waiting for the relay: ${reason}`.slice(0, 500),
    },
  });
  return count;
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

/**
 * Deletes finished mail (sent or finally failed, and the dev mailbox) older than the retention
 * period: it holds personal data. A failed message's body goes after FAILED_BODY_KEPT_MS.
 */
export async function purgeDelivered(db: Db, clock: Clock, retentionDays: number): Promise<number> {
  const cutoff = new Date(clock.now().getTime() - retentionDays * 24 * 60 * MINUTE);
  const bodiesCutoff = new Date(clock.now().getTime() - FAILED_BODY_KEPT_MS);
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
    db.outboxMessage.updateMany({
      where: { status: "failed", failedAt: { lte: bodiesCutoff }, NOT: { text: "" } },
      data: WITHOUT_BODIES,
    }),
  ]);
  return sent.count;
}
