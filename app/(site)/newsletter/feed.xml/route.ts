import { listSentAnnouncements } from "@/lib/features/newsletter/reads";
import { announcementsFeed } from "@/lib/features/newsletter";
import { env } from "@/lib/platform/env";
import { getSiteSettings } from "@/lib/features/site";

// Made on its first download and then cached like the calendar file; sending an announcement
// revalidates it (app/admin/(area)/announcements/actions.ts).
export const revalidate = 60;

export async function GET() {
  const xml = announcementsFeed(await listSentAnnouncements(50), env().siteUrl, await getSiteSettings());
  return new Response(xml, {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" },
  });
}
