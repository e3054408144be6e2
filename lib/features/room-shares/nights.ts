import { daysBetween } from "../../platform/calendar/zoned-time";

const DAY_MS = 24 * 60 * 60_000;
const evening = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * The nights someone may need a room for, by their evening (YYYY-MM-DD): from the evening
 * before the first morning to the evening of the last day.
 */
export function editionNights(startsOn: Date, endsOn: Date): Record<string, string> {
  const first = new Date(startsOn.getTime() - DAY_MS);
  return Object.fromEntries(
    daysBetween(first, endsOn).map((day) => [day, `The night of ${evening.format(new Date(`${day}T00:00:00Z`))}`]),
  );
}

/** "the nights of Thursday 30 April and Friday 1 May", for a sentence. */
export function describeNights(nights: Record<string, string>, chosen: readonly string[]): string {
  const days = chosen.map((night) => (nights[night] ?? night).replace(/^The night of /, ""));
  if (days.length === 1) return `the night of ${days[0]}`;
  return `the nights of ${days.slice(0, -1).join(", ")} and ${days.at(-1)}`;
}
