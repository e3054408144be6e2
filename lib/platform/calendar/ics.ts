import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { daysBetween, zonedTime } from "./zoned-time";

export type IcsEdition = {
  slug: string;
  name: string;
  timeZone: string;
  startsOn: Date;
  endsOn: Date;
  venueName: string;
  venueAddress: string;
};

/** Sprint hours at the venue, every day of the edition. */
export const SPRINT_HOURS = { start: "08:00", end: "14:00" } as const;

const cache = new Map<string, string>();

/** The same calendar for everyone at an edition: built once (about 1 ms) per edition and version. */
export function cachedEditionCalendar(edition: IcsEdition, siteUrl: string): string {
  const { slug, name, timeZone, startsOn, endsOn, venueName, venueAddress } = edition;
  const key = JSON.stringify([slug, name, timeZone, startsOn, endsOn, venueName, venueAddress, siteUrl]);
  let calendar = cache.get(key);
  if (!calendar) {
    if (cache.size > 100) cache.clear();
    calendar = editionCalendar(edition, siteUrl);
    cache.set(key, calendar);
  }
  return calendar;
}

/**
 * One event per sprint morning, in UTC instants computed from the venue's local hours, with
 * UIDs that stay the same however often the file is downloaded, so calendars update in place.
 */
export function editionCalendar(edition: IcsEdition, siteUrl: string): string {
  const host = new URL(siteUrl).hostname;
  const calendar = ical({
    name: edition.name,
    prodId: { company: "Django on the <blank>", product: "editions" } /* the software, not the site */,
  });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const [index, day] of daysBetween(edition.startsOn, edition.endsOn).entries()) {
    calendar.createEvent({
      id: `${edition.slug}-${day}@${host}`,
      start: zonedTime(day, SPRINT_HOURS.start, edition.timeZone),
      end: zonedTime(day, SPRINT_HOURS.end, edition.timeZone),
      summary: `${edition.name}: sprint day ${index + 1}`,
      description: `Sprinting with breakfast, ${SPRINT_HOURS.start}–${SPRINT_HOURS.end}. ${siteUrl}/editions/${edition.slug}`,
      location: `${edition.venueName}, ${edition.venueAddress}`,
      url: `${siteUrl}/editions/${edition.slug}`,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
