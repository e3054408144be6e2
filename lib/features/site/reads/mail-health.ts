import "server-only";
import { cache } from "react";
import { db } from "../../../platform/db";
import { readRelayFault } from "../../../platform/mail/relay-state";
import { RENDER_FAILURE } from "../../../platform/mail/wording";

const FAILED_LISTED = 50;

/** What the mail health page shows: the outbox by status, the relay's fault, the recent failures. */
export const mailHealth = cache(async () => {
  const [byStatus, fault, failed] = await Promise.all([
    db().outboxMessage.groupBy({ by: ["status"], _count: true }),
    readRelayFault(db()),
    db().outboxMessage.findMany({
      where: { status: "failed" },
      orderBy: { failedAt: "desc" },
      take: FAILED_LISTED,
      select: {
        id: true,
        template: true,
        toAddress: true,
        subject: true,
        failedAt: true,
        lastError: true,
        text: true,
        // Only whether it is there: the data holds the message's live links.
        data: true,
      },
    }),
  ]);
  const count = (status: string) => byStatus.find((row) => row.status === status)?._count ?? 0;
  return {
    counts: { queued: count("queued"), sending: count("sending"), sent: count("sent"), failed: count("failed") },
    fault,
    failed: failed.map(({ text, data, ...message }) => ({
      ...message,
      // "render": the site could not write it (its template); otherwise the receiving server refused it.
      failure: message.lastError?.startsWith(RENDER_FAILURE) ? ("render" as const) : ("refused" as const),
      canSendAgain: data !== null || text !== "",
    })),
  };
});

export type MailHealth = Awaited<ReturnType<typeof mailHealth>>;

export type { RelayFault } from "../../../platform/mail/relay-state";
export { describeResendProblem, relayTime } from "../../../platform/mail/wording";
