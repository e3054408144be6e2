import type { OutcomeStatus } from "../../generated/prisma/enums";

export type WeekCount = { week: number; open: number; merged: number; closed: number };
export type StatusHistory = readonly { status: OutcomeStatus; at: Date }[];

const WEEK_MS = 7 * 24 * 60 * 60_000;
const CHARTED = ["open", "merged", "closed"] as const;

/**
 * How many of an edition's pull requests were open, merged or closed at the end of each week
 * after the sprint: week 0 is the end of its last day, and the week under way counts up to
 * `now`. A pull request counts from the first time its status was recorded, with the last
 * status recorded by then; at most `weeks` weeks (OUTCOME_REFRESH_WEEKS: the refresh stops
 * asking after that).
 */
export function weeklyStatus(endsOn: Date, histories: readonly StatusHistory[], now: Date, weeks: number): WeekCount[] {
  const firstWeekEnds = endsOn.getTime() + 24 * 60 * 60_000;
  if (now.getTime() < firstWeekEnds) return [];
  const last = Math.min(weeks, Math.ceil((now.getTime() - firstWeekEnds) / WEEK_MS));
  const sorted = histories.map((history) => [...history].sort((a, b) => a.at.getTime() - b.at.getTime()));
  const counts: WeekCount[] = [];
  for (let week = 0; week <= last; week += 1) {
    const end = Math.min(firstWeekEnds + week * WEEK_MS, now.getTime());
    const count: WeekCount = { week, open: 0, merged: 0, closed: 0 };
    for (const history of sorted) {
      const seen = history.filter((change) => change.at.getTime() <= end).at(-1);
      const status = seen?.status;
      if (status && (CHARTED as readonly string[]).includes(status)) count[status as (typeof CHARTED)[number]] += 1;
    }
    counts.push(count);
  }
  return counts;
}
