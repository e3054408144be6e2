import { randomUUID } from "node:crypto";
import type { Clock } from "../clock";
import { Prisma } from "../../generated/prisma/client";
import { asStatements, iso, SQL, type Statements } from "../database/statements";
import type { Db } from "../db";
import { isSingleLine } from "../validation/email";
import type { Attachment } from "./enqueue";
import type { Rendered } from "./layout";
import { messageIdFor } from "./message-id";
import { endRelayFault } from "./relay-notice";
import { recordRelayFault, relayStateForBatch } from "./relay-state";
import { mailRenderer, type MailRenderer, type RenderOne } from "./templates";
import { RENDER_FAILURE } from "./wording";
import { classifyFailure, DeliveryError, type MailTransport } from "./transport";

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
  /** The templates, composed in lib/server/mail-templates.ts; by default the one it installed. */
  renderer?: MailRenderer;
  /**
   * Plain statements for what every batch and message does (the relay's state, the claim, the
   * site's settings, renewing a claim, recording a send): by default through `db`; the app's
   * worker passes the bare driver's, which costs far less CPU per statement during a rush
   * (decision 005).
   */
  sql?: Statements;
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
/** A finally failed message keeps its data (or body) this long, so that an organizer can send it again. */
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
  template: string;
  toAddress: string;
  toName: string | null;
  /** The template's data, rendered now; null for a row queued with its bodies already rendered. */
  data: unknown;
  subject: string | null;
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
async function claimDue(sql: Statements, now: Date, limit: number, claimToken: string): Promise<ClaimedRow[]> {
  return sql.rows<ClaimedRow>(SQL`
    UPDATE "OutboxMessage"
    SET status = 'sending', "claimedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC', "claimToken" = ${claimToken}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'queued' AND "nextAttemptAt" <= ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
      ORDER BY "nextAttemptAt", id
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, template, "toAddress", "toName", data, subject, html, text, headers, attachments, "replyTo", attempts`);
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
async function renewClaim(sql: Statements, id: string, claimToken: string, now: Date): Promise<boolean> {
  const count = await sql.run(SQL`
    UPDATE "OutboxMessage" SET "claimedAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC'
    WHERE id = ${id} AND status = 'sending' AND "claimToken" = ${claimToken}`);
  return count === 1;
}

/** What a finished message keeps: who, what, when and how it ended; its data and bodies held working links. */
const WITHOUT_BODIES = {
  data: Prisma.DbNull,
  html: "",
  text: "",
  headers: {},
  attachments: [],
  replyTo: null,
  claimedAt: null,
  claimToken: null,
};

/**
 * Delivers one batch of due messages; each one ends sent, scheduled for a retry, or failed. Each
 * is rendered right before it is sent, with the site's settings read once for the batch. A
 * fault of the relay (login, connection, TLS, MAIL FROM) is no message's: the message in hand
 * and the rest of the batch go back to the queue as they were, and sending pauses (the pause
 * grows, up to a bound) until a try works.
 */
export async function deliverDue(deps: DeliveryDeps): Promise<DeliveryReport> {
  const { db, clock } = deps;
  const report: DeliveryReport = { claimed: 0, sent: 0, retrying: 0, failed: 0, lost: 0, held: 0 };
  const sql = deps.sql ?? asStatements(db);
  const relay = await relayStateForBatch(sql, clock.now());
  if (relay.paused) return report;
  let relayFaulty = relay.faulty;

  const maxAttempts = deps.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const claimToken = randomUUID();
  const rows = await claimDue(sql, clock.now(), deps.batchSize ?? 50, claimToken);
  report.claimed = rows.length;
  const render = await prepareRendering(deps, sql, rows, claimToken);

  for (const row of rows) {
    if (!(await renewClaim(sql, row.id, claimToken, clock.now()))) {
      report.lost += 1;
      continue;
    }
    const mine = { id: row.id, status: "sending" as const, claimToken };
    const written = writeMessage(render, row);
    if (written instanceof DeliveryError) {
      const { count } = await db.outboxMessage.updateMany({
        where: mine,
        data: {
          status: "failed",
          failedAt: clock.now(),
          lastError: written.message,
          claimedAt: null,
          claimToken: null,
        },
      });
      report[count === 0 ? "lost" : "failed"] += 1;
      continue;
    }
    const subject = written.subject;
    const failure = await trySend(deps, row, written);
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
      report[(await recordSent(sql, mine, subject, clock.now())) ? "sent" : "lost"] += 1;
      continue;
    }
    const giveUp = failure.permanent || row.attempts >= maxAttempts;
    const now = clock.now();
    const { count } = await db.outboxMessage.updateMany({
      where: mine,
      data: giveUp
        ? { status: "failed", subject, failedAt: now, lastError: failure.message, claimedAt: null, claimToken: null }
        : {
            status: "queued",
            subject,
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

/**
 * Reads the site's settings once for the batch, if any claimed message is to be rendered. If
 * that fails (the database, or no templates installed), the batch goes back as it was.
 */
async function prepareRendering(deps: DeliveryDeps, sql: Statements, rows: ClaimedRow[], claimToken: string) {
  if (!rows.some((row) => row.data !== null)) return null;
  try {
    return await (deps.renderer ?? mailRenderer()).prepare(sql);
  } catch (error) {
    await putBack(deps.db, claimToken, `could not render: ${(error as Error).message}`);
    throw error;
  }
}

/**
 * The message to send: rendered now from its template and data, with the site's settings
 * current now, or the bodies a row queued before rendering moved to the worker has. A template
 * that is unknown, fails, or yields a subject that is not one short line fails this message
 * for good (the site's fault, not the receiver's: retrying would render the same).
 */
function writeMessage(render: RenderOne | null, row: ClaimedRow): Rendered | DeliveryError {
  if (row.data === null) return { subject: row.subject ?? "", html: row.html, text: row.text };
  let rendered: Rendered;
  try {
    rendered = render!(row.template, row.data);
  } catch (error) {
    return new DeliveryError(`${RENDER_FAILURE} ${(error as Error).message}`.slice(0, 500), "render");
  }
  if (typeof rendered.subject !== "string" || !isSingleLine(rendered.subject) || rendered.subject.length > 250) {
    return new DeliveryError(`${RENDER_FAILURE} the subject is not one short line`, "render");
  }
  return rendered;
}

async function trySend(deps: DeliveryDeps, row: ClaimedRow, mail: Rendered): Promise<DeliveryError | null> {
  try {
    await deps.transport.send({
      messageId: messageIdFor(row.id, deps.messageIdDomain),
      from: deps.from,
      to: { email: row.toAddress, name: row.toName },
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
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
async function recordSent(
  sql: Statements,
  mine: { id: string; status: "sending"; claimToken: string },
  subject: string,
  now: Date,
) {
  for (let tries = 1; ; tries += 1) {
    try {
      // What a finished message keeps (WITHOUT_BODIES): who, what, when and how it ended.
      const count = await sql.run(SQL`
        UPDATE "OutboxMessage"
        SET status = 'sent', subject = ${subject}, "sentAt" = ${iso(now)}::timestamptz AT TIME ZONE 'UTC',
          "lastError" = NULL, data = NULL, html = '', text = '', headers = '{}'::jsonb, attachments = '[]'::jsonb,
          "replyTo" = NULL, "claimedAt" = NULL, "claimToken" = NULL
        WHERE id = ${mine.id} AND status = 'sending' AND "claimToken" = ${mine.claimToken}`);
      return count === 1;
    } catch (error) {
      if (tries >= RECORD_TRIES)
        throw new Error(`message ${mine.id} was sent but could not be recorded: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100 * tries));
    }
  }
}

/** Puts this worker's claimed messages back as they were before the claim, bodies and attempts kept. */
async function putBack(db: Db, claimToken: string, lastError: string): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { status: "sending", claimToken },
    data: {
      status: "queued",
      claimedAt: null,
      claimToken: null,
      attempts: { decrement: 1 },
      lastError: lastError.slice(0, 500),
    },
  });
  return count;
}

const holdForRelay = (db: Db, claimToken: string, reason: string) =>
  putBack(db, claimToken, `waiting for the relay: ${reason}`);

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
 * period: it holds personal data. A failed message's data and body go after FAILED_BODY_KEPT_MS.
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
      where: {
        status: "failed",
        failedAt: { lte: bodiesCutoff },
        OR: [{ data: { not: Prisma.DbNull } }, { NOT: { text: "" } }],
      },
      data: WITHOUT_BODIES,
    }),
  ]);
  return sent.count;
}
