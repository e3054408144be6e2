import Link from "next/link";
import { consentText } from "@/lib/features/newsletter";
import { SubscribeForm, type SubscribeFormAction } from "./subscribe-form";

/**
 * What the home and editions pages offer while no next edition is announced: the newsletter, to
 * hear first when registration opens, and the form to propose a town. Nothing invites anyone to
 * register.
 */
export function NextEditionNotAnnounced({
  siteName,
  subscribeAction,
  headingLevel,
}: {
  siteName: string;
  subscribeAction: SubscribeFormAction;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <section
        aria-labelledby="hear-first"
        className="space-y-3 rounded-xl border border-sand-200 p-5 dark:border-sea-800"
      >
        <Heading id="hear-first" className="text-xl font-semibold">
          Hear first when registration opens
        </Heading>
        <p>One email when the next edition is announced, and when its registration opens.</p>
        <SubscribeForm action={subscribeAction} source="next-edition" consent={consentText(siteName)} />
      </section>
      <section aria-labelledby="host-next" className="space-y-3 rounded-xl border-2 border-terracotta-500 p-5">
        <Heading id="host-next" className="text-xl font-semibold">
          Host the next edition
        </Heading>
        <p>
          Can you see the Mediterranean from home? Propose your town: a room for a dozen or more people, a café for
          breakfast, and a beach nearby is all it takes.
        </p>
        <p>
          <Link
            href="/host"
            className="inline-block rounded-lg bg-terracotta-700 px-4 py-2 font-semibold text-white hover:bg-terracotta-600"
          >
            Propose your town
          </Link>
        </p>
      </section>
    </div>
  );
}
