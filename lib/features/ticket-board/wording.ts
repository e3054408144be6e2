import type { TicketState } from "../../generated/prisma/enums";
import type { PasteProblem, PastedLine } from "./paste";
import type { QueryUrlProblem } from "./trac-query";

/** A board holds this many tickets at most: enough for any morning, and its refresh stays a few requests. */
export const MAX_BOARD_TICKETS = 500;

/** Claims one person can hold for one day: enough for a morning, not the whole board. */
export const MAX_CLAIMS_A_DAY = 3;

/** The fixed labels; anything else is an area of Django. */
export const FIXED_LABELS = ["good first ticket", "needs a reviewer", "bigger"] as const;

/** Where a ticket stands, as the board says it. */
export const TICKET_STATES: Record<TicketState, string> = {
  open: "new or assigned",
  has_patch: "has a patch",
  needs_improvement: "patch needs improvement",
  ready_for_checkin: "ready for checkin",
  with_pull_request: "has a pull request",
  merged: "merged",
  closed: "closed",
};

export const stateText = (state: TicketState, resolution: string | null, source: "trac" | "github") =>
  state === "open" && source === "github"
    ? "open"
    : state === "closed" && resolution
      ? `closed (${resolution.replace(/_/g, " ")})`
      : TICKET_STATES[state];

const PASTE_PROBLEMS: Record<PasteProblem, string> = {
  "not-a-ticket": "is not a ticket number (#12345), a Trac ticket link or a GitHub issue link",
  "other-trac": "is a link to another site than the edition's Trac",
  "other-repository": "is an issue of a repository this edition does not follow (see the edition's repositories)",
};

/** One message per refused pasted line, naming it. */
export const pastedLineProblems = (lines: PastedLine[]) =>
  lines.map(({ line, text, problem }) => `Line ${line} ("${text}") ${PASTE_PROBLEMS[problem]}.`);

export const QUERY_URL_PROBLEMS: Record<QueryUrlProblem, string> = {
  "not-a-url": "Paste the whole address of a Trac query (it starts with https://).",
  "other-trac": "Only queries on the edition's Trac can be imported.",
  "not-a-query": "That is not a Trac query: it should end in /query?… (open the query in Trac and copy its address).",
};

export type BoardProblem =
  | "no-such-edition"
  | "no-such-ticket"
  | "trac-failed"
  | "link-dead"
  | "not-confirmed"
  | "not-your-day"
  | "day-over"
  | "too-many-claims"
  | "no-table"
  | "already-claimed"
  | "not-your-claim"
  | "no-such-claim"
  | "not-attending"
  | "not-a-day"
  | "no-such-table";

/** What people read when a board action cannot be done. */
export const BOARD_PROBLEMS: Record<BoardProblem, string> = {
  "no-such-edition": "That edition no longer exists.",
  "no-such-ticket": "That ticket is no longer on the board: reload the page.",
  "trac-failed": "Trac could not be read, and nothing was changed. Try again in a few minutes.",
  "link-dead": "This link no longer works. Use the newest link we emailed you.",
  "not-confirmed": "Only confirmed attendees can claim tickets.",
  "not-your-day": "Choose one of the days you come to.",
  "day-over": "That morning is over: claims are for today or a day still to come.",
  "too-many-claims": `You have claimed ${MAX_CLAIMS_A_DAY} tickets for that day: release one before claiming another.`,
  "no-table":
    "You have no table that day yet: organizers set the tables before the morning. Claim it for yourself instead.",
  "already-claimed": "Someone claimed this ticket just before you: choose another one.",
  "not-your-claim": "Only the person who claimed a ticket can release it; ask an organizer.",
  "no-such-claim": "That claim no longer exists: reload the page.",
  "not-attending": "That person is not a confirmed attendee of this edition.",
  "not-a-day": "That is not a day of this edition.",
  "no-such-table": "There is no such table that day.",
};

/** A Trac failure with what happened (a status, a web page instead of CSV, a timeout). */
export const tracFailed = (detail: string) => `Trac ${detail}, so nothing was imported. Try again in a few minutes.`;

/** Django's documented rule for claiming a ticket in Trac, in short, with the page that says it. */
export const CLAIMING_IN_TRAC = {
  text: "Claiming here tells the other people at the sprint. In Trac, claim the ticket yourself too, as Django asks: check that nobody owns it, log in, choose “assign to myself” and submit. Release it there if you stop.",
  link: "https://docs.djangoproject.com/en/dev/internals/contributing/writing-code/submitting-patches/#claiming-tickets",
  linkText: "Django’s guide to claiming tickets",
};
/** The refresh problems recorded on a ticket and shown on the board. */
export const REFRESH_WORDING = {
  trac: (detail: string) => `Trac ${detail}; the state shown is from the last good refresh.`,
  github: (detail: string) => `GitHub ${detail}; the state shown is from the last good refresh.`,
  notListed: "Trac did not list this ticket: check its number.",
  rateLimited: "GitHub's rate limit is used up; the next refresh tries again (set GITHUB_TOKEN for a higher limit).",
};
