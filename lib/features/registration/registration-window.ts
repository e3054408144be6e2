import { isoDate, todayIn } from "../../platform/calendar/calendar";

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

/** Registration is open from its opening instant until its closing one (or the edition's end). */
export function registrationWindow(edition: Dated & Registrable, now: Date): RegistrationWindow {
  if (editionPhase(edition, now) === "past") return "closed";
  if (edition.registrationOpensAt && now < edition.registrationOpensAt) return "not-open-yet";
  if (edition.registrationClosesAt && now >= edition.registrationClosesAt) return "closed";
  if (edition.selection === "by_application" && edition.applicationDeadline && now >= edition.applicationDeadline)
    return "closed";
  return "open";
}
