import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { latestRequest } from "./consent";
import { lookUpSubscriberToken } from "./subscriber-tokens";

export type ConfirmSubscriptionOutcome =
  { ok: true; email: string } | { ok: false; problem: "invalid" | "expired" | "used" };

/** The owner of the address pressed Confirm: from now on they receive announcements. */
export async function confirmSubscription(
  token: string,
  clock: Clock = appClock(),
): Promise<ConfirmSubscriptionOutcome> {
  const now = clock.now();
  return db().$transaction(async (tx): Promise<ConfirmSubscriptionOutcome> => {
    const found = await lookUpSubscriberToken(tx, token, "confirm", now);
    if (!found.ok) return found;
    // Of two presses, one spends the link and the other is told it was used.
    const spent = await tx.subscriberToken.updateMany({
      where: { id: found.tokenId, usedAt: null },
      data: { usedAt: now },
    });
    if (spent.count === 0) return { ok: false, problem: "used" };
    const { subscriber } = found;
    const pending = await tx.subscriber.findUniqueOrThrow({
      where: { id: subscriber.id },
      select: { pendingName: true, name: true },
    });
    await tx.subscriber.update({
      where: { id: subscriber.id },
      data: {
        status: "confirmed",
        confirmedAt: now,
        unsubscribedAt: null,
        name: pending.pendingName ?? pending.name,
        pendingName: null,
        updatedAt: now,
      },
    });
    await tx.consentEvent.create({
      data: { subscriberId: subscriber.id, kind: "confirmed", ...(await latestRequest(tx, subscriber.id)), at: now },
    });
    return { ok: true, email: subscriber.email };
  });
}
