import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/ui/markdown";
import { requireOrganizer } from "@/lib/platform/auth/require-organizer";
import { confirmedSubscriberCount, getAnnouncement } from "@/lib/features/newsletter/reads";
import { saveAnnouncementAction, sendAction, sendTestAction } from "../actions";
import { AnnouncementForm } from "../announcement-form";
import { SendForm, TestSendForm } from "../send-forms";
import { count } from "@/lib/platform/text/count";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";

export const metadata = { title: "Announcement" };

type Props = { params: Promise<{ id: string }> };

export default async function AnnouncementPage({ params }: Props) {
  await requireOrganizer();
  const { id } = await params;
  const [announcement, subscribers] = await Promise.all([getAnnouncement(id), confirmedSubscriberCount()]);
  if (!announcement) notFound();
  const draft = announcement.status === "draft";
  return (
    <div className="max-w-3xl space-y-8">
      <BackLink href="/admin/announcements">Announcements</BackLink>
      <PageHeading>{announcement.subject}</PageHeading>
      {announcement.status === "sent" && (
        <p role="status">
          Sent to {count(announcement.recipientCount, "subscriber")}.{" "}
          <Link className="underline" href={`/newsletter/archive/${announcement.slug}`}>
            See it in the public archive
          </Link>
        </p>
      )}
      {draft && (
        <AnnouncementForm
          action={saveAnnouncementAction.bind(null, id)}
          initial={announcement}
          submitLabel="Save draft"
        />
      )}
      <section aria-labelledby="preview" className="space-y-3">
        <h2 id="preview" className="text-xl font-semibold">
          Preview
        </h2>
        <div className="rounded-xl border border-sand-200 bg-white p-6 text-sea-950">
          <p className="font-semibold">{announcement.subject}</p>
          <Markdown source={announcement.body} />
        </div>
      </section>
      {announcement.status !== "sent" && (
        <section aria-labelledby="send" className="space-y-4">
          <h2 id="send" className="text-xl font-semibold">
            Send
          </h2>
          <TestSendForm action={sendTestAction.bind(null, id)} />
          <SendForm
            action={sendAction.bind(null, id)}
            recipients={subscribers}
            resuming={announcement.status === "sending"}
          />
        </section>
      )}
    </div>
  );
}
