import type { ReactNode } from "react";
import { signOutAction } from "./sign-out-action";
import { currentOrganizer } from "@/lib/platform/auth/require-organizer";
import { getSiteSettings } from "@/lib/features/site";

const NAV = [
  ["/admin", "Dashboard"],
  ["/admin/editions", "Editions"],
  ["/admin/announcements", "Announcements"],
  ["/admin/proposals", "Proposals"],
  ["/admin/subscribers", "Subscribers"],
  ["/admin/organizers", "Organizers"],
  ["/admin/mail", "Mail"],
  ["/admin/settings", "Settings"],
  ["/admin/audit", "Audit log"],
] as const;

/**
 * Navigation only: each page checks the organizer itself (a layout does not guard actions).
 * Plain links: the admin pages are dynamic, so client-side Links would cost render time on
 * every view and prefetch every section on every view.
 */
export default async function AdminAreaLayout({ children }: { children: ReactNode }) {
  const siteSettings = await getSiteSettings();
  const organizer = await currentOrganizer();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-sun-300 focus:p-2 focus:text-sea-950"
      >
        Skip to content
      </a>
      <header className="bg-sea-900 text-sand-50 print:hidden">
        <nav aria-label="Admin" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3">
          <a href="/" className="font-bold">
            {siteSettings.name}
          </a>
          <ul className="flex flex-wrap gap-4 text-sm font-medium">
            {NAV.map(([href, label]) => (
              <li key={href}>
                <a href={href} className="hover:text-sun-300">
                  {label}
                </a>
              </li>
            ))}
          </ul>
          {organizer && (
            <form action={signOutAction} className="ml-auto flex items-center gap-3 text-sm">
              <span>{organizer.email}</span>
              <button type="submit" className="rounded border border-sand-200 px-2 py-1 hover:bg-sea-800">
                Sign out
              </button>
            </form>
          )}
        </nav>
      </header>
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
    </>
  );
}
