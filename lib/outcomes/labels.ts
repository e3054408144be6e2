import type { OutcomeKind, OutcomeStatus } from "../generated/prisma/enums";

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
