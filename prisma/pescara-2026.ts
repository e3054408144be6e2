import type { Prisma } from "../lib/generated/prisma/client";

// The second edition, as its public sources state it. Nothing here is a guess: what no source
// publishes (the venue, the number of people, first-timers, pull requests, sponsors) is left
// out or said to be unpublished, and the site shows "not published" rather than a figure.
//
// Dates, 23–25 September 2026 (Wednesday to Friday), in Pescara, Italy:
// - the public conference list scraly/developers-conferences-agenda, issue #3643
//   ("23-25: Django on the Med 2026 … Pescara (Italy)", September 2026);
// - an attendee's weeknotes for 2026 week 40 (406.ch) say he had been at Django on the Med.
// (One project README says "October 2026"; the dated sources agree on September.)
//
// Format, afternoons and outcomes: an attendee's write-up, "Looking back at Django on the Med
// 2026" (406.ch, by Matthias Kestenholz), and the justinmayer/django-benchmark README.

export const PESCARA_2026 = { startsOn: "2026-09-23", endsOn: "2026-09-25" } as const;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The copy of Pescara's page: what the old demo seed's generated copy is replaced with. */
export function pescaraCopy() {
  const startsOn = day(PESCARA_2026.startsOn);
  return {
    name: "Django on the Med: Pescara",
    city: "Pescara",
    region: "Abruzzo",
    country: "Italy",
    // No source names the venue.
    venueName: "Venue not published",
    venueAddress: "Pescara, Abruzzo, Italy",
    venueMapUrl: "https://www.openstreetmap.org/search?query=Pescara",
    timeZone: "Europe/Rome",
    startsOn,
    endsOn: day(PESCARA_2026.endsOn),
    // Closed: it is over. When it opened is not on record.
    registrationOpensAt: null,
    registrationClosesAt: startsOn,
    // Not published; nobody registers on this site for an edition that is over.
    capacity: 0,
    summary:
      "The second edition: three days of development sprints and socialising in Pescara, on the Adriatic, with no talks.",
    description: `The second Django on the Med took place in **Pescara, Italy, from Wednesday 23 to Friday 25 September 2026**.

Tickets were free and reserved in advance. There were **no talks**: only development sprints and socialising.

The sprint started on the Wednesday with a **warm-up session led by Carlton Gibson**, around three questions: what is great about Django, what the risks are or what could be better, and what each person plans to work on.

In the afternoons there were outings: a **bike ride along the old railway line**, now a cycle path by the sea, and a **bus trip to a vineyard and to the town of Penne**. The edition closed on the Friday with a group photo.

How many people came is not published.`,
    schedule: `| Day | What |
| --- | --- |
| Wednesday 23 September | Warm-up session led by Carlton Gibson, then sprinting |
| Every day | Development sprints and socialising; no talks |
| Afternoons | A bike ride along the old railway line by the sea; a bus trip to a vineyard and to Penne |
| Friday 25 September | Closing, with a group photo |`,
    travelNotes: "",
    accommodationNotes: "",
    // People, first-timers and pull-request figures are not published: left empty, never guessed.
    reportedPeople: null,
    reportedFirstTimers: null,
    reportedPullRequestsOpened: null,
    reportedPullRequestsMerged: null,
    reportedPullRequestsClosed: null,
  } satisfies Prisma.EditionUpdateInput;
}

/**
 * The outcomes that are public. People are credited only through registrations, and this site
 * has none for Pescara: they are named in the notes, as the sources name them. No status
 * history is invented (the weeks-after chart stays empty until a refresh records one).
 */
export function pescaraOutcomes(): Prisma.OutcomeCreateWithoutEditionInput[] {
  const recorded = { createdAt: day(PESCARA_2026.endsOn), updatedAt: day(PESCARA_2026.endsOn) };
  return [
    {
      ...recorded,
      kind: "pull_request",
      title: "Import maps for Django: the DEP draft for import-map support reworked",
      url: "https://github.com/django/deps/pull/101",
      area: "Import maps",
      // Source: "Looking back at Django on the Med 2026" (406.ch), by the person who did the work.
      notes:
        "By Matthias Kestenholz. django/deps pull request #101, with its feature ticket (django/new-features issue #214) and a reference implementation in feincms/django-js-asset.",
    },
    {
      ...recorded,
      kind: "other",
      title: "Django benchmarking: the django-benchmark project, begun at this edition",
      url: "https://github.com/justinmayer/django-benchmark",
      area: "Performance",
      // Source: the project's README says it was begun at Django on the Med 2026. Palafrugell's
      // "benchmarking effort" is another outcome: this is the project begun here.
      notes: "The project's README says it was begun at Django on the Med 2026.",
    },
  ];
}

export function pescara2026(): Prisma.EditionCreateInput {
  return { slug: "pescara", published: true, ...pescaraCopy(), outcomes: { create: pescaraOutcomes() } };
}
