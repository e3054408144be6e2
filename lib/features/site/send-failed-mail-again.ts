import { clock as appClock, type Clock } from "../../platform/clock";
import { audit } from "../organizers";
import type { Organizer } from "../../platform/auth/organizer";
import { db } from "../../platform/db";
import type { ResendProblem } from "../../platform/mail/wording";

/**
 * Puts a failed message back in the queue, as new: it keeps its Message-ID, so a receiver that
 * did get it after all can drop the copy. Only a message that still has its data (7 days): the
 * worker renders it again, with the site's settings current then.
 */
export async function sendFailedMailAgain(
  by: Organizer,
  id: string,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: ResendProblem }> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const message = await tx.outboxMessage.findFirst({
      where: { id, status: "failed" },
      select: { toAddress: true, template: true, data: true, text: true },
    });
    if (!message) return { ok: false, problem: "not-failed" };
    // A message queued before the worker rendered has its bodies instead of data.
    if (message.data === null && message.text === "") return { ok: false, problem: "body-dropped" };
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: "failed" },
      data: { status: "queued", attempts: 0, nextAttemptAt: now, failedAt: null },
    });
    if (count === 0) return { ok: false, problem: "not-failed" };
    await audit(
      by,
      "mail.send-again",
      `outbox:${id}`,
      { template: message.template, to: message.toAddress },
      { tx, clock },
    );
    return { ok: true };
  });
}
