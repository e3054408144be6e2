import type { PassingProblem } from "../database/errors";

export const TOO_MANY_ATTEMPTS = "Too many attempts from here. Please wait a while and try again.";

/** What the wrappers answer for a passing failure: nothing was changed, and trying again will do. */
export const PASSING_PROBLEM_TEXT: Record<PassingProblem, string> = {
  busy: "Many people are registering right now. Please try again in a moment.",
  conflict: "Another change to the same data happened at the same moment, so nothing was changed. Please try again.",
  "database-unavailable":
    "We could not reach our database just now, so nothing was changed. Please try again in a moment.",
};
