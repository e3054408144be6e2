/**
 * Who may ask for a visa invitation letter, and keep one: the one rule, used by the request, the
 * manage page, the download and the housekeeping. Today a confirmed place; editions run by
 * application will add their accepted people here.
 */
export function mayAskForVisaLetter(status: string): boolean {
  return status === "confirmed";
}

/** Days around the edition a stay may start before or end after. */
export const STAY_MARGIN_DAYS = 14;

/** The promise on the privacy page: a request is deleted this many days after its edition's last day. */
export const KEEP_VISA_REQUESTS_DAYS = 30;
