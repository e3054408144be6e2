import type { Prisma } from "../../generated/prisma/client";
import type { Clock } from "../clock";
import { env } from "../env";
import { enqueueEmails } from "./enqueue";
import { clearRelayFault } from "./relay-state";
import { relayWorksAgainNotice } from "./wording";

/** Every organizer who can sign in: those named in the environment and those added in the admin. */
async function organizerAddresses(tx: Prisma.TransactionClient): Promise<string[]> {
  const added = await tx.organizer.findMany({ where: { revokedAt: null }, select: { email: true } });
  return [...new Set([...env().organizerEmails, ...added.map((organizer) => organizer.email)])];
}

/**
 * Ends a relay fault after a send that worked and, in the same transaction, queues one mail to
 * the organizers saying so: only the worker that ends the fault writes it.
 */
export async function endRelayFault(tx: Prisma.TransactionClient, clock: Clock): Promise<boolean> {
  const fault = await clearRelayFault(tx);
  if (!fault) return false;
  const waiting = await tx.outboxMessage.count({ where: { status: { in: ["queued", "sending"] } } });
  const notice = { ...relayWorksAgainNotice(fault, clock.now(), waiting), action: mailHealthLink() };
  await enqueueEmails(
    tx,
    (await organizerAddresses(tx)).map((email) => ({ template: "notice" as const, data: notice, to: { email } })),
    clock,
  );
  return true;
}

const mailHealthLink = () => ({ label: "See the mail health page", url: `${env().siteUrl}/admin/mail` });
