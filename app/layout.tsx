import type { Metadata } from "next";
import type { ReactNode } from "react";
import { env } from "@/lib/env";
import { siteSettings } from "@/lib/site/settings";
import "./globals.css";

// Every page carries a per-request CSP nonce (proxy.ts), so pages render per request;
// the data they read is what gets cached.
export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(env().siteUrl),
    title: { default: siteSettings.name, template: `%s · ${siteSettings.name}` },
    description: siteSettings.tagline,
    icons: { icon: "/favicon.svg" },
    openGraph: { siteName: siteSettings.name, type: "website" },
    alternates: { types: { "application/atom+xml": [{ url: "/newsletter/feed.xml", title: `${siteSettings.name}: announcements` }] } },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
