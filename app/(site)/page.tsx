import Link from "next/link";
import { EditionCard } from "@/components/site/edition-card";
import { NextEditionNotAnnounced } from "@/components/site/next-edition-not-announced";
import { RegistrationBadge } from "@/components/site/registration-badge";
import { SampleBanner } from "@/components/site/sample-banner";
import { clock } from "@/lib/platform/clock";
import { getAvailability, getNextEdition, listPastEditions } from "@/lib/features/editions/reads";
import { formatDateRange, isoDate } from "@/lib/platform/calendar/calendar";
import { SEAT_COUNT_NOTE } from "@/lib/features/registration";
import { getSiteSettings } from "@/lib/features/site";
import { subscribeAction } from "./newsletter/actions";
import { PageHeading } from "@/components/ui/page-heading";

// Counts places: rendered again in the background every SEAT_COUNT_REFRESH_S seconds
// (lib/platform/server/public-pages.ts). Next reads the number from here, so it is written out.
export const revalidate = 5;

export default async function HomePage() {
  const siteSettings = await getSiteSettings();
  const now = clock().now();
  const today = isoDate(now);
  const [next, past] = await Promise.all([getNextEdition(today), listPastEditions(today)]);
  const availability = next ? await getAvailability(next.id) : undefined;

  return (
    <div className="space-y-14">
      {next && <SampleBanner edition={next} />}
      <section aria-labelledby="next-edition" className="rounded-2xl bg-sea-700 p-8 text-sand-50 shadow-lg">
        <p className="text-sm uppercase tracking-widest text-sun-300">{siteSettings.name}</p>
        {next ? (
          <>
            <PageHeading id="next-edition" size="large" className="mt-2">
              Next: {next.city}, {next.country}
            </PageHeading>
            <p className="mt-2 text-lg">{formatDateRange(next.startsOn, next.endsOn)}</p>
            <p className="mt-4 max-w-2xl">{next.summary}</p>
            <div className="mt-6 flex flex-wrap items-center gap-4">
              <RegistrationBadge edition={next} now={now} />
              {availability && (
                <p>
                  <span className="font-semibold">
                    {availability.seatsLeft > 0
                      ? `${availability.seatsLeft} of ${next.capacity} places left`
                      : `Full · ${availability.waiting} on the waiting list`}
                  </span>{" "}
                  <span className="text-sm">{SEAT_COUNT_NOTE}</span>
                </p>
              )}
              <Link
                href={`/editions/${next.slug}`}
                className="rounded-lg bg-sun-400 px-5 py-3 font-semibold text-sea-950 hover:bg-sun-300"
              >
                About {next.city} and how to join
              </Link>
            </div>
          </>
        ) : (
          <>
            <PageHeading id="next-edition" className="mt-2">
              The next edition is not announced yet
            </PageHeading>
            <p className="mt-4 max-w-2xl">
              No place or date has been published for the next {siteSettings.name}. {siteSettings.tagline}
            </p>
          </>
        )}
      </section>
      {!next && (
        <NextEditionNotAnnounced siteName={siteSettings.name} subscribeAction={subscribeAction} headingLevel={2} />
      )}

      <section aria-labelledby="what" className="grid gap-6 sm:grid-cols-3">
        <h2 id="what" className="sr-only">
          What a sprint day looks like
        </h2>
        <Feature title="Sprint mornings">
          8:00–14:00 at small tables, with breakfast. Bring a laptop; we bring the tickets.
        </Feature>
        <Feature title="Free afternoons">
          The beach, the coastal path, a long lunch. Off-season, so it stays affordable.
        </Feature>
        <Feature title="New contributors welcome">Every table has someone who has merged into Django before.</Feature>
      </section>

      {next && (
        <section aria-labelledby="host" className="rounded-2xl border-2 border-terracotta-500 p-6">
          <h2 id="host" className="text-2xl font-semibold">
            Host a future edition
          </h2>
          <p className="mt-2 max-w-2xl">
            Can you see the Mediterranean from home? Propose your town: a room for a dozen or more people, a café for
            breakfast, and a beach nearby is all it takes.
          </p>
          <p className="mt-4">
            <Link className="font-semibold text-terracotta-700 underline dark:text-sun-300" href="/host">
              Propose your town
            </Link>
          </p>
        </section>
      )}

      {past.length > 0 && (
        <section aria-labelledby="editions" className="space-y-4">
          <h2 id="editions" className="text-2xl font-semibold">
            Past editions
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {past.map((edition) => (
              <EditionCard key={edition.slug} edition={edition} now={now} />
            ))}
          </div>
        </section>
      )}
    </div>
  );
}

function Feature({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="rounded-xl bg-sand-100 p-5 dark:bg-sea-900">
      <h3 className="font-semibold text-terracotta-700 dark:text-sun-300">{title}</h3>
      <p className="mt-2">{children}</p>
    </div>
  );
}
