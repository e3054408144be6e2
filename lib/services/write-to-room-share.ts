import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { env } from "../env";
import { enqueueEmail, nudgeMailWorker } from "../mail";
import { lockAddress } from "../newsletter/address-lock";
import { attendeeOf } from "../outcomes/changes";
import { newToken } from "../security/tokens";
import type { RoomShareProblem } from "../sprint/wording";

/** At most this many messages per sender in any 24 hours. */
export const MESSAGES_PER_DAY = 5;
const DAY_MS = 24 * 60 * 60_000;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/**
 * One attendee on the board writes to another: the message goes through the outbox with the
 * sender's address as its Reply-To (so the two then talk directly) and a link to report it.
 * Only confirmed attendees of the same edition who are both on the board can write.
 */
export async function writeToRoomShare(
  token: string,
  toRegistrationId: string,
  body: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: RoomShareProblem }> {
  const now = clock.now();
  const outcome = await db().$transaction(async (tx) => {
    const found = await attendeeOf(tx, token, now);
    if (!found.ok) return found;
    const sender = found.registration;
    const [own, recipient] = await Promise.all([
      tx.roomShare.findUnique({ where: { registrationId: sender.id }, select: { editionId: true } }),
      tx.roomShare.findFirst({
        where: {
          registrationId: toRegistrationId,
          editionId: sender.edition.id,
          registration: { status: "confirmed" },
        },
        select: { registration: { select: { id: true, name: true, email: true } } },
      }),
    ]);
    if (!own) return { ok: false as const, problem: "not-on-board" as const };
    if (!recipient || recipient.registration.id === sender.id)
      return { ok: false as const, problem: "recipient-gone" as const };
    // Counted under the sender's address lock, so that simultaneous sends cannot pass the limit together.
    await lockAddress(tx, sender.email);
    const sentToday = await tx.relayMessage.count({
      where: { fromRegistrationId: sender.id, createdAt: { gt: new Date(now.getTime() - DAY_MS) } },
    });
    if (sentToday >= MESSAGES_PER_DAY) return { ok: false as const, problem: "daily-limit" as const };
    const report = newToken();
    await tx.relayMessage.create({
      data: {
        editionId: sender.edition.id,
        fromRegistrationId: sender.id,
        toRegistrationId: recipient.registration.id,
        body,
        reportTokenHash: report.hash,
        createdAt: now,
      },
    });
    await enqueueEmail(
      tx,
      {
        template: "room-share-message",
        data: {
          toName: firstName(recipient.registration.name),
          fromName: firstName(sender.name),
          editionName: sender.edition.name,
          body,
          reportUrl: `${env().siteUrl}/room-shares/report/${report.token}`,
        },
        to: { email: recipient.registration.email, name: recipient.registration.name },
        replyTo: { email: sender.email, name: firstName(sender.name) },
      },
      clock,
    );
    return { ok: true as const };
  });
  if (outcome.ok) nudgeMailWorker();
  return outcome;
}
