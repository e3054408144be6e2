import type { Prisma } from "../../generated/prisma/client";
import type { Clock } from "../clock";
import { clock as appClock } from "../clock";
import { isDeliverableAddress, isSingleLine } from "../validation/email";
import { SQL, asStatements, iso, newRowId, type RawCapable, type Sql, type Statements } from "../database/statements";
import { mailRenderer, type TemplateData, type TemplateName } from "./templates";

/** A transaction client, or the client itself: the row commits with whatever the caller does. */
type Tx = Pick<Prisma.TransactionClient, "outboxMessage">;

export type Attachment = { filename: string; contentType: string; content: string; encoding?: "base64" | "utf8" };

export type EmailRequest<Name extends TemplateName> = {
  template: Name;
  data: TemplateData<Name>;
  to: { email: string; name?: string };
  headers?: Record<string, string>;
  attachments?: Attachment[];
  /**
   * Where replies go: only the room-share relay sets it (REPLY_TO_TEMPLATES), so that the
   * recipient answers the attendee who wrote; it is never a free header.
   */
  replyTo?: { email: string; name?: string };
};

export class InvalidEmailError extends Error {
  constructor(reason: string) {
    super(`Refusing to queue an email: ${reason}`);
    this.name = "InvalidEmailError";
  }
}

const HEADER_NAME = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
// Set from the row by the worker; a caller may not override them.
const RESERVED_HEADERS = new Set(["to", "from", "cc", "bcc", "subject", "message-id", "date", "reply-to", "sender"]);

function check(condition: boolean, reason: string): void {
  if (!condition) throw new InvalidEmailError(reason);
}

/**
 * Checks one request into the row the worker will render and deliver. What depends on the
 * rendering (the subject) is checked by the worker at send time. Exported for a database
 * function that decides which of several checked rows to write (newsletter_subscribe_request).
 */
export function outboxRow<Name extends TemplateName>(request: EmailRequest<Name>, now: Date) {
  const { email, name } = request.to;
  check(isDeliverableAddress(email), "the recipient address is not a plain address");
  check(name === undefined || (isSingleLine(name) && name.length <= 200), "the recipient name must be one short line");
  for (const [header, value] of Object.entries(request.headers ?? {})) {
    check(HEADER_NAME.test(header) && !RESERVED_HEADERS.has(header.toLowerCase()), `header ${header} is not allowed`);
    check(isSingleLine(value), `header ${header} must be one line`);
  }
  if (request.replyTo) {
    check(mailRenderer().repliesElsewhere.has(request.template), "only the room-share relay sets Reply-To");
    check(isDeliverableAddress(request.replyTo.email), "the Reply-To address is not a plain address");
    check(
      request.replyTo.name === undefined || isSingleLine(request.replyTo.name),
      "the Reply-To name must be one line",
    );
  }
  for (const attachment of request.attachments ?? []) {
    check(
      isSingleLine(attachment.filename) && isSingleLine(attachment.contentType),
      "attachment names must be one line",
    );
  }
  return {
    template: request.template,
    toAddress: email,
    toName: name,
    data: request.data as Prisma.InputJsonValue,
    headers: request.headers ?? {},
    attachments: request.attachments ?? [],
    replyTo: request.replyTo ? formatAddress(request.replyTo) : null,
    nextAttemptAt: now,
    createdAt: now,
  };
}

/**
 * Writes a message's template and data to the outbox inside the caller's transaction (a Prisma
 * one, or plain statements): if the transaction rolls back nothing is sent, and once it commits
 * the worker renders and delivers it. Nothing is rendered or read here: one statement.
 */
export async function enqueueEmail<Name extends TemplateName>(
  tx: Statements | RawCapable,
  request: EmailRequest<Name>,
  clock: Clock = appClock(),
): Promise<{ id: string }> {
  const id = newRowId();
  await asStatements(tx).run(outboxInsert(request, clock.now(), id));
  return { id };
}

/**
 * enqueueEmail's statement, checked the same way, for a caller that sends it as part of a larger
 * one (a data-modifying WITH): the row is written only `when` holds.
 */
export function outboxInsert<Name extends TemplateName>(
  request: EmailRequest<Name>,
  now: Date,
  id: string = newRowId(),
  when: Sql = SQL`true`,
): Sql {
  const row = outboxRow(request, now);
  return SQL`INSERT INTO "OutboxMessage" (id, template, "toAddress", "toName", data, headers, attachments, "replyTo", "nextAttemptAt", "createdAt")
     SELECT ${id}, ${row.template}, ${row.toAddress}, ${row.toName ?? null}, ${JSON.stringify(row.data)}::jsonb, ${JSON.stringify(row.headers)}::jsonb, ${JSON.stringify(row.attachments)}::jsonb, ${row.replyTo}, ${iso(row.createdAt)}::timestamptz AT TIME ZONE 'UTC', ${iso(row.createdAt)}::timestamptz AT TIME ZONE 'UTC'
     WHERE ${when}`;
}

/** Many messages in one statement (an announcement's batch); each is checked like enqueueEmail's. */
export async function enqueueEmails<Name extends TemplateName>(
  tx: Tx,
  requests: EmailRequest<Name>[],
  clock: Clock = appClock(),
): Promise<number> {
  const now = clock.now();
  const rows = requests.map((request) => outboxRow(request, now));
  if (rows.length === 0) return 0;
  return (await tx.outboxMessage.createMany({ data: rows })).count;
}

/** "Name <address>" with the name quoted as RFC 5322 wants, or the bare address. */
function formatAddress({ email, name }: { email: string; name?: string }): string {
  return name ? `"${name.replace(/["\\]/g, "")}" <${email}>` : email;
}
