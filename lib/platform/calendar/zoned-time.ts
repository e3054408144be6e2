import { dateFormat } from "../text/date-format";

/** Offset of a time zone from UTC at an instant, in minutes (e.g. +120 for Rome in May). */
function offsetMinutes(timeZone: string, at: Date): number {
  const parts = dateFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - at.getTime()) / 60_000);
}

/** The instant when a wall-clock time (e.g. 2031-05-01 08:00) happens in a time zone. */
export function zonedTime(date: string, time: string, timeZone: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  // Twice: the first guess may sit on the other side of a daylight-saving change.
  let instant = new Date(naive.getTime() - offsetMinutes(timeZone, naive) * 60_000);
  instant = new Date(naive.getTime() - offsetMinutes(timeZone, instant) * 60_000);
  return instant;
}

/** Every calendar day from start to end, as YYYY-MM-DD. */
export function daysBetween(startsOn: Date, endsOn: Date): string[] {
  const days: string[] = [];
  for (let t = startsOn.getTime(); t <= endsOn.getTime(); t += 24 * 60 * 60_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/** An instant as the wall-clock date and time in a time zone, for a datetime-local input. */
export function toZonedInput(instant: Date, timeZone: string): string {
  const local = new Date(instant.getTime() + offsetMinutes(timeZone, instant) * 60_000);
  return local.toISOString().slice(0, 16);
}
