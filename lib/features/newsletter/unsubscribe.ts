import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { lookUpSubscriberToken } from "./subscriber-tokens";

export type UnsubscribeOutcome = { ok: true; email: string } | { ok: false; problem: "invalid" | "expired" };

/**
 * Stops announcements to the link's subscriber. Repeating it with the same link changes nothing
 * and still answers ok, so a mail client's retry or a second click is harmless; an old link
 * cannot undo a later resubscription.
 */
export async function unsubscribe(
  token: string,
  source: "one-click" | "unsubscribe-page",
  clock: Clock = appClock(),
): Promise<UnsubscribeOutcome> {
  const now = clock.now();
  return db().$transaction(async (tx): Promise<UnsubscribeOutcome> => {
    const found = await lookUpSubscriberToken(tx, token, "unsubscribe", now);
    if (!found.ok) return found;
    const { subscriber } = found;
    const spent = await tx.subscriberToken.updateMany({
      where: { id: found.tokenId, usedAt: null },
      data: { usedAt: now },
    });
    if (spent.count === 1 && subscriber.status !== "unsubscribed") {
      await tx.subscriber.update({
        where: { id: subscriber.id },
        data: { status: "unsubscribed", unsubscribedAt: now, updatedAt: now },
      });
      await tx.consentEvent.create({
        data: { subscriberId: subscriber.id, kind: "unsubscribed", source, wordingVersion: "-", at: now },
      });
    }
    return { ok: true, email: subscriber.email };
  });
}
