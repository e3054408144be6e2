import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getSiteSettings } from "@/lib/features/site";

// The admin is rendered for each request, never cached, with a per-request CSP nonce.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return {
    title: { default: "Admin", template: `%s · Admin · ${siteSettings.name}` },
    robots: { index: false, follow: false },
  };
}

export default function AdminRootLayout({ children }: { children: ReactNode }) {
  return <div className="flex min-h-screen flex-col bg-sand-50 dark:bg-sea-950">{children}</div>;
}
