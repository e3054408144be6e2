import type { MetadataRoute } from "next";
import { listSentAnnouncements } from "@/lib/features/newsletter/reads";
import { listPublishedEditions } from "@/lib/features/editions/reads";
import { env } from "@/lib/platform/env";

// Read at request time: the build never opens the database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = env().siteUrl;
  const [editions, announcements] = await Promise.all([listPublishedEditions(), listSentAnnouncements()]);
  const pages = [
    "",
    "/editions",
    "/impact",
    "/host",
    "/about",
    "/code-of-conduct",
    "/privacy",
    "/newsletter",
    "/newsletter/archive",
  ].map((path) => ({ url: `${site}${path}` }));
  return [
    ...pages,
    ...editions.flatMap((edition) => [
      { url: `${site}/editions/${edition.slug}`, lastModified: edition.updatedAt },
      { url: `${site}/editions/${edition.slug}/impact` },
    ]),
    ...announcements.map((announcement) => ({
      url: `${site}/newsletter/archive/${announcement.slug}`,
      lastModified: announcement.sentAt,
    })),
  ];
}
