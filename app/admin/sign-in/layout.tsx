import Link from "next/link";
import type { ReactNode } from "react";
import { siteSettings } from "@/lib/site/settings";

export default function SignInLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 space-y-5 px-4 py-16">
      <p>
        <Link href="/" className="font-bold underline">
          {siteSettings.name}
        </Link>
      </p>
      {children}
    </main>
  );
}
