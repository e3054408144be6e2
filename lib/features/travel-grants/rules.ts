import { zonedTime } from "../../platform/calendar/zoned-time";

/** A request is for at most this many euros: more is a typo, or not a travel grant. */
export const MAX_GRANT_EUROS = 5_000;
/** A budget above this is a typo. */
export const MAX_BUDGET_EUROS = 1_000_000;
export const MAX_REASON_CHARS = 1_000;
/** The privacy page promises this: requests are deleted 6 months after the edition ends. */
export const KEEP_GRANT_REQUESTS_MONTHS = 6;

export type GrantStatus = "asked" | "granted" | "declined" | "released";

/**
 * The registrations whose request organizers see and decide: a confirmed owner (confirmed,
 * waitlisted, offered, or an applicant of an application edition). Never a pending one, whose
 * address nobody has confirmed yet, nor one cancelled, lapsed or declined.
 */
export const DECIDABLE_REGISTRATION_STATUSES = ["confirmed", "waitlisted", "offered", "applied"] as const;

/** A registration in these statuses loses its undecided request (the housekeeping deletes it). */
export const ENDED_REGISTRATION_STATUSES = ["cancelled", "expired", "declined"] as const;

export type GrantRefusal = "no-budget" | "beyond-asked" | "beyond-budget";

/**
 * Whether `amount` euros may be granted on a request for `asked`, with `budget` and `granted`
 * (what the edition's granted grants add up to now, read under the edition's lock).
 */
export function grantRefusal(
  amount: number,
  asked: number,
  budget: number | null,
  granted: number,
): GrantRefusal | null {
  if (budget === null) return "no-budget";
  if (amount > asked) return "beyond-asked";
  if (amount > budget - granted) return "beyond-budget";
  return null;
}

/** What is left to grant; never below 0 (a budget is never set below what is granted). */
export function budgetLeft(budget: number | null, granted: number): number {
  return Math.max(0, (budget ?? 0) - granted);
}

/** A budget may change, but never below what is already granted. */
export function budgetAllowed(budget: number, granted: number): boolean {
  return Number.isInteger(budget) && budget >= granted && budget <= MAX_BUDGET_EUROS;
}

/** The day after `date` (YYYY-MM-DD), `months` later, as YYYY-MM-DD; clamped to the month's end. */
function dayAfterMonthsLater(date: Date, months: number): string {
  const next = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), lastDay);
  const shifted = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth(), day + 1));
  return shifted.toISOString().slice(0, 10);
}

/** The report shows grant totals only with at least this many grants: fewer could tell someone's amount. */
export const MIN_GRANTS_SHOWN = 5;

/** When an edition has ended: midnight at the venue at the end of its last day. */
export function editionEndedAt(edition: { endsOn: Date; timeZone: string }): Date {
  return zonedTime(dayAfterMonthsLater(edition.endsOn, 0), "00:00", edition.timeZone);
}

/**
 * When an edition's grant requests are deleted: 6 months after it ends, that is at midnight at
 * the venue at the end of the same calendar day 6 months after its last day.
 */
export function grantRequestsPurgeAt(edition: { endsOn: Date; timeZone: string }): Date {
  return zonedTime(dayAfterMonthsLater(edition.endsOn, KEEP_GRANT_REQUESTS_MONTHS), "00:00", edition.timeZone);
}
