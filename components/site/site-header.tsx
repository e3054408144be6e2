import Link from "next/link";
import { getSiteSettings } from "@/lib/features/site";

export async function SiteHeader() {
  const siteSettings = await getSiteSettings();
  return (
    <header className="bg-(--color-accent) text-sand-50 print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:rounded focus:bg-sun-400 focus:px-4 focus:py-2 focus:text-sea-950"
      >
        Skip to content
      </a>
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="text-lg font-bold tracking-tight">
          {siteSettings.name}
        </Link>
        <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm font-medium">
          <li>
            <Link href="/editions" className="hover:text-sun-300">
              Editions
            </Link>
          </li>
          <li>
            <Link href="/impact" className="hover:text-sun-300">
              Impact
            </Link>
          </li>
          <li>
            <Link href="/about" className="hover:text-sun-300">
              About
            </Link>
          </li>
          <li>
            <Link href="/newsletter" className="hover:text-sun-300">
              Newsletter
            </Link>
          </li>
          <li>
            <Link href="/host" className="hover:text-sun-300">
              Host one
            </Link>
          </li>
          <li>
            <Link href="/code-of-conduct" className="hover:text-sun-300">
              Code of conduct
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
