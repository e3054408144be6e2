import { isoDate } from "../../platform/calendar/calendar";
import { STAY_MARGIN_DAYS } from "./eligibility";

export type StayProblem = "too-early" | "too-late" | "misses-edition";

const DAY_MS = 24 * 60 * 60_000;
const shift = (day: Date, days: number) => isoDate(new Date(day.getTime() + days * DAY_MS));

/**
 * The stay's problems, by field: it may start up to 14 days before the edition and end up to 14
 * days after it, and must include one of its days (dates as YYYY-MM-DD).
 */
export function stayProblems(
  edition: { startsOn: Date; endsOn: Date },
  arrivesOn: string,
  leavesOn: string,
): { arrivesOn?: StayProblem; leavesOn?: StayProblem } {
  const problems: { arrivesOn?: StayProblem; leavesOn?: StayProblem } = {};
  if (arrivesOn < shift(edition.startsOn, -STAY_MARGIN_DAYS)) problems.arrivesOn = "too-early";
  else if (arrivesOn > isoDate(edition.endsOn)) problems.arrivesOn = "misses-edition";
  if (leavesOn > shift(edition.endsOn, STAY_MARGIN_DAYS)) problems.leavesOn = "too-late";
  else if (leavesOn < isoDate(edition.startsOn)) problems.leavesOn = "misses-edition";
  return problems;
}

/** A date of birth a passport could carry: from 1900 to ten years before `now`. */
export function birthDateIsSane(dateOfBirth: string, now: Date): boolean {
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() - 10);
  return dateOfBirth >= "1900-01-01" && dateOfBirth <= isoDate(latest);
}
