import type { Metadata } from "next";
import { EditionCard } from "@/components/site/edition-card";
import { clock } from "@/lib/platform/clock";
import { NextEditionNotAnnounced } from "@/components/site/next-edition-not-announced";
import { SampleBanner } from "@/components/site/sample-banner";
import { getNextEdition, listPublishedEditions } from "@/lib/features/editions/reads";
import { isoDate } from "@/lib/platform/calendar/calendar";
import { getSiteSettings } from "@/lib/features/site";
import { subscribeAction } from "../newsletter/actions";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const siteSettings = await getSiteSettings();
  return {
    title: "Editions",
    description: `Every ${siteSettings.name} sprint: where, when, and what each achieved.`,
  };
}

export default async function EditionsPage() {
  const siteSettings = await getSiteSettings();
  const now = clock().now();
  const [editions, next] = await Promise.all([listPublishedEditions(), getNextEdition(isoDate(now))]);
  return (
    <div className="space-y-6">
      <PageHeading>Editions</PageHeading>
      <p className="max-w-2xl">
        Every {siteSettings.name} so far{next ? " and the next one" : ""}: three mornings of sprinting in a different
        town by the sea each time.
      </p>
      {!next && (
        <section aria-labelledby="next-edition" className="space-y-4">
          <h2 id="next-edition" className="text-2xl font-semibold">
            The next edition is not announced yet
          </h2>
          <p>No place or date has been published for the next one.</p>
          <NextEditionNotAnnounced siteName={siteSettings.name} subscribeAction={subscribeAction} headingLevel={3} />
        </section>
      )}
      {editions.some((edition) => edition.isSample) && <SampleBanner edition={{ isSample: true }} />}
      {editions.length > 0 && (
        <div className="grid gap-4 sm:grid-cols-2">
          {editions.map((edition) => (
            <EditionCard key={edition.slug} edition={edition} now={now} headingLevel={2} />
          ))}
        </div>
      )}
    </div>
  );
}
