/**
 * Who may ask for a visa invitation letter, and keep one: the one rule, used by the request, the
 * manage page, the download and the housekeeping. A confirmed place, or an accepted application
 * (held as an offer with `acceptedAt` set, docs/applications.md), which they confirm later: a visa
 * takes weeks, so they may ask as soon as they are accepted.
 */
export function mayAskForVisaLetter(registration: { status: string; acceptedAt: Date | null }): boolean {
  return registration.status === "confirmed" || (registration.status === "offered" && registration.acceptedAt !== null);
}

/** Days around the edition a stay may start before or end after. */
export const STAY_MARGIN_DAYS = 14;

/** The promise on the privacy page: a request is deleted this many days after its edition's last day. */
export const KEEP_VISA_REQUESTS_DAYS = 30;
