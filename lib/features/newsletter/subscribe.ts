import { clock as appClock, type Clock } from "../../platform/clock";
import { SQL, iso, newRowId, type Statements } from "../../platform/database/statements";
import { transaction } from "../../platform/db";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { HOUR_MS, lockAddress, MAILS_PER_ADDRESS_PER_HOUR } from "./address-lock";
import { newsletterUrls } from "./links";
import { CONSENT_VERSION, consentText, type SubscribeSource } from "./wording";
import { newToken } from "../../platform/security/tokens";
import { readSiteSettings } from "../site";

export type SubscribeRequest = { email: string; name: string | null; source: SubscribeSource };

const CONFIRM_VALID_MS = 48 * HOUR_MS;

export type SubscribeOutcome = "confirmation-sent" | "already-subscribed-notice" | "throttled";

type Subscriber = { id: string; name: string | null; status: string; recentMails: number };

/**
 * Someone asked for announcements. The caller answers "check your email" whatever this returns:
 * a new or lapsed address gets a confirmation link, a subscribed one a note saying so, and no
 * address gets more than a couple of emails an hour however often the form is sent.
 *
 * Plain statements in one transaction (lib/platform/db.ts): this is the footer's form on every public
 * page, sent most on the day an edition opens. The address's lock serializes everything that
 * decides whether to email it (subscribing, privacy requests).
 */
export async function subscribe(request: SubscribeRequest, clock: Clock = appClock()): Promise<SubscribeOutcome> {
  const now = clock.now();
  const outcome = await transaction(async (sql) => {
    await lockAddress(sql, request.email);
    const subscriber = await findOrCreateSubscriber(sql, request.email, now);
    if (subscriber.recentMails >= MAILS_PER_ADDRESS_PER_HOUR) return "throttled" as const;
    if (subscriber.status === "confirmed") {
      await countMail(sql, subscriber.id, now);
      await enqueueEmail(
        sql,
        {
          template: "newsletter-already",
          data: { name: subscriber.name, newsletterUrl: newsletterUrls.page() },
          to: { email: request.email },
        },
        clock,
      );
      return "already-subscribed-notice" as const;
    }
    const token = await recordRequest(sql, subscriber.id, request, now);
    await enqueueEmail(
      sql,
      {
        template: "newsletter-confirm",
        data: {
          name: request.name,
          confirmUrl: newsletterUrls.confirm(token),
          expiresIn: "48 hours",
          consent: consentText((await readSiteSettings(sql)).name),
        },
        to: { email: request.email, ...(request.name ? { name: request.name } : {}) },
      },
      clock,
    );
    return "confirmation-sent" as const;
  });
  if (outcome !== "throttled") nudgeMailWorker();
  return outcome;
}

const at = (instant: Date) => SQL`${iso(instant)}::timestamptz AT TIME ZONE 'UTC'`;

/** The address's subscriber, made if new, with how many emails it was sent in the last hour. */
async function findOrCreateSubscriber(sql: Statements, email: string, now: Date): Promise<Subscriber> {
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  const recent = SQL`(SELECT count(*)::int FROM unnest("recentConfirmMails") AS sent WHERE sent > ${at(hourAgo)})`;
  const find = () =>
    sql.rows<Subscriber>(SQL`WITH made AS (
        INSERT INTO "Subscriber" (id, email, "createdAt", "updatedAt", "recentConfirmMails")
        VALUES (${newRowId()}, ${email}, ${at(now)}, ${at(now)}, '{}')
        ON CONFLICT (email) DO NOTHING
        RETURNING id, name, status::text AS status, 0 AS "recentMails")
      SELECT * FROM made
      UNION ALL
      SELECT id, name, status::text, ${recent} FROM "Subscriber" WHERE email = ${email} AND NOT EXISTS (SELECT 1 FROM made)`);
  // A confirmation that subscribes the same address (it takes no address lock) may have
  // committed it after this statement began: the second look sees it.
  const [subscriber] = await find();
  if (subscriber) return subscriber;
  const [committedMeanwhile] = await find();
  if (!committedMeanwhile) throw new Error("the subscriber row was neither made nor found");
  return committedMeanwhile;
}

/** Counts one more email to the address, forgetting those older than an hour. */
function keepRecentMails(now: Date) {
  const hourAgo = new Date(now.getTime() - HOUR_MS);
  return SQL`"recentConfirmMails" = ARRAY(SELECT sent FROM unnest("recentConfirmMails") AS sent WHERE sent > ${at(hourAgo)}) || ${at(now)}, "updatedAt" = ${at(now)}`;
}

async function countMail(sql: Statements, subscriberId: string, now: Date): Promise<void> {
  await sql.run(SQL`UPDATE "Subscriber" SET ${keepRecentMails(now)} WHERE id = ${subscriberId}`);
}

/**
 * In one statement: the request in the consent record (the wording the person saw, and where),
 * the name waiting with it (taken on only once the address's owner confirms), the email
 * counted, earlier confirmation links ended, and a new one stored hashed. Returns that link's token.
 */
async function recordRequest(
  sql: Statements,
  subscriberId: string,
  request: SubscribeRequest,
  now: Date,
): Promise<string> {
  const { token, hash } = newToken();
  const expiresAt = new Date(now.getTime() + CONFIRM_VALID_MS);
  await sql.run(SQL`WITH
      consent AS (
        INSERT INTO "ConsentEvent" (id, "subscriberId", kind, source, "wordingVersion", at)
        VALUES (${newRowId()}, ${subscriberId}, 'requested', ${request.source}, ${CONSENT_VERSION}, ${at(now)})),
      subscriber AS (
        UPDATE "Subscriber" SET "pendingName" = ${request.name}, ${keepRecentMails(now)} WHERE id = ${subscriberId}),
      earlier AS (
        UPDATE "SubscriberToken" SET "expiresAt" = ${at(now)}
        WHERE "subscriberId" = ${subscriberId} AND purpose = 'confirm' AND "usedAt" IS NULL)
    INSERT INTO "SubscriberToken" (id, "subscriberId", purpose, "tokenHash", "expiresAt", "createdAt")
    VALUES (${newRowId()}, ${subscriberId}, 'confirm', ${hash}, ${at(expiresAt)}, ${at(now)})`);
  return token;
}
