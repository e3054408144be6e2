import type { MetadataRoute } from "next";
import { listPublishedEditions } from "@/lib/data/editions";
import { env } from "@/lib/env";

// Read at request time: the build never opens the database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = env().siteUrl;
  const editions = await listPublishedEditions();
  const pages = ["", "/editions", "/about", "/code-of-conduct", "/privacy"].map((path) => ({ url: `${site}${path}` }));
  return [
    ...pages,
    ...editions.map((edition) => ({ url: `${site}/editions/${edition.slug}`, lastModified: edition.updatedAt })),
  ];
}
