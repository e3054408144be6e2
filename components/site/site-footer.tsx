import Link from "next/link";
import { env } from "@/lib/platform/env";
import { consentText } from "@/lib/features/newsletter";
import { getSiteSettings } from "@/lib/features/site";
import { SubscribeForm, type SubscribeFormAction } from "./subscribe-form";

/** The site's footer; the layout passes in the newsletter form's action (imports point from app/ down). */
export async function SiteFooter({ subscribeAction }: { subscribeAction: SubscribeFormAction }) {
  const siteSettings = await getSiteSettings();
  return (
    <footer className="mt-16 print:hidden border-t border-sand-200 bg-sand-100 text-sm dark:border-sea-800 dark:bg-sea-900">
      <section aria-labelledby="footer-newsletter" className="mx-auto max-w-5xl px-4 pt-8">
        <h2 id="footer-newsletter" className="text-lg font-semibold">
          Hear about the next edition
        </h2>
        <div className="mt-3 max-w-2xl">
          <SubscribeForm action={subscribeAction} source="footer" consent={consentText(siteSettings.name)} compact />
        </div>
        <p className="mt-3">
          <Link className="underline" href="/newsletter/archive">
            Past announcements
          </Link>{" "}
          ·{" "}
          <a className="underline" href="/newsletter/feed.xml">
            Atom feed
          </a>
        </p>
      </section>
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
          Contact:{" "}
          <a className="underline" href={`mailto:${siteSettings.contactEmail}`}>
            {siteSettings.contactEmail}
          </a>
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
