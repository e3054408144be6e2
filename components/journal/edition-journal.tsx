import { dateFormat } from "@/lib/platform/text/date-format";
import Link from "next/link";
import { getPublishedJournal } from "@/lib/features/journal/reads";
import { JournalPost } from "./journal-post";

const dayHeading = (timeZone: string) =>
  dateFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone });

/** The edition's published posts from the hashtag, day by day in the venue's time zone. */
export async function EditionJournal({ edition }: { edition: { id: string; slug: string; timeZone: string } }) {
  const posts = await getPublishedJournal(edition.id);
  if (posts.length === 0) return null;
  const days = new Map<string, typeof posts>();
  for (const post of posts) {
    const day = dayHeading(edition.timeZone).format(post.postedAt);
    days.set(day, [...(days.get(day) ?? []), post]);
  }
  return (
    <section aria-labelledby="journal" className="space-y-4">
      <h2 id="journal" className="text-2xl font-semibold">
        Journal
      </h2>
      <p>What attendees posted, day by day.</p>
      {[...days].map(([day, dayPosts]) => (
        <section key={day} aria-label={day} className="space-y-3">
          <h3 className="text-lg font-semibold">{day}</h3>
          <ul className="grid gap-4 md:grid-cols-2">
            {dayPosts.map((post) => (
              <li key={post.id}>
                <JournalPost post={post} timeZone={edition.timeZone}>
                  <Link className="underline" href={`/editions/${edition.slug}/journal/${post.id}/removal`}>
                    Ask us to remove this post
                  </Link>
                </JournalPost>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
