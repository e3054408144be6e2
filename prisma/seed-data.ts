import type { Db } from "../lib/platform/db";
import { unpublishSamples, upgradeOldPescara, type OldPescaraUpgrade } from "./old-seed";
import { sampleEdition } from "./sample-edition";
import type { Prisma } from "../lib/generated/prisma/client";
import { pescara2026 } from "./pescara-2026";

function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

const DAILY_FORMAT = `| Time | What |
| --- | --- |
| 8:00 | Breakfast, then sprinting at the tables |
| 14:00 | Sprint ends: lunch and free afternoon |
| Afternoon | The beach, the coastal path, or more sprinting if you want |`;

/**
 * The series as publicly known: every date, place and figure below is a published fact, with its
 * source beside it. None follows the clock. An organizer edits the details later.
 */
export function seriesEditions(): Prisma.EditionCreateInput[] {
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
    pescara2026(),
  ];
}

export type SeedReport = {
  /** The series was written into an empty database. */
  seeded: boolean;
  /** An old demo seed's Pescara (dates that followed the clock) brought to the true record, or left alone. */
  oldPescara: OldPescaraUpgrade;
  /** The sample edition was created (local site), or unpublished (the site is now public). */
  sample: "created" | "unpublished" | null;
};

/**
 * Seeds the series and, on a local site, the sample edition into an empty database. On every
 * start after that it only repairs: an old demo seed's Pescara is brought to the true record,
 * and a public site unpublishes a sample left from when it was local. Idempotent.
 */
export async function seedSeries(client: Db, now: Date, { localSite }: { localSite: boolean }): Promise<SeedReport> {
  return client.$transaction(async (tx) => {
    if ((await tx.edition.count()) === 0) {
      for (const data of seriesEditions()) await tx.edition.create({ data });
      if (localSite) await tx.edition.create({ data: sampleEdition(now) });
      return { seeded: true, oldPescara: null, sample: localSite ? "created" : null };
    }
    const oldPescara = await upgradeOldPescara(tx);
    let sample: SeedReport["sample"] = null;
    // An old local seed had Pescara as its open edition: the sample takes that place.
    if (oldPescara === "corrected" && localSite && (await tx.edition.count({ where: { isSample: true } })) === 0) {
      await tx.edition.create({ data: sampleEdition(now) });
      sample = "created";
    }
    if (!localSite && (await unpublishSamples(tx)) > 0) sample = "unpublished";
    return { seeded: false, oldPescara, sample };
  });
}

/** What `npm start` prints about the seed. */
export function describeSeed(report: SeedReport): string[] {
  return [
    report.seeded ? "Seeded the series' editions." : "Seed: the database already has editions.",
    report.oldPescara === "corrected" && "Seed: Pescara corrected to the true record (23–25 September 2026, past).",
    report.oldPescara === "kept" &&
      "Seed: Pescara still holds the old demo dates but has registrations, so it was left as it is; the admin dashboard says what to do.",
    report.sample === "created" && "Seed: a sample edition to try registering (local site only).",
    report.sample === "unpublished" &&
      "Seed: this site is public, so the sample edition from when it was local was unpublished; the admin dashboard says so.",
  ].filter((line): line is string => typeof line === "string");
}
