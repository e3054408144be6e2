import type { Db } from "../lib/db";
import type { Prisma } from "../lib/generated/prisma/client";

const DAY = 24 * 60 * 60 * 1000;

function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** First `weekday` (0 = Sunday) on or after the given calendar date. */
function firstWeekdayFrom(date: Date, weekday: number): Date {
  const shift = (weekday - date.getUTCDay() + 7) % 7;
  return new Date(date.getTime() + shift * DAY);
}

/** Early May far enough ahead that registration can be open now. */
function nextEarlyMay(now: Date): Date {
  let year = now.getUTCFullYear();
  if (utcDate(year, 4, 1).getTime() - now.getTime() < 30 * DAY) year += 1;
  return firstWeekdayFrom(utcDate(year, 4, 1), 4); // first Thursday of May
}

const DAILY_FORMAT = `| Time | What |
| --- | --- |
| 8:00 | Breakfast, then sprinting at the tables |
| 14:00 | Sprint ends: lunch and free afternoon |
| Afternoon | The beach, the coastal path, or more sprinting if you want |`;

/** The series as publicly known; an organizer edits the details later. */
export function seriesEditions(now: Date): Prisma.EditionCreateInput[] {
  // Pescara is the demo's upcoming, open edition, so its dates follow the clock (early May, as
  // the series plans); Palafrugell happened, and its dates are facts.
  const pescaraStart = nextEarlyMay(now);
  const palafrugellStart = utcDate(2025, 9, 7);
  const palafrugellEnd = utcDate(2025, 9, 9);
  // Outcomes recorded after the edition, as organizers would for one held before the site.
  // No status history: when each status held is not on record, so the weeks-after chart stays
  // empty until refreshes record them.
  const recorded = { createdAt: palafrugellEnd, updatedAt: palafrugellEnd };
  return [
    {
      slug: "palafrugell",
      name: "Django on the Med: Palafrugell",
      city: "Palafrugell",
      region: "Costa Brava, Catalonia",
      country: "Spain",
      venueName: "Space lent by the Ajuntament de Palafrugell (town council)",
      venueAddress: "Palafrugell, Girona, Spain",
      venueMapUrl: "https://www.openstreetmap.org/search?query=Palafrugell",
      timeZone: "Europe/Madrid",
      startsOn: palafrugellStart,
      endsOn: palafrugellEnd,
      // Closed: it is over. When it opened is not on record.
      registrationOpensAt: null,
      registrationClosesAt: palafrugellStart,
      capacity: 14,
      published: true,
      // Held before the site: its figures as the organizers reported them.
      reportedPeople: 14,
      reportedFirstTimers: 5,
      reportedPullRequestsOpened: 5,
      reportedPullRequestsMerged: 1,
      reportedPullRequestsClosed: 1,
      summary: "The first edition: 14 people at three tables, three mornings of sprinting on the Costa Brava.",
      description: `The first Django on the Med brought **14 people** together at **three tables** on the Costa Brava.

Every morning from 8:00 to 14:00 we sprinted on Django with breakfast on the table; the afternoons were free for the beach and the Camí de Ronda, the coastal path between the coves.

The first morning held a **roadmap workshop**, with a write-up promised. About **five** of us were new contributors, and all of them got going on real work.`,
      schedule: DAILY_FORMAT,
      travelNotes: "Girona is the nearest railway station; buses run from Girona and Barcelona to Palafrugell.",
      accommodationNotes: "Off-season, apartments and small hotels in Calella and Llafranc are easy to find.",
      sponsors: {
        create: [
          { name: "Python España", url: "https://es.python.org/", contribution: "Breakfast", position: 0 },
          {
            name: "Django Software Foundation",
            url: "https://www.djangoproject.com/foundation/",
            contribution: "Sponsor",
            position: 1,
          },
          { name: "Buttondown", url: "https://buttondown.com/", contribution: "Newsletter", position: 2 },
        ],
      },
      // What the edition achieved, as reported; links are added by organizers once known.
      outcomes: {
        create: [
          {
            ...recorded,
            kind: "pull_request",
            title: "Database-level cascading deletes: on_delete done by the database's constraints instead of Python",
            area: "ORM",
          },
          {
            ...recorded,
            kind: "pull_request",
            title: "A new contributor's work on an 18-year-old ticket in the cache framework",
            area: "Cache",
            firstContribution: true,
            notes: "The ticket's number is about 5,500.",
          },
          { ...recorded, kind: "other", title: "A speed-up of static files collection", area: "Static files" },
          { ...recorded, kind: "other", title: "A benchmarking effort for Django's performance", area: "Performance" },
          {
            ...recorded,
            kind: "talk",
            title: "The roadmap workshop's write-up",
            notes: "Promised after the workshop.",
          },
        ],
      },
    },
    {
      slug: "pescara",
      name: "Django on the Med: Pescara",
      city: "Pescara",
      region: "Abruzzo",
      country: "Italy",
      venueName: "Venue to be announced",
      venueAddress: "Pescara, Abruzzo, Italy",
      venueMapUrl: "https://www.openstreetmap.org/search?query=Pescara",
      timeZone: "Europe/Rome",
      startsOn: pescaraStart,
      endsOn: new Date(pescaraStart.getTime() + 2 * DAY),
      registrationOpensAt: new Date(now.getTime() - DAY),
      registrationClosesAt: new Date(pescaraStart.getTime() - 7 * DAY),
      capacity: 30,
      published: true,
      summary: "The next edition: three mornings of Django sprinting on the Adriatic, off-season, in early May.",
      description: `Three days of contributing to Django on the Adriatic coast, before the summer crowds.

Sprinting runs **8:00–14:00 with breakfast**; the afternoons are yours for the beach and the seafront. First-time contributors are welcome: every table has someone who has done it before.`,
      schedule: DAILY_FORMAT,
      travelNotes:
        "Pescara Centrale has direct trains along the Adriatic line and from Rome; ferries reach the Abruzzo and Marche coast from Croatia.",
      accommodationNotes:
        "Early May is off-season: hotels on the seafront are affordable. Share rooms with other attendees to keep it cheaper.",
    },
  ];
}

/** Seeds the series into an empty database; an existing database is left as organizers made it. */
export async function seedIfEmpty(client: Db, now: Date): Promise<"seeded" | "skipped"> {
  return client.$transaction(async (tx) => {
    if ((await tx.edition.count()) > 0) return "skipped";
    for (const data of seriesEditions(now)) await tx.edition.create({ data });
    return "seeded";
  });
}
