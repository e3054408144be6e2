import { ActionButton } from "@/components/ui/action-button";
import { JournalPost } from "@/components/journal/journal-post";
import { isoDate } from "@/lib/platform/calendar/calendar";
import { adminJournal } from "@/lib/features/journal/reads";
import { getSiteSettings } from "@/lib/features/site";
import { decideJournalPostAction, importJournalAction } from "./actions";
import { JournalImportForm } from "./import-form";
import { EditionLinks } from "@/components/admin/edition-links";
import { PageHeading } from "@/components/ui/page-heading";
import { organizerEdition } from "../organizer-edition";

export const metadata = { title: "Journal" };

type Props = { params: Promise<{ id: string }> };

const DAY_MS = 24 * 60 * 60_000;
const STATUS = { review: "Waiting for review", published: "Published" } as const;

/** Posts from the hashtag: import them, publish the good ones, remove on request. */
export default async function JournalAdminPage({ params }: Props) {
  const { id, edition } = await organizerEdition(params);
  const [{ posts, removed }, site] = await Promise.all([adminJournal(id), getSiteSettings()]);
  const requests = posts.filter((post) => post.removalRequestedAt);
  return (
    <div className="space-y-6">
      <EditionLinks edition={edition} publicPages={[{ path: "#journal", label: "Journal on the public page" }]} />
      <PageHeading>Journal: {edition.city}</PageHeading>
      <section aria-labelledby="import" className="space-y-3">
        <h2 id="import" className="text-xl font-semibold">
          Import from Mastodon
        </h2>
        <JournalImportForm
          action={importJournalAction.bind(null, id)}
          initial={{
            instanceUrl: "https://fosstodon.org",
            hashtag: site.hashtag,
            from: isoDate(new Date(edition.startsOn.getTime() - DAY_MS)),
            to: isoDate(new Date(edition.endsOn.getTime() + DAY_MS)),
          }}
        />
      </section>
      <section aria-labelledby="posts" className="space-y-3">
        <h2 id="posts" className="text-xl font-semibold">
          Imported posts
        </h2>
        {requests.length > 0 && (
          <p role="status" className="font-semibold text-terracotta-700">
            {requests.length === 1 ? "1 post has" : `${requests.length} posts have`} a removal request: they are hidden
            until you decide.
          </p>
        )}
        <p>
          {posts.length} posts · {removed} removed for good. Nothing shows on the edition page until you publish it.
        </p>
        <ul className="grid gap-4 lg:grid-cols-2">
          {posts.map((post) => (
            <li key={post.id} className="space-y-2">
              <p className="text-sm font-semibold">
                {STATUS[post.status as keyof typeof STATUS]}
                {post.removalRequestedAt &&
                  ` · removal requested${post.removalReason ? `: “${post.removalReason}”` : ""}`}
              </p>
              <JournalPost post={post} timeZone={edition.timeZone} />
              <div className="flex flex-wrap gap-3">
                {post.status === "review" ? (
                  <ActionButton
                    action={decideJournalPostAction.bind(null, id, post.id, "publish")}
                    label={`Publish ${post.authorName}'s post`}
                    pendingLabel="Publishing…"
                  />
                ) : (
                  <ActionButton
                    action={decideJournalPostAction.bind(null, id, post.id, "unpublish")}
                    label="Unpublish"
                    pendingLabel="Unpublishing…"
                  />
                )}
                <ActionButton
                  action={decideJournalPostAction.bind(null, id, post.id, "remove")}
                  label="Remove for good"
                  pendingLabel="Removing…"
                />
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
