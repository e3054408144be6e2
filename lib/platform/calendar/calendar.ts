/** Edition dates are calendar dates (stored at UTC midnight); these helpers keep them so. */
import { dateFormat } from "../text/date-format";
import { daysBetween } from "./zoned-time";

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar date it is now at a place, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date): string {
  return dateFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

const dayMonth = (locale: string) => dateFormat(locale, { day: "numeric", month: "long", timeZone: "UTC" });
const dayMonthYear = (locale: string) =>
  dateFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

// Every registration email names its edition's dates, and ICU's formatRange is slow; the ranges
// in use are few (one per edition).
const formattedRanges = new Map<string, string>();

/** "7–9 May 2027", or "30 September – 2 October 2025" across months. */
export function formatDateRange(startsOn: Date, endsOn: Date, locale = "en-GB"): string {
  const key = `${startsOn.getTime()}|${endsOn.getTime()}|${locale}`;
  let text = formattedRanges.get(key);
  if (text === undefined) {
    text =
      isoDate(startsOn) === isoDate(endsOn)
        ? dayMonthYear(locale).format(startsOn)
        : dayMonthYear(locale).formatRange(startsOn, endsOn);
    formattedRanges.set(key, text);
  }
  return text;
}

export function formatDayMonth(date: Date, locale = "en-GB"): string {
  return dayMonth(locale).format(date);
}

const weekdayDayMonth = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  timeZone: "UTC",
});

/** The edition's days as form options: "2031-05-01" → "Thursday 1 May". */
export function editionDayOptions(startsOn: Date, endsOn: Date): Record<string, string> {
  return Object.fromEntries(daysBetween(startsOn, endsOn).map((day) => [day, weekdayDayMonth.format(new Date(day))]));
}

/** The day a per-day page shows: the one asked for, else today during the edition, else its first day. */
export function chosenDay(days: Record<string, string>, asked: string | undefined, today: string): string {
  return asked && asked in days ? asked : today in days ? today : Object.keys(days)[0]!;
}
