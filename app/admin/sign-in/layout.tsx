import Link from "next/link";
import type { ReactNode } from "react";
import { DefaultOrganizerProxyNotice } from "@/components/admin/default-organizer-proxy-notice";
import { getSiteSettings } from "@/lib/features/site";

export default async function SignInLayout({ children }: { children: ReactNode }) {
  const siteSettings = await getSiteSettings();
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 space-y-5 px-4 py-16">
      <p>
        <Link href="/" className="font-bold underline">
          {siteSettings.name}
        </Link>
      </p>
      {children}
      <DefaultOrganizerProxyNotice />
    </main>
  );
}
