import type { Prisma } from "../lib/generated/prisma/client";
import { SAMPLE_EDITION_SLUG } from "../lib/features/editions/sample";

const DAY = 24 * 60 * 60 * 1000;

function utcDate(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** First Thursday of May far enough ahead that registration can be open now. */
function nextEarlyMay(now: Date): Date {
  let year = now.getUTCFullYear();
  if (utcDate(year, 4, 1).getTime() - now.getTime() < 30 * DAY) year += 1;
  const first = utcDate(year, 4, 1);
  return new Date(first.getTime() + ((4 - first.getUTCDay() + 7) % 7) * DAY);
}

/**
 * A made-up edition for a local site, so that a newcomer can try registering, confirming and the
 * admin. Its dates follow the clock (it must stay open); its place is no real town, its title says
 * it is a sample, and every page that shows it carries a banner. A public site never has one.
 */
export function sampleEdition(now: Date): Prisma.EditionCreateInput {
  const startsOn = nextEarlyMay(now);
  return {
    slug: SAMPLE_EDITION_SLUG,
    isSample: true,
    name: "Sample edition: Django on the Med at Sample Bay",
    city: "Sample Bay",
    region: null,
    country: "Sampleland",
    venueName: "The Sample Hall (made up)",
    venueAddress: "1 Example Street, Sample Bay",
    venueMapUrl: null,
    timeZone: "Europe/Rome",
    startsOn,
    endsOn: new Date(startsOn.getTime() + 2 * DAY),
    registrationOpensAt: new Date(now.getTime() - DAY),
    registrationClosesAt: new Date(startsOn.getTime() - 7 * DAY),
    capacity: 30,
    published: true,
    summary: "A sample edition on this local site, to try registering: not a real event.",
    description: `This edition is **made up**: it exists on this local copy of the site so that you can try registering, confirming by email (read it in the dev mailbox) and the organizers' admin.

A real edition runs the same way: three mornings of sprinting on Django, **8:00–14:00 with breakfast**, and free afternoons by the sea.`,
    schedule: `| Time | What |
| --- | --- |
| 8:00 | Breakfast, then sprinting at the tables |
| 14:00 | Sprint ends: lunch and free afternoon |`,
    travelNotes: "Sample Bay is not a real town: there is nothing to travel to.",
    accommodationNotes: "",
  };
}
