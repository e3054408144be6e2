import type { StayProblem } from "./stay";

export type VisaLetterProblem =
  | "invalid"
  | "expired"
  | "used"
  | "not-eligible"
  | "letters-off"
  | "already-approved"
  | "not-found"
  | "not-approved"
  | "changed"
  | "too-many"
  | "unopenable";

/** What a person or an organizer reads for each problem. */
export const VISA_LETTER_PROBLEMS: Record<VisaLetterProblem, string> = {
  invalid: "This link does not work. Use the latest email we sent you.",
  expired: "This link has expired.",
  used: "This link has already been used.",
  "not-eligible": "Invitation letters are for people with a confirmed place or an accepted application.",
  "letters-off": "Invitation letters are not offered at the moment: write to the organizers.",
  "already-approved": "Your letter is approved: it can no longer be changed. Write to the organizers if it is wrong.",
  "not-found": "This request is no longer there (it was corrected, cancelled or deleted). Reload the page.",
  "not-approved": "The letter is not approved yet.",
  unopenable:
    "Your letter cannot be made: the passport number and date of birth you gave can no longer be read. Write to the organizers.",
  "too-many": "You downloaded it many times: try again in a few minutes.",
  changed: "This request changed since you opened the page: reload and check it again.",
};

/** A problem named in a URL parameter, in words; null for anything else ("constructor" too). */
export function visaLetterProblemText(param: string | undefined): string | null {
  return param && Object.hasOwn(VISA_LETTER_PROBLEMS, param) ? VISA_LETTER_PROBLEMS[param as VisaLetterProblem] : null;
}

export const STAY_PROBLEMS: Record<StayProblem, string> = {
  "too-early": "Your stay can start at most 14 days before the first sprint morning.",
  "too-late": "Your stay can end at most 14 days after the last sprint morning.",
  "misses-edition": "Your stay must include at least one day of the edition.",
};

export const BIRTH_DATE_PROBLEM = "Enter your real date of birth (between 1900 and 10 years ago).";

/** The settings page's words when a public site has no DATA_ENCRYPTION_KEY. */
export const SEALING_UNAVAILABLE =
  "Visa letters hold passport numbers, stored encrypted: set DATA_ENCRYPTION_KEY on this public site before turning them on (docs/visa-letters.md).";

/** The organizers' page, on a request whose passport number and date of birth do not open. */
export const UNOPENABLE_FIELD = "cannot be opened with this site's key";
export const UNOPENABLE_REQUEST =
  "Its passport number and date of birth cannot be opened with this site's key (was DATA_ENCRYPTION_KEY changed?): no letter can be made from it. Decline it so that they give them again.";
