import type { RegistrationStatus } from "../../generated/prisma/client";
import type { TokenProblem } from "./token-lookup";
import type { Placement } from "./seat-statement";
import type { TestRunProblem } from "./test-run-output";

// What people read when a registration use case answers: the services return codes
// ({ ok: false, problem }), and the words for every one of them are here.

/** Why an emailed registration link (confirm, manage, take an offered place) cannot be used. */
export type LinkProblem = TokenProblem | "lapsed" | "edition-over" | "not-active" | "no-offer" | "offer-expired";

export const LINK_PROBLEMS: Record<LinkProblem, readonly [title: string, text: string]> = {
  invalid: [
    "This link does not work",
    "It may have been copied incompletely. Open it again from the email, or register again to get a new one.",
  ],
  expired: [
    "This link has expired",
    "Links in our emails work for a limited time. Register again from the edition's page to get a new one.",
  ],
  used: [
    "This link has already been used",
    "Your registration was already confirmed with it. The other link in our emails lets you see and manage your registration.",
  ],
  lapsed: [
    "This registration lapsed",
    "It was not confirmed in time and holds no place. Register again from the edition's page.",
  ],
  "edition-over": ["This edition is over", "Registration for it has ended."],
  "not-active": ["This registration is no longer active", "It was cancelled or has lapsed."],
  "no-offer": ["There is no offer to take", "This registration has no place offered to it right now."],
  "offer-expired": ["This offer has expired", "The place went to the next person on the waiting list."],
};

/** The short line a button's answer shows; the page, once reloaded, says why in full. */
export const LINK_NO_LONGER_WORKS = "This link can no longer be used. Reload the page to see why.";

export type FormProblem = "unknown-edition" | "closed" | "invalid-days" | "answer-required";

export const FORM_PROBLEMS: Record<FormProblem, string> = {
  "unknown-edition": "Registration for this edition is not open.",
  closed: "Registration for this edition is not open.",
  "invalid-days": "Choose days of this edition.",
  "answer-required": "Please answer the question: it is part of the application.",
};

export type AdminProblem =
  | { problem: "registration-gone" | "no-free-place" | "not-an-edition-day" | "not-confirmed" }
  | { problem: "wrong-status"; status: RegistrationStatus };

export function describeAdminProblem(failure: AdminProblem): string {
  switch (failure.problem) {
    case "registration-gone":
      return "This registration no longer exists.";
    case "no-free-place":
      return "No place is free. Raise the capacity or cancel someone first.";
    case "not-an-edition-day":
      return "That is not a day of this edition.";
    case "not-confirmed":
      return "Only confirmed people can be checked in.";
    case "wrong-status":
      return `Not possible for a registration that is ${failure.status}.`;
  }
}

export type AdminChange =
  | { action: "confirm"; name: string; placement: Placement }
  | { action: "waitlist" | "promote" | "cancel"; name: string };

export function describeAdminChange(change: AdminChange): string {
  switch (change.action) {
    case "confirm":
      return change.placement.status === "confirmed"
        ? `${change.name} is confirmed.`
        : `The edition is full: ${change.name} is number ${change.placement.position} on the waiting list.`;
    case "waitlist":
      return `${change.name} is now at the end of the waiting list.`;
    case "promote":
      return `${change.name} has a place.`;
    case "cancel":
      return `${change.name}'s registration is cancelled.`;
  }
}

/** Beside every count of places: pages count them every few seconds (SEAT_COUNT_REFRESH_S). */
export const SEAT_COUNT_NOTE = "Counted every few seconds.";

/** Why a pasted test run gives no verdict: what was missing, and what to paste instead. */
export function describeTestRunProblem({ problem, found }: { problem: TestRunProblem; found?: string }): string {
  switch (problem) {
    case "no-ran-line":
      return "We found no “Ran … tests in …s” line. Paste the end of what ./runtests.py printed: from the line of dashes to the last line, with the “Ran” line and the “OK” or “FAILED” line below it.";
    case "cut-after-ran":
      return "The paste stops after the “Ran … tests” line. Paste down to the end, with the “OK” or “FAILED” line below it.";
    case "no-tests":
      return "“Ran 0 tests”: no test ran. Run ./runtests.py from the tests folder of your clone, without arguments, and paste the end of its output.";
    case "no-result-line":
      return `After the “Ran … tests” line we expected “OK” or “FAILED (…)”, and found “${found ?? ""}”. Paste the output exactly as ./runtests.py printed it.`;
  }
}

export type ReadinessProblem = TokenProblem | "not-active";

/** What an attendee reads when their checklist cannot be saved. */
export const READINESS_PROBLEMS: Record<ReadinessProblem, string> = {
  invalid: "This link does not work: open it again from our newest email.",
  expired: "This link has expired: use the one in our newest email.",
  used: "This link does not work: open it again from our newest email.",
  "not-active": "The checklist is for people with a place or on the waiting list; this registration is not active.",
};
