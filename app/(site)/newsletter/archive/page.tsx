import Link from "next/link";
import { listSentAnnouncements } from "@/lib/features/newsletter/reads";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Past announcements" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export default async function ArchivePage() {
  const announcements = await listSentAnnouncements();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeading>Past announcements</PageHeading>
      <p>
        Everything we have sent to subscribers.{" "}
        <Link className="underline" href="/newsletter">
          Subscribe
        </Link>{" "}
        to get the next one by email, or follow the{" "}
        <a className="underline" href="/newsletter/feed.xml">
          Atom feed
        </a>
        .
      </p>
      {announcements.length === 0 ? (
        <p>Nothing has been sent yet.</p>
      ) : (
        <ul className="space-y-3">
          {announcements.map((announcement) => (
            <li key={announcement.slug}>
              <Link className="text-lg font-semibold underline" href={`/newsletter/archive/${announcement.slug}`}>
                {announcement.subject}
              </Link>
              <p className="text-sm">
                <time dateTime={announcement.sentAt.toISOString()}>{dateFormat.format(announcement.sentAt)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
