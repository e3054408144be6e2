import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/ui/markdown";
import { getSentAnnouncement } from "@/lib/features/newsletter/reads";
import { PageHeading } from "@/components/ui/page-heading";
import { BackLink } from "@/components/ui/back-link";
import { renderedOnFirstVisit, type SlugParams } from "@/app/(site)/on-first-visit";

type Props = SlugParams;

export const generateStaticParams = renderedOnFirstVisit;

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const announcement = await getSentAnnouncement((await params).slug);
  return { title: announcement?.subject ?? "Announcement not found" };
}

export default async function AnnouncementPage({ params }: Props) {
  const announcement = await getSentAnnouncement((await params).slug);
  if (!announcement) notFound();
  return (
    <article className="mx-auto max-w-2xl space-y-4">
      <BackLink href="/newsletter/archive">All announcements</BackLink>
      <PageHeading>{announcement.subject}</PageHeading>
      <p className="text-sm">
        Sent <time dateTime={announcement.sentAt.toISOString()}>{dateFormat.format(announcement.sentAt)}</time>
      </p>
      <Markdown source={announcement.body} />
    </article>
  );
}
