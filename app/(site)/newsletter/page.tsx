import type { Metadata } from "next";
import Link from "next/link";
import { SubscribeForm } from "@/components/site/subscribe-form";
import { consentText } from "@/lib/features/newsletter";
import { getSiteSettings } from "@/lib/features/site";
import { subscribeAction } from "./actions";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return {
    title: "Newsletter",
    description: `Announcements from ${siteSettings.name}: new editions, registration and results.`,
  };
}

export default async function NewsletterPage() {
  const siteSettings = await getSiteSettings();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeading>Newsletter</PageHeading>
      <p>
        A few emails a year: where and when the next edition happens, when registration opens, and what each edition
        achieved. We send a confirmation link first, so nobody can sign up an address that is not theirs.
      </p>
      <SubscribeForm action={subscribeAction} source="newsletter-page" consent={consentText(siteSettings.name)} />
      <h2 className="text-xl font-semibold">More</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link className="underline" href="/newsletter/archive">
            Every announcement we have sent
          </Link>{" "}
          (also as an{" "}
          <a className="underline" href="/newsletter/feed.xml">
            Atom feed
          </a>
          )
        </li>
        <li>Every email has a one-click unsubscribe link at the bottom.</li>
        <li>
          <Link className="underline" href="/newsletter/privacy">
            Get a copy of your data, or have it erased
          </Link>
        </li>
      </ul>
    </div>
  );
}
