import { dateFormat } from "@/lib/platform/text/date-format";
import type { ReactNode } from "react";
import { type JournalMedia } from "@/lib/features/journal/reads";

type Props = {
  post: {
    url: string;
    authorName: string;
    authorHandle: string;
    authorUrl: string;
    html: string;
    media: JournalMedia[];
    postedAt: Date;
  };
  timeZone: string;
  children?: ReactNode;
};

const timeFormat = (timeZone: string) =>
  dateFormat("en-GB", { hour: "2-digit", minute: "2-digit", day: "numeric", month: "short", timeZone });

/** A post from the hashtag: its author, its words and pictures, and the way back to the original. */
export function JournalPost({ post, timeZone, children }: Props) {
  return (
    <article className="space-y-3 rounded-xl border border-sand-200 bg-white p-4 text-sea-950 dark:border-sea-800 dark:bg-sea-900 dark:text-sand-50">
      <header className="flex flex-wrap items-baseline gap-x-2">
        <a href={post.authorUrl} className="font-semibold underline" rel="nofollow noopener ugc">
          {post.authorName}
        </a>
        <span className="text-sm text-sea-800 dark:text-sand-200">{post.authorHandle}</span>
        <time dateTime={post.postedAt.toISOString()} className="ml-auto text-sm text-sea-800 dark:text-sand-200">
          {timeFormat(timeZone).format(post.postedAt)}
        </time>
      </header>
      {/* Sanitized when imported (lib/features/journal/sanitize-post.ts): only p, br and http(s) links. */}
      <div className="space-y-2 break-words [&_a]:underline" dangerouslySetInnerHTML={{ __html: post.html }} />
      {post.media.length > 0 && (
        <ul className="grid grid-cols-2 gap-2">
          {post.media.map((media) => (
            <li key={media.url}>
              <a href={media.url} rel="nofollow noopener ugc">
                {/* eslint-disable-next-line @next/next/no-img-element -- remote images from any Mastodon server */}
                <img
                  src={media.previewUrl}
                  alt={media.description || `Picture posted by ${post.authorName} (no description given)`}
                  loading="lazy"
                  referrerPolicy="no-referrer"
                  className="h-auto w-full rounded"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      <footer className="flex flex-wrap gap-4 text-sm">
        <a href={post.url} className="underline" rel="nofollow noopener ugc">
          See the original post
        </a>
        {children}
      </footer>
    </article>
  );
}
