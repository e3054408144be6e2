import Link from "next/link";
import { LinkProblem } from "@/components/site/link-problem";
import { clock } from "@/lib/platform/clock";
import { readSubscriberLink } from "@/lib/features/newsletter/reads";
import { consentText } from "@/lib/features/newsletter";
import { getSiteSettings } from "@/lib/features/site";
import { ConfirmSubscriptionForm } from "./confirm-form";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

/** Opening the link changes nothing (mail scanners open links): confirming takes the button. */
export default async function ConfirmSubscriptionPage({ params, searchParams }: Props) {
  const { token } = await params;
  const found = await readSubscriberLink(token, "confirm", clock().now());
  if (!found.ok) return <LinkProblem flow="newsletter" problem={found.problem} />;
  if (found.used) {
    const subscribed = found.subscriber.status === "confirmed";
    const done = Boolean((await searchParams).done);
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeading>{done && subscribed ? "You're subscribed" : "This link has already been used"}</PageHeading>
        <p>
          {subscribed
            ? `${found.subscriber.email} receives our announcements. Every one has a one-click unsubscribe link.`
            : "It no longer changes anything. Subscribe again from the newsletter page if you like."}
        </p>
        <p>
          <Link className="underline" href="/newsletter/archive">
            Read past announcements
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeading>Confirm your subscription</PageHeading>
      <p>
        Subscribe <strong>{found.subscriber.email}</strong> to announcements?
      </p>
      <p className="rounded-lg bg-sand-100 p-4 dark:bg-sea-900">{consentText((await getSiteSettings()).name)}</p>
      <ConfirmSubscriptionForm token={token} />
    </div>
  );
}
