import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { REPORT_VALID_MS } from "./report-relay-message";

/** The privacy page promises this: a report's copy of a message is kept this long for moderation. */
export const KEEP_REPORTS_MS = 90 * 24 * 60 * 60_000;

/**
 * Relayed messages go 30 days after they were sent, when their report link stops working
 * (a reported one lives on in its report's copy), and report copies 90 days after the report.
 */
export async function roomShareHousekeeping(clock: Clock = appClock()) {
  const now = clock.now().getTime();
  const messages = await db().relayMessage.deleteMany({
    where: { createdAt: { lt: new Date(now - REPORT_VALID_MS) } },
  });
  const reports = await db().relayReport.deleteMany({ where: { reportedAt: { lt: new Date(now - KEEP_REPORTS_MS) } } });
  return { relayMessagesDeleted: messages.count, relayReportsDeleted: reports.count };
}
