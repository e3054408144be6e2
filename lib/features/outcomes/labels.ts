import type { OutcomeKind, OutcomeStatus } from "../../generated/prisma/enums";

export type { OutcomeKind, OutcomeStatus };

export const OUTCOME_KINDS: Record<OutcomeKind, { one: string; many: string }> = {
  pull_request: { one: "Pull request", many: "Pull requests" },
  ticket: { one: "Ticket", many: "Tickets" },
  documentation: { one: "Documentation", many: "Documentation" },
  proposal: { one: "Proposal or DEP", many: "Proposals and DEPs" },
  review: { one: "Review", many: "Reviews" },
  talk: { one: "Talk or write-up", many: "Talks and write-ups" },
  other: { one: "Other", many: "Other" },
};

export const OUTCOME_STATUSES: Record<OutcomeStatus, string> = {
  open: "Open",
  merged: "Merged",
  closed: "Closed",
  done: "Done",
};

export const OUTCOME_KIND_ORDER = Object.keys(OUTCOME_KINDS) as OutcomeKind[];
export const OUTCOME_STATUS_ORDER = Object.keys(OUTCOME_STATUSES) as OutcomeStatus[];

/** Why an outcome could not be changed: the services return the code, people read these words. */
export type OutcomeProblem =
  "outcome-gone" | "edition-gone" | "not-yours" | "link-dead" | "not-confirmed" | "proposal-decided";

export const OUTCOME_PROBLEMS: Record<OutcomeProblem, string> = {
  "outcome-gone": "That outcome no longer exists.",
  "edition-gone": "That edition no longer exists.",
  "not-yours": "You can only change the outcomes you added.",
  "link-dead": "This link no longer works: use the newest email we sent you.",
  "not-confirmed": "Only attendees with a confirmed place can record outcomes.",
  "proposal-decided": "That pull request was already added or set aside: reload the page.",
};
