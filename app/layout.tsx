import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/platform/env";
import { getSiteSettings } from "@/lib/features/site";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return {
    metadataBase: new URL(env().siteUrl),
    title: { default: siteSettings.name, template: `%s · ${siteSettings.name}` },
    description: siteSettings.tagline,
    icons: { icon: "/favicon.svg" },
    openGraph: { siteName: siteSettings.name, type: "website" },
    alternates: {
      types: {
        "application/atom+xml": [{ url: "/newsletter/feed.xml", title: `${siteSettings.name}: announcements` }],
      },
    },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const siteSettings = await getSiteSettings();
  return (
    <html lang="en">
      {/* The organizers' accent colour, used by the header (checked for contrast when saved). */}
      <body
        className="flex min-h-screen flex-col"
        style={{ "--color-accent": siteSettings.accentColor } as React.CSSProperties}
      >
        {children}
      </body>
    </html>
  );
}
