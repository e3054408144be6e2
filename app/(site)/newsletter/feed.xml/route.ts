import { listSentAnnouncements } from "@/lib/data/announcements";
import { env } from "@/lib/env";
import { announcementsFeed } from "@/lib/newsletter/feed";
import { getSiteSettings } from "@/lib/site/load";

export const dynamic = "force-dynamic";

export async function GET() {
  const xml = announcementsFeed(await listSentAnnouncements(50), env().siteUrl, await getSiteSettings());
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
