import Link from "next/link";
import { env } from "@/lib/env";
import { siteSettings } from "@/lib/site/settings";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-sand-200 bg-sand-100 text-sm dark:border-sea-800 dark:bg-sea-900">
      <div className="mx-auto flex max-w-5xl flex-col gap-2 px-4 py-8 sm:flex-row sm:justify-between">
        <p>
          {siteSettings.name}: a community sprint, run by volunteers. #{siteSettings.hashtag}
        </p>
        <p>
          <Link className="underline" href="/privacy">
            Privacy
          </Link>
        </p>
        <p>
          Contact: <a className="underline" href={`mailto:${siteSettings.contactEmail}`}>{siteSettings.contactEmail}</a>
        </p>
        {env().devMailbox && (
          <p>
            <Link className="underline" href="/dev/mailbox">
              Dev mailbox
            </Link>{" "}
            (local only: the mail this site sent)
          </p>
        )}
      </div>
    </footer>
  );
}
