import { audit } from "../admin/audit";
import { clock as appClock, type Clock } from "../clock";
import { db } from "../db";
import { hashToken, isWellFormedToken } from "../security/tokens";

const REPORT_VALID_MS = 30 * 24 * 60 * 60_000;

/** The report link's message, if the link works: who wrote (first name) and when. */
export async function relayMessageToReport(token: string, clock: Clock = appClock()) {
  if (!isWellFormedToken(token)) return null;
  const message = await db().relayMessage.findUnique({
    where: { reportTokenHash: hashToken(token) },
    select: { id: true, createdAt: true, reportedAt: true, from: { select: { name: true } } },
  });
  if (!message || message.createdAt.getTime() + REPORT_VALID_MS < clock.now().getTime()) return null;
  return { ...message, fromName: message.from.name.trim().split(/\s+/)[0] ?? "" };
}

/**
 * The recipient reports a relayed message (the button behind the email's link): organizers see
 * it on the edition's room-share page, and the report is in the audit log. Single use.
 */
export async function reportRelayMessage(token: string, clock: Clock = appClock()): Promise<boolean> {
  const message = await relayMessageToReport(token, clock);
  if (!message || message.reportedAt) return false;
  return db().$transaction(async (tx) => {
    const marked = await tx.relayMessage.updateMany({
      where: { id: message.id, reportedAt: null },
      data: { reportedAt: clock.now() },
    });
    if (marked.count === 0) return false;
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
