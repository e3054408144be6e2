import { prismaStatements } from "../database/statements";
import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { enqueueEmail, nudgeMailWorker } from "../mail";
import { HOUR_MS, lockAddress, MAILS_PER_ADDRESS_PER_HOUR, within, type Tx } from "../newsletter/address-lock";
import { newsletterUrls } from "../newsletter/links";
import { issueSubscriberToken } from "../newsletter/subscriber-tokens";
import { CONSENT_VERSION, consentText, type SubscribeSource } from "../newsletter/wording";
import { readSiteSettings } from "../site/load";

export type SubscribeRequest = { email: string; name: string | null; source: SubscribeSource };

const CONFIRM_VALID_MS = 48 * HOUR_MS;

export type SubscribeOutcome = "confirmation-sent" | "already-subscribed-notice" | "throttled";

/**
 * Someone asked for announcements. The caller answers "check your email" whatever this returns:
 * a new or lapsed address gets a confirmation link, a subscribed one a note saying so, and no
 * address gets more than a couple of emails an hour however often the form is sent.
 */
export async function subscribe(request: SubscribeRequest, clock: Clock = appClock()): Promise<SubscribeOutcome> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx) => {
    await lockAddress(tx, request.email);
    const subscriber =
      (await tx.subscriber.findUnique({ where: { email: request.email } })) ??
      (await tx.subscriber.create({ data: { email: request.email, createdAt: now, updatedAt: now } }));

    const recent = within(subscriber.recentConfirmMails, now, HOUR_MS);
    if (recent.length >= MAILS_PER_ADDRESS_PER_HOUR) return "throttled" as const;
    await tx.subscriber.update({
      where: { id: subscriber.id },
      data: { recentConfirmMails: [...recent, now], updatedAt: now },
    });

    if (subscriber.status === "confirmed") {
      await enqueueEmail(
        tx,
        {
          template: "newsletter-already",
          data: { name: subscriber.name, newsletterUrl: newsletterUrls.page() },
          to: { email: subscriber.email },
        },
        clock,
      );
      return "already-subscribed-notice" as const;
    }
    // The name waits with the request: it is only taken on once the address's owner confirms.
    await tx.consentEvent.create({
      data: {
        subscriberId: subscriber.id,
        kind: "requested",
        source: request.source,
        wordingVersion: CONSENT_VERSION,
        at: now,
      },
    });
    await sendConfirmLink(tx, subscriber.id, request, clock);
    return "confirmation-sent" as const;
  });
  if (outcome !== "throttled") nudgeMailWorker();
  return outcome;
}

async function sendConfirmLink(tx: Tx, subscriberId: string, request: SubscribeRequest, clock: Clock) {
  const now = clock.now();
  // An older link stops working once a newer one is sent.
  await tx.subscriberToken.updateMany({
    where: { subscriberId, purpose: "confirm", usedAt: null },
    data: { expiresAt: now },
  });
  const token = await issueSubscriberToken(
    tx,
    subscriberId,
    "confirm",
    new Date(now.getTime() + CONFIRM_VALID_MS),
    now,
  );
  await tx.subscriber.update({ where: { id: subscriberId }, data: { pendingName: request.name } });
  await enqueueEmail(
    tx,
    {
      template: "newsletter-confirm",
      data: {
        name: request.name,
        confirmUrl: newsletterUrls.confirm(token),
        expiresIn: "48 hours",
        consent: consentText((await readSiteSettings(prismaStatements(tx))).name),
      },
      to: { email: request.email, ...(request.name ? { name: request.name } : {}) },
    },
    clock,
  );
}
