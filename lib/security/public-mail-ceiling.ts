import { clock as appClock, type Clock } from "../clock";
import { iso, SQL } from "../database/statements";
import { db, statements } from "../db";
import { env } from "../env";
import { log } from "../log";
import { enqueueEmails, nudgeMailWorker } from "../mail";
import { allowAttempt } from "./rate-limit";

/**
 * The messages anyone can make the site send to an address of their choosing. Mail to organizers
 * and to confirmed attendees is not here: nobody outside can cause it at will.
 */
export const PUBLIC_FORM_TEMPLATES = [
  "registration-confirm",
  "registration-already",
  "newsletter-confirm",
  "newsletter-already",
  "host-proposal-received",
  "privacy-confirm",
] as const;

export const BUSY_MESSAGE = "We are busy right now, please try again later. Nothing was sent.";

const HOUR = 60 * 60_000;

/**
 * Whether the public forms have caused PUBLIC_MAIL_PER_HOUR messages in the last hour. Without a
 * trusted client address only per-recipient limits apply, so this keeps one client from making
 * the site mail strangers without end (and ruining its sending domain's reputation).
 */
export async function publicMailCeilingReached(
  clock: Clock = appClock(),
  ceiling = env().publicMailPerHour,
): Promise<boolean> {
  const since = new Date(clock.now().getTime() - HOUR);
  // Plain SQL: every public form's submission asks, and Prisma's planning would cost more than
  // this index range read, which stops at the ceiling.
  const [row] = await statements().rows<{ n: number }>(SQL`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "OutboxMessage"
      WHERE template = ANY(${[...PUBLIC_FORM_TEMPLATES]}::text[]) AND "createdAt" > ${iso(since)}::timestamptz AT TIME ZONE 'UTC'
      LIMIT ${ceiling}
    ) recent`);
  return row!.n >= ceiling;
}

/** Tells the organizers, once an hour at most, that the public forms are being refused. */
export async function alertOrganizersOfCeiling(
  clock: Clock = appClock(),
  ceiling = env().publicMailPerHour,
): Promise<void> {
  if (!(await allowAttempt("public-mail-alert", "site", clock))) return;
  const added = await db().organizer.findMany({ where: { revokedAt: null }, select: { email: true } });
  const recipients = [...new Set([...env().organizerEmails, ...added.map((organizer) => organizer.email)])];
  log.warn("mail.public_ceiling_reached", { ceiling, organizersAlerted: recipients.length });
  await enqueueEmails(
    db(),
    recipients.map((email) => ({
      template: "notice" as const,
      data: {
        subject: "The public forms are refusing requests",
        paragraphs: [
          `The registration, newsletter, host and privacy forms have caused ${ceiling} emails in the last hour, the site-wide ceiling (PUBLIC_MAIL_PER_HOUR).`,
          'Until the hour\'s count falls below it, they answer "we are busy, please try again later" and send nothing. If this is a real rush, raise PUBLIC_MAIL_PER_HOUR; if not, someone may be using the forms to send mail to strangers.',
        ],
      },
      to: { email },
    })),
    clock,
  );
  nudgeMailWorker();
}

/** For the public forms' actions: true when they may go ahead; otherwise the organizers are alerted. */
export async function publicMailAllowed(clock: Clock = appClock()): Promise<boolean> {
  if (!(await publicMailCeilingReached(clock))) return true;
  await alertOrganizersOfCeiling(clock);
  return false;
}
