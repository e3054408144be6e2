import "server-only";
import { db } from "../../../platform/db";

export async function listMailboxMessages(limit = 100) {
  return db().devMailboxMessage.findMany({
    orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, toAddress: true, subject: true, receivedAt: true },
  });
}

export async function getMailboxMessage(id: string) {
  return db().devMailboxMessage.findUnique({
    where: { id },
    select: {
      id: true,
      messageId: true,
      toAddress: true,
      subject: true,
      html: true,
      text: true,
      raw: true,
      receivedAt: true,
    },
  });
}
