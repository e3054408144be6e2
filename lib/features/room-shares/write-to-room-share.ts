import { clock as appClock, type Clock } from "../../platform/clock";
import { SQL, asStatements } from "../../platform/database/statements";
import { db } from "../../platform/db";
import { env } from "../../platform/env";
import { enqueueEmail, nudgeMailWorker } from "../../platform/mail";
import { lockAddress } from "../newsletter";
import { attendeeOf } from "../outcomes";
import { newToken } from "../../platform/security/tokens";
import type { RoomShareProblem } from "./wording";

/** At most this many messages per sender in any 24 hours. */
export const MESSAGES_PER_DAY = 5;
/** At most this many different people may write to one person in any 24 hours. */
export const SENDERS_PER_RECIPIENT_PER_DAY = 3;
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
          // Blocked by them: the same answer as when they left, so a sender cannot tell the two apart.
          registration: { status: "confirmed", relayBlocksMade: { none: { senderRegistrationId: sender.id } } },
        },
        select: { registration: { select: { id: true, name: true, email: true } } },
      }),
    ]);
    if (!own) return { ok: false as const, problem: "not-on-board" as const };
    if (!recipient || recipient.registration.id === sender.id)
      return { ok: false as const, problem: "recipient-gone" as const };
    const dayAgo = new Date(now.getTime() - DAY_MS);
    // Counted under the sender's, then the recipient's lock (always in that order, so two people
    // writing to each other cannot deadlock), so that simultaneous sends cannot pass a limit together.
    await lockAddress(tx, sender.email);
    await asStatements(tx).run(SQL`SELECT pg_advisory_xact_lock(hashtext(${`relay-to:${recipient.registration.id}`}))`);
    const sentToday = await tx.relayMessage.count({
      where: { fromRegistrationId: sender.id, createdAt: { gt: dayAgo } },
    });
    if (sentToday >= MESSAGES_PER_DAY) return { ok: false as const, problem: "daily-limit" as const };
    const sendersToday = await tx.relayMessage.findMany({
      where: { toRegistrationId: recipient.registration.id, createdAt: { gt: dayAgo } },
      distinct: ["fromRegistrationId"],
      select: { fromRegistrationId: true },
    });
    const newSender = !sendersToday.some((message) => message.fromRegistrationId === sender.id);
    if (newSender && sendersToday.length >= SENDERS_PER_RECIPIENT_PER_DAY)
      return { ok: false as const, problem: "recipient-busy" as const };
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
