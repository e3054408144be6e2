import { dateFormat } from "../text/date-format";

/** Organizers read these times wherever they are: the zone is spelled out. */
export const relayTime = (at: Date) =>
  `${dateFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(at)} UTC`;

/** The mail that tells the organizers, once, that an outage is over and what it held back. */
export function relayWorksAgainNotice(fault: { since: Date; lastError: string }, now: Date, waiting: number) {
  return {
    subject: "Mail is going out again",
    paragraphs: [
      `From ${relayTime(fault.since)} to ${relayTime(now)} the mail relay refused to send anything. Its last answer: ${fault.lastError}`,
      `Nothing was lost: ${waiting === 1 ? "the 1 message" : `the ${waiting} messages`} waiting in the outbox ${waiting === 1 ? "is" : "are"} going out now, each once. The waiting list was paused meanwhile: an offer's time to answer starts when its email is sent.`,
    ],
  };
}

/** How a failure that is the site's own begins: the message could not be rendered (see the worker). */
export const RENDER_FAILURE = "Could not render this message:";

export type ResendProblem = "not-failed" | "body-dropped";

/** Why a failed message cannot be sent again, for the mail health page. */
export function describeResendProblem(problem: ResendProblem): string {
  return {
    "not-failed": "That message is no longer a failed one: it was sent again already, or deleted.",
    "body-dropped": "That message failed more than 7 days ago: its text was deleted, so it cannot be sent again.",
  }[problem];
}
