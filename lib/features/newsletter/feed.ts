import { Feed } from "feed";
import { renderMarkdown } from "../../platform/markdown";
import { type SiteSettings } from "../site";

type Sent = { slug: string; subject: string; body: string; sentAt: Date };

/** The archive as an Atom feed. */
export function announcementsFeed(announcements: Sent[], siteUrl: string, siteSettings: SiteSettings): string {
  const feed = new Feed({
    id: `${siteUrl}/newsletter/archive`,
    title: `${siteSettings.name}: announcements`,
    description: siteSettings.tagline,
    link: `${siteUrl}/newsletter/archive`,
    language: "en",
    updated: announcements[0]?.sentAt ?? new Date(0),
    feedLinks: { atom: `${siteUrl}/newsletter/feed.xml` },
    copyright: siteSettings.name,
    generator: false,
  });
  for (const announcement of announcements) {
    const link = `${siteUrl}/newsletter/archive/${announcement.slug}`;
    feed.addItem({
      id: link,
      link,
      title: announcement.subject,
      date: announcement.sentAt,
      published: announcement.sentAt,
      content: renderMarkdown(announcement.body),
    });
  }
  return feed.atom1();
}
