import { listSentAnnouncements } from "@/lib/data/announcements";
import { env } from "@/lib/env";
import { announcementsFeed } from "@/lib/newsletter/feed";

export const dynamic = "force-dynamic";

export async function GET() {
  const xml = announcementsFeed(await listSentAnnouncements(50), env().siteUrl);
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
}
