import { formatDateRange } from "../../platform/calendar/calendar";
import { dateFormat } from "../../platform/text/date-format";
import { OUTCOME_KINDS, OUTCOME_STATUSES } from "../outcomes";
import type { CertificateSnapshot } from "./snapshot";

// The sentences a certificate prints, shared by its PDF and its verification page so they say the same.

const dayWithWeekday = () =>
  dateFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const fullDate = () => dateFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function certificateTitle(snapshot: CertificateSnapshot): string {
  return snapshot.outcomes.length > 0 ? "Certificate of attendance and contribution" : "Certificate of attendance";
}

/** "Django on the Med: Pescara, in Pescara, Italy, 1–3 May 2031" */
export function editionLine(snapshot: CertificateSnapshot): string {
  const { edition } = snapshot;
  const dates = formatDateRange(new Date(edition.startsOn), new Date(edition.endsOn));
  return `${edition.name}, in ${edition.city}, ${edition.country}, ${dates}`;
}

/** "Thursday 1 May 2031" for each day checked in. */
export function checkedInDays(snapshot: CertificateSnapshot): string[] {
  return snapshot.days.map((day) => dayWithWeekday().format(new Date(`${day}T00:00:00Z`)));
}

/** "Pull request, merged: Fixed #36012 -- …" */
export function outcomeLine(outcome: CertificateSnapshot["outcomes"][number]): string {
  return `${OUTCOME_KINDS[outcome.kind].one}, ${OUTCOME_STATUSES[outcome.status].toLowerCase()}: ${outcome.title}`;
}

/** Who vouches for the attendance: named organizers, or the organizers as a body when none gave a name. */
export function recordedByLine(snapshot: CertificateSnapshot, siteName: string): string {
  const names = snapshot.recordedBy;
  if (names.length === 0) return `Attendance recorded at the door by the organizers of ${siteName}.`;
  const listed = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return `Attendance recorded at the door by ${listed}, for the organizers of ${siteName}.`;
}

export function issuedOn(issuedAt: Date): string {
  return fullDate().format(issuedAt);
}
