import type { MetadataRoute } from "next";
import { env } from "@/lib/platform/env";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/registrations/", "/dev/", "/admin/"] },
    sitemap: `${env().siteUrl}/sitemap.xml`,
  };
}
