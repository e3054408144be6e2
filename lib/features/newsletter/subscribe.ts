import { clock as appClock, type Clock } from "../../platform/clock";
import { SQL, iso } from "../../platform/database/statements";
import { statements } from "../../platform/db";
import { nudgeMailWorker, outboxRow } from "../../platform/mail";
import { HOUR_MS, MAILS_PER_ADDRESS_PER_HOUR } from "./address-lock";
import { newsletterUrls } from "./links";
import { CONSENT_VERSION, type SubscribeSource } from "./wording";
import { newToken } from "../../platform/security/tokens";

export type SubscribeRequest = { email: string; name: string | null; source: SubscribeSource };

const CONFIRM_VALID_MS = 48 * HOUR_MS;

export type SubscribeOutcome = "confirmation-sent" | "already-subscribed-notice" | "throttled";

/**
 * Someone asked for announcements. The caller answers "check your email" whatever this returns:
 * a new or lapsed address gets a confirmation link, a subscribed one a note saying so, and no
 * address gets more than a couple of emails an hour however often the form is sent.
 *
 * One statement (newsletter_subscribe_request, in
 * prisma/migrations/20261210200000_newsletter_subscribe_statement): this is the footer's form on
 * every public page, sent most on the day an edition opens. Inside it, the address's lock
 * serializes everything that decides whether to email the address (subscribing, privacy requests).
 */
export async function subscribe(request: SubscribeRequest, clock: Clock = appClock()): Promise<SubscribeOutcome> {
  const now = clock.now();
  const { token, hash } = newToken();
  // Both emails the call may queue, checked here; the database writes the one that applies.
  const confirmMail = outboxRow(
    {
      template: "newsletter-confirm",
      // The consent's words name the site as it is when the email is written (at send time).
      data: { name: request.name, confirmUrl: newsletterUrls.confirm(token), expiresIn: "48 hours" },
      to: { email: request.email, ...(request.name ? { name: request.name } : {}) },
    },
    now,
  );
  const alreadyMail = outboxRow(
    {
      template: "newsletter-already",
      data: { name: null, newsletterUrl: newsletterUrls.page() },
      to: { email: request.email },
    },
    now,
  );
  const [row] = await statements().rows<{ outcome: SubscribeOutcome }>(SQL`SELECT newsletter_subscribe_request(
      ${request.email}, ${request.name}, ${request.source}, ${CONSENT_VERSION}, ${at(now)}, ${MAILS_PER_ADDRESS_PER_HOUR}::int,
      ${hash}, ${at(new Date(now.getTime() + CONFIRM_VALID_MS))}, ${JSON.stringify(confirmMail)}::jsonb, ${JSON.stringify(alreadyMail)}::jsonb) AS outcome`);
  const outcome = row!.outcome;
  if (outcome !== "throttled") nudgeMailWorker();
  return outcome;
}

const at = (instant: Date) => SQL`${iso(instant)}::timestamptz AT TIME ZONE 'UTC'`;
