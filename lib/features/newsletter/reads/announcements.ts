import "server-only";
import { db } from "../../../platform/db";

const columns = { slug: true, subject: true, body: true, sentAt: true } as const;

/** Sent announcements, newest first: the public archive. Drafts never appear. */
export async function listSentAnnouncements(limit = 100) {
  const rows = await db().announcement.findMany({
    where: { status: "sent" },
    orderBy: { sentAt: "desc" },
    take: limit,
    select: columns,
  });
  return rows.map((row) => ({ ...row, sentAt: row.sentAt! }));
}

export async function getSentAnnouncement(slug: string) {
  const row = await db().announcement.findFirst({ where: { slug, status: "sent" }, select: columns });
  return row ? { ...row, sentAt: row.sentAt! } : null;
}
