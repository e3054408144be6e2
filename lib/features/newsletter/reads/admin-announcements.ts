import "server-only";
import { db } from "../../../platform/db";

export function listAnnouncements() {
  return db().announcement.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, slug: true, subject: true, status: true, createdAt: true, sentAt: true, recipientCount: true },
  });
}

export function getAnnouncement(id: string) {
  return db().announcement.findUnique({ where: { id } });
}

export function confirmedSubscriberCount() {
  return db().subscriber.count({ where: { status: "confirmed" } });
}
