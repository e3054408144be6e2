import { dateFormat } from "../../platform/text/date-format";

/** An edition's selection: first come (a confirmed address takes a free place) or by application. */
export type Selection = "first_come" | "by_application";

/** Early decisions (people who need a visa letter) are useful until this long before the first day. */
export const VISA_DECISION_LEAD_DAYS = 42;

/** The deadline as applicants read it, at the venue: "Monday 1 March 2031 at 12:00". */
export function deadlineText(deadline: Date, timeZone: string): string {
  return dateFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone }).format(deadline);
}

/** The last day an early decision still leaves time for a visa: VISA_DECISION_LEAD_DAYS before the first day. */
export function lastUsefulVisaDecision(startsOn: Date): Date {
  return new Date(startsOn.getTime() - VISA_DECISION_LEAD_DAYS * 86_400_000);
}
