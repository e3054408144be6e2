import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";

const DAY_MS = 24 * 60 * 60_000;

/**
 * Forgets what is no longer needed: addresses that never confirmed (a week after their last
 * request), links past their expiry, and privacy requests once they can no longer be used.
 */
export async function newsletterHousekeeping(clock: Clock = appClock()) {
  const now = clock.now().getTime();
  const [unconfirmed, tokens, privacyRequests] = await Promise.all([
    db().subscriber.deleteMany({
      where: { status: "pending", confirmedAt: null, updatedAt: { lt: new Date(now - 7 * DAY_MS) } },
    }),
    db().subscriberToken.deleteMany({ where: { expiresAt: { lt: new Date(now - DAY_MS) } } }),
    db().privacyRequest.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
  ]);
  return {
    unconfirmedSubscribersForgotten: unconfirmed.count,
    linksPurged: tokens.count,
    privacyRequestsPurged: privacyRequests.count,
  };
}
