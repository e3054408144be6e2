import { audit } from "../organizers";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { hashToken, isWellFormedToken } from "../../platform/security/tokens";

/** The report link works as long as the message is kept (room-share housekeeping deletes it then). */
export const REPORT_VALID_MS = 30 * 24 * 60 * 60_000;

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

/** The report link's message, if the link works: who wrote (first name), when, and what was done. */
export async function relayMessageToReport(token: string, clock: Clock = appClock()) {
  if (!isWellFormedToken(token)) return null;
  const message = await db().relayMessage.findUnique({
    where: { reportTokenHash: hashToken(token) },
    select: {
      id: true,
      editionId: true,
      body: true,
      createdAt: true,
      fromRegistrationId: true,
      toRegistrationId: true,
      report: { select: { reportedAt: true } },
      from: { select: { name: true } },
    },
  });
  if (!message || message.createdAt.getTime() + REPORT_VALID_MS < clock.now().getTime()) return null;
  const blocked = await db().relayBlock.count({
    where: { recipientRegistrationId: message.toRegistrationId, senderRegistrationId: message.fromRegistrationId },
  });
  return {
    ...message,
    fromName: firstName(message.from.name),
    reportedAt: message.report?.reportedAt ?? null,
    blocked: blocked > 0,
  };
}

/**
 * The recipient reports a relayed message (the button behind the email's link): organizers see
 * it on the edition's room-share page, and the report is in the audit log. Single use. The
 * report keeps its own copy (text, sender's first name), which outlives both registrations.
 */
export async function reportRelayMessage(token: string, clock: Clock = appClock()): Promise<boolean> {
  const message = await relayMessageToReport(token, clock);
  if (!message || message.reportedAt) return false;
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const { count } = await tx.relayReport.createMany({
      data: {
        editionId: message.editionId,
        messageId: message.id,
        body: message.body,
        fromFirstName: message.fromName,
        sentAt: message.createdAt,
        reportedAt: now,
      },
      skipDuplicates: true, // a second click at the same moment: one report
    });
    if (count === 0) return false;
    // The actor is the message's recipient, through their link: no organizer did this.
    await audit(
      { email: "recipient (report link)", name: null },
      "relay.report",
      `relay:${message.id}`,
      {},
      { tx, clock },
    );
    return true;
  });
}

/**
 * The recipient stops the sender writing to them (from the report page). The sender is not
 * told: to them, the recipient looks as if they had left the board. Harmless to repeat.
 */
export async function blockRelaySender(token: string, clock: Clock = appClock()): Promise<boolean> {
  const message = await relayMessageToReport(token, clock);
  if (!message) return false;
  await db().relayBlock.createMany({
    data: {
      recipientRegistrationId: message.toRegistrationId,
      senderRegistrationId: message.fromRegistrationId,
      createdAt: clock.now(),
    },
    skipDuplicates: true,
  });
  return true;
}
