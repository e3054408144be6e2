import { z } from "zod";
import { sanitizePostHtml } from "./sanitize-post";
import type { TimelineProblem } from "./wording";

export type ImportedPost = {
  remoteUri: string;
  url: string;
  authorName: string;
  authorHandle: string;
  authorUrl: string;
  html: string;
  media: { url: string; previewUrl: string; description: string }[];
  postedAt: Date;
};

export type TagTimelineAnswer = { ok: true; posts: ImportedPost[]; pages: number } | ({ ok: false } & TimelineProblem);

const httpUrl = z.string().refine((value) => /^https?:\/\//.test(value) && URL.canParse(value));
const imageUrl = z.string().refine((value) => /^https:\/\//.test(value) && URL.canParse(value));

// Only what we use; anything else in Mastodon's answer is ignored, and a post that does not fit is skipped.
const StatusShape = z.object({
  id: z.string(),
  uri: httpUrl,
  url: httpUrl.nullish(),
  created_at: z.iso.datetime({ offset: true }),
  visibility: z.string(),
  content: z.string(),
  reblog: z.unknown().nullish(),
  account: z.object({ username: z.string(), acct: z.string(), display_name: z.string().nullish(), url: httpUrl }),
  media_attachments: z
    .array(
      z.object({
        type: z.string(),
        url: z.string().nullish(),
        preview_url: z.string().nullish(),
        description: z.string().nullish(),
      }),
    )
    .default([]),
});

const PAGE_SIZE = 40;
const MAX_PAGES = 10;
const TIMEOUT_MS = 10_000;

/** Mastodon sends local accounts' acct without a domain: the handle names the instance. */
function handleOf(acct: string, instance: URL): string {
  return acct.includes("@") ? `@${acct}` : `@${acct}@${instance.hostname}`;
}

function toPost(raw: unknown, instance: URL): ImportedPost | null {
  const parsed = StatusShape.safeParse(raw);
  if (!parsed.success) return null;
  const status = parsed.data;
  if (status.reblog || status.visibility !== "public") return null;
  return {
    remoteUri: status.uri,
    url: status.url ?? status.uri,
    authorName: (status.account.display_name?.trim() || status.account.username).slice(0, 200),
    authorHandle: handleOf(status.account.acct, instance).slice(0, 300),
    authorUrl: status.account.url,
    html: sanitizePostHtml(status.content),
    media: status.media_attachments
      .filter((media) => media.type === "image" && media.url && imageUrl.safeParse(media.url).success)
      .map((media) => ({
        url: media.url!,
        previewUrl: media.preview_url && imageUrl.safeParse(media.preview_url).success ? media.preview_url : media.url!,
        description: media.description?.trim() ?? "",
      })),
    postedAt: new Date(status.created_at),
  };
}

/**
 * The public posts with `hashtag` on a Mastodon instance between `from` and `to`, newest first,
 * paging back through /api/v1/timelines/tag until older than `from` (at most 400 posts).
 */
export async function fetchTagTimeline(
  instanceUrl: string,
  hashtag: string,
  window: { from: Date; to: Date },
  fetchImpl: typeof fetch = fetch,
): Promise<TagTimelineAnswer> {
  const instance = new URL(instanceUrl);
  const posts: ImportedPost[] = [];
  let maxId: string | null = null;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = new URL(`/api/v1/timelines/tag/${encodeURIComponent(hashtag)}`, instance);
    url.searchParams.set("limit", String(PAGE_SIZE));
    if (maxId) url.searchParams.set("max_id", maxId);
    let body: unknown;
    try {
      const response = await fetchImpl(url, {
        headers: { accept: "application/json" },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (response.status === 429) return { ok: false, problem: "slow-down", host: instance.host };
      if (!response.ok) return { ok: false, problem: "refused", host: instance.host, status: response.status, hashtag };
      body = await response.json();
    } catch (error) {
      const detail = (error as Error).name === "TimeoutError" ? "no answer within 10 s" : (error as Error).message;
      return { ok: false, problem: "unreadable", host: instance.host, detail };
    }
    if (!Array.isArray(body)) return { ok: false, problem: "not-mastodon", host: instance.host };
    if (body.length === 0) return { ok: true, posts, pages: page };
    let reachedStart = false;
    for (const raw of body) {
      const post = toPost(raw, instance);
      if (!post) continue;
      if (post.postedAt < window.from) reachedStart = true;
      else if (post.postedAt <= window.to) posts.push(post);
    }
    const last = body.at(-1) as { id?: unknown };
    if (reachedStart || body.length < PAGE_SIZE || typeof last?.id !== "string")
      return { ok: true, posts, pages: page };
    maxId = last.id;
  }
  return { ok: true, posts, pages: MAX_PAGES };
}
