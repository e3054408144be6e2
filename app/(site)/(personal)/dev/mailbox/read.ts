import "server-only";
import { getMailboxMessage, listMailboxMessages } from "@/lib/features/site/reads";
import { env } from "@/lib/platform/env";
import { requestIsLocal } from "@/lib/platform/server/request-host";

/** The mailbox holds every message the site sent: readable only where it is the transport, from this machine. */
export async function mailboxIsOpen(): Promise<boolean> {
  return env().devMailbox && (await requestIsLocal());
}

export async function getMailboxMessages() {
  return (await mailboxIsOpen()) ? listMailboxMessages() : null;
}

export async function getMailboxEntry(id: string) {
  return (await mailboxIsOpen()) ? getMailboxMessage(id) : null;
}
