import "server-only";
import { getMailboxMessage, listMailboxMessages } from "@/lib/data/dev-mailbox";
import { env } from "@/lib/env";

// The mailbox holds every message the site sent: readable only where it is the transport.
export async function getMailboxMessages() {
  return env().devMailbox ? listMailboxMessages() : null;
}

export async function getMailboxEntry(id: string) {
  return env().devMailbox ? getMailboxMessage(id) : null;
}
