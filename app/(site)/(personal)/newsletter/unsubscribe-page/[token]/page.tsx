import Link from "next/link";
import { LinkProblem } from "@/components/site/link-problem";
import { clock } from "@/lib/platform/clock";
import { readSubscriberLink } from "@/lib/features/newsletter/reads";
import { PageHeading } from "@/components/ui/page-heading";

export const metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

const buttonClass =
  "rounded-lg bg-sea-700 px-5 py-2.5 font-semibold text-sand-50 hover:bg-sea-800 dark:bg-sun-400 dark:text-sea-950";

/**
 * Shown for a GET on /newsletter/unsubscribe/TOKEN (proxy.ts rewrites it here), so opening the
 * link changes nothing. The button is a plain form POST to the one-click handler: no JavaScript.
 */
export default async function UnsubscribePage({ params, searchParams }: Props) {
  const { token } = await params;
  const found = await readSubscriberLink(token, "unsubscribe", clock().now());
  if (!found.ok) return <LinkProblem flow="newsletter" problem={found.problem} />;
  const { subscriber } = found;
  const unsubscribed = found.used || subscriber.status === "unsubscribed" || Boolean((await searchParams).done);

  if (unsubscribed) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <PageHeading>You’re unsubscribed</PageHeading>
        <p role="status">
          {subscriber.status === "confirmed"
            ? `${subscriber.email} is subscribed again since this link was used, so it changes nothing now.`
            : `${subscriber.email} will receive no more announcements.`}
        </p>
        <p>
          Changed your mind?{" "}
          <Link className="underline" href="/newsletter">
            Subscribe again
          </Link>
          .
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      <PageHeading>Unsubscribe</PageHeading>
      <p>
        Stop sending announcements to <strong>{subscriber.email}</strong>?
      </p>
      <form method="post" action={`/newsletter/unsubscribe/${token}`}>
        <input type="hidden" name="List-Unsubscribe" value="One-Click" />
        <input type="hidden" name="via" value="page" />
        <button type="submit" className={buttonClass}>
          Unsubscribe
        </button>
      </form>
    </div>
  );
}
