import { isoDate, todayIn } from "../../platform/calendar/calendar";
import { zonedTime } from "../../platform/calendar/zoned-time";

type Dated = { startsOn: Date; endsOn: Date; timeZone: string };
type Registrable = {
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  /** By application: applications close at the deadline. */
  selection?: string;
  applicationDeadline?: Date | null;
};

export type EditionPhase = "upcoming" | "ongoing" | "past";
export type RegistrationWindow = "not-open-yet" | "open" | "closed";

/** Whether an edition is ahead, happening or over, by the calendar at the venue. */
export function editionPhase(edition: Dated, now: Date): EditionPhase {
  const today = todayIn(edition.timeZone, now);
  if (today < isoDate(edition.startsOn)) return "upcoming";
  if (today > isoDate(edition.endsOn)) return "past";
  return "ongoing";
}

/** The instant an edition becomes past: midnight at the venue after its last day. */
export function pastFrom(edition: Dated): Date {
  const dayAfter = new Date(
    Date.UTC(edition.endsOn.getUTCFullYear(), edition.endsOn.getUTCMonth(), edition.endsOn.getUTCDate() + 1),
  );
  return zonedTime(isoDate(dayAfter), "00:00", edition.timeZone);
}

/** Registration is open from its opening instant until its closing one (or the edition's end). */
export function registrationWindow(edition: Dated & Registrable, now: Date): RegistrationWindow {
  if (editionPhase(edition, now) === "past") return "closed";
  if (edition.registrationOpensAt && now < edition.registrationOpensAt) return "not-open-yet";
  if (edition.registrationClosesAt && now >= edition.registrationClosesAt) return "closed";
  if (edition.selection === "by_application" && edition.applicationDeadline && now >= edition.applicationDeadline)
    return "closed";
  return "open";
}
