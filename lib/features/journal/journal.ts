import { allowAttempts } from "../../platform/security/rate-limit";
import type { Organizer } from "../../platform/auth/organizer";
import { audit } from "../organizers";
import { clock as appClock, type Clock } from "../../platform/clock";
import { db } from "../../platform/db";
import { fetchTagTimeline } from "./mastodon";
import type { PostProblem, TimelineProblem } from "./wording";

export type ImportRequest = { instanceUrl: string; hashtag: string; from: Date; to: Date };
export type ImportReport = { ok: true; found: number; added: number } | ({ ok: false } & TimelineProblem);

/**
 * Imports the hashtag's public posts for an edition, for review. A post already imported,
 * including one removed at its author's request, is never brought back.
 */
export async function importJournal(
  organizer: Organizer,
  editionId: string,
  request: ImportRequest,
  options: { clock?: Clock; fetchImpl?: typeof fetch } = {},
): Promise<ImportReport> {
  const clock = options.clock ?? appClock();
  const answer = await fetchTagTimeline(request.instanceUrl, request.hashtag, request, options.fetchImpl);
  if (!answer.ok) return answer;
  const now = clock.now();
  const created = await db().journalPost.createMany({
    data: answer.posts.map((post) => ({ ...post, editionId, importedAt: now })),
    skipDuplicates: true,
  });
  await audit(
    organizer,
    "journal.import",
    `edition:${editionId}`,
    {
      instance: new URL(request.instanceUrl).host,
      hashtag: request.hashtag,
      found: answer.posts.length,
      added: created.count,
    },
    { clock },
  );
  return { ok: true, found: answer.posts.length, added: created.count };
}

export type JournalDecision = "publish" | "unpublish" | "remove";

/** Publishes a reviewed post, takes it back to review, or removes it for good (erasing its content). */
export async function decideJournalPost(
  organizer: Organizer,
  postId: string,
  decision: JournalDecision,
  clock: Clock = appClock(),
): Promise<{ ok: true } | { ok: false; problem: PostProblem }> {
  const now = clock.now();
  return db().$transaction(async (tx) => {
    const post = await tx.journalPost.findUnique({ where: { id: postId }, select: { status: true } });
    if (!post) return { ok: false, problem: "post-gone" };
    if (post.status === "removed") return { ok: false, problem: "post-removed" };
    if (decision === "publish")
      await tx.journalPost.update({ where: { id: postId }, data: { status: "published", publishedAt: now } });
    if (decision === "unpublish")
      await tx.journalPost.update({ where: { id: postId }, data: { status: "review", publishedAt: null } });
    if (decision === "remove") {
      await tx.journalPost.update({
        where: { id: postId },
        data: {
          status: "removed",
          publishedAt: null,
          html: "",
          media: [],
          authorName: "",
          authorHandle: "",
          authorUrl: "",
          url: "",
        },
      });
    }
    await audit(organizer, `journal.${decision}`, `journal-post:${postId}`, {}, { tx, clock });
    return { ok: true };
  });
}

export type RemovalOutcome = "hidden" | "unchanged" | "throttled";

/**
 * Anyone may ask for a published post to be taken down: it leaves the page at once and waits
 * for an organizer, who removes it for good (or publishes it again). Requests are counted per
 * client (with a trusted proxy) and site-wide, but only for a published post that exists: asking
 * about anything else costs nothing, so it cannot spend the hour's requests of the people whose
 * post is on the page. An unknown or already hidden post is "unchanged", so that the caller marks
 * no page out of date.
 */
export async function requestJournalRemoval(
  postId: string,
  reason: string | null,
  clientAddress: string | null = null,
  clock: Clock = appClock(),
): Promise<RemovalOutcome> {
  const published = await db().journalPost.count({ where: { id: postId, status: "published" } });
  if (published === 0) return "unchanged";
  if (
    !(await allowAttempts(
      [
        ["journal-removal-address", clientAddress],
        ["journal-removal-site", "site"],
      ],
      clock,
    ))
  )
    return "throttled";
  const updated = await db().journalPost.updateMany({
    where: { id: postId, status: "published" },
    data: { status: "review", publishedAt: null, removalRequestedAt: clock.now(), removalReason: reason },
  });
  return updated.count === 1 ? "hidden" : "unchanged";
}
