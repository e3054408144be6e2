import "server-only";
import { cache } from "react";
import { db } from "../../../platform/db";

export type JournalMedia = { url: string; previewUrl: string; description: string };

const postColumns = {
  id: true,
  url: true,
  authorName: true,
  authorHandle: true,
  authorUrl: true,
  html: true,
  media: true,
  postedAt: true,
} as const;

/** Published journal posts of an edition, oldest first (the page groups them by day). */
export const getPublishedJournal = cache(async (editionId: string) => {
  const posts = await db().journalPost.findMany({
    where: { editionId, status: "published" },
    orderBy: { postedAt: "asc" },
    select: postColumns,
  });
  return posts.map((post) => ({ ...post, media: post.media as JournalMedia[] }));
});

/** Everything imported for an edition, for review: removal requests first, then newest. */
export async function adminJournal(editionId: string) {
  const posts = await db().journalPost.findMany({
    where: { editionId, status: { not: "removed" } },
    orderBy: [{ removalRequestedAt: { sort: "desc", nulls: "last" } }, { postedAt: "desc" }],
    select: { ...postColumns, status: true, removalRequestedAt: true, removalReason: true },
  });
  const removed = await db().journalPost.count({ where: { editionId, status: "removed" } });
  return { posts: posts.map((post) => ({ ...post, media: post.media as JournalMedia[] })), removed };
}

/** A post as its removal request page names it. */
export async function journalPostForRemoval(postId: string) {
  return db().journalPost.findFirst({
    where: { id: postId, status: { not: "removed" } },
    select: {
      id: true,
      authorName: true,
      authorHandle: true,
      postedAt: true,
      status: true,
      removalRequestedAt: true,
      edition: { select: { slug: true, name: true } },
    },
  });
}
