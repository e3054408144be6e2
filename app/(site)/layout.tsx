import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { subscribeAction } from "./newsletter/actions";

// Public pages are rendered once and served from Next's cache to every visitor. A write
// revalidates what it changed at once (on the instance that made it); the minute bounds how
// late the rest is: a registration window opening, an edition passing, another instance's write.
export const revalidate = 60;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10">
        {children}
      </main>
      <SiteFooter subscribeAction={subscribeAction} />
    </>
  );
}
