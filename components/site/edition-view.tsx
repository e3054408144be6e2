import { EditionJournal } from "@/components/journal/edition-journal";
import { ImpactTeaser } from "@/components/outcomes/impact-teaser";
import { RegisterCall } from "@/components/site/register-call";
import { RegistrationBadge } from "@/components/site/registration-badge";
import { SampleBanner } from "@/components/site/sample-banner";
import { Markdown } from "@/components/ui/markdown";
import { getAvailability, listPublicAttendees, type EditionDetail } from "@/lib/features/editions/reads";
import { editionJsonLd, jsonLdScript } from "@/lib/features/editions";
import { formatDateRange } from "@/lib/platform/calendar/calendar";
import { editionPhase, registrationWindow } from "@/lib/features/registration";
import { env } from "@/lib/platform/env";
import { getSiteSettings } from "@/lib/features/site";
import { PageHeading } from "@/components/ui/page-heading";

/** An edition's page: the public one, and the organizers' preview of an unpublished one. */
export async function EditionView({
  edition,
  now,
  preview = false,
}: {
  edition: EditionDetail;
  now: Date;
  preview?: boolean;
}) {
  const [{ seatsLeft, waiting }, attendees, siteSettings] = await Promise.all([
    getAvailability(edition.id),
    listPublicAttendees(edition.id),
    getSiteSettings(),
  ]);
  const jsonLd = editionJsonLd(edition, {
    siteUrl: env().siteUrl,
    siteName: siteSettings.name,
    seatsLeft,
    window: registrationWindow(edition, now),
    past: editionPhase(edition, now) === "past",
  });

  return (
    <article className="space-y-10">
      {preview && (
        <p role="status" className="rounded-lg border-2 border-terracotta-600 bg-sand-100 p-3 font-medium text-sea-950">
          Preview: this edition is not published. Only organizers can see this page.
        </p>
      )}
      <SampleBanner edition={edition} />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(jsonLd) }} />
      <header className="space-y-3">
        <PageHeading size="large">{edition.name}</PageHeading>
        <p className="text-lg">
          {formatDateRange(edition.startsOn, edition.endsOn)} · {edition.city}
          {edition.region ? `, ${edition.region}` : ""}, {edition.country}
        </p>
        {editionPhase(edition, now) !== "upcoming" && <RegistrationBadge edition={edition} now={now} />}
      </header>

      <RegisterCall edition={edition} now={now} seatsLeft={seatsLeft} waiting={waiting} />
      {editionPhase(edition, now) !== "past" && (
        <p>
          <a
            className="font-medium text-sea-700 underline dark:text-sun-300"
            href={`/editions/${edition.slug}/calendar.ics`}
          >
            Add the sprint mornings to your calendar (.ics)
          </a>
        </p>
      )}

      <Markdown source={edition.description} />

      {edition._count.outcomes > 0 && <ImpactTeaser edition={edition} />}

      <section aria-labelledby="venue" className="space-y-2">
        <h2 id="venue" className="text-2xl font-semibold">
          Venue
        </h2>
        <p className="font-medium">{edition.venueName}</p>
        <p>{edition.venueAddress}</p>
        {edition.venueMapUrl && (
          <p>
            <a
              className="text-sea-700 underline dark:text-sun-300"
              href={edition.venueMapUrl}
              rel="noopener noreferrer"
            >
              Open the map
            </a>
          </p>
        )}
      </section>

      <Section id="schedule" title="A sprint day" source={edition.schedule} />
      <Section id="travel" title="Getting there" source={edition.travelNotes} />
      <Section id="stay" title="Where to stay" source={edition.accommodationNotes} />

      {attendees.length > 0 && (
        <section aria-labelledby="attendees" className="space-y-3">
          <h2 id="attendees" className="text-2xl font-semibold">
            Who is coming
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {attendees.map((person) => (
              <li key={person.id}>
                <span className="font-medium">{person.name}</span>, {person.city}
                {person.interests.length > 0 && <span className="text-sm"> · {person.interests.join(", ")}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}

      {edition._count.journalPosts > 0 && <EditionJournal edition={edition} />}

      {edition.sponsors.length > 0 && (
        <section aria-labelledby="sponsors" className="space-y-3">
          <h2 id="sponsors" className="text-2xl font-semibold">
            Thanks to our sponsors
          </h2>
          <ul className="grid gap-3 sm:grid-cols-3">
            {edition.sponsors.map((sponsor) => (
              <li key={sponsor.name} className="rounded-lg border border-sand-200 p-4 dark:border-sea-800">
                {sponsor.url ? (
                  <a className="font-semibold underline" href={sponsor.url} rel="noopener noreferrer">
                    {sponsor.name}
                  </a>
                ) : (
                  <span className="font-semibold">{sponsor.name}</span>
                )}
                <p className="text-sm">{sponsor.contribution}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

function Section({ id, title, source }: { id: string; title: string; source: string }) {
  if (!source.trim()) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      <Markdown source={source} />
    </section>
  );
}
