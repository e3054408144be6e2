import type { GrantStatus } from "./rules";

export type GrantProblem =
  | "no-edition"
  | "no-grant"
  | "not-open"
  | "no-key"
  | "not-active"
  | "already-decided"
  | "changed"
  | "not-decidable"
  | "not-granted"
  | "not-cancelled"
  | "already-paid"
  | "no-budget"
  | "beyond-asked"
  | "beyond-budget"
  | "below-granted"
  | "invalid"
  | "expired"
  | "used";

export const GRANT_PROBLEMS: Record<GrantProblem, string> = {
  "no-edition": "There is no such edition: reload the page.",
  "no-grant": "This request is no longer there: it was withdrawn or deleted. Reload the page.",
  "not-open": "Travel grant requests are not open for this edition.",
  "no-key":
    "Travel grants need DATA_ENCRYPTION_KEY on a public site (the reasons are stored encrypted): set it, then open them.",
  "not-active": "Only a registration that is still active can ask for a travel grant.",
  "already-decided": "This request has been decided already, so it can no longer change.",
  changed: "This request changed while you were deciding (a new amount or reason): reload the page and decide again.",
  "not-decidable":
    "This request cannot be decided: the person's registration is not confirmed, or no longer active. Reload the page.",
  "not-granted": "Only a granted request can be marked paid or released.",
  "not-cancelled": "A grant can be released only when its registration was cancelled.",
  "already-paid": "This grant is paid already.",
  "no-budget": "Set a budget first.",
  "beyond-asked": "That is more than the person asked for.",
  "beyond-budget": "That is more than the budget has left.",
  "below-granted": "The budget cannot be less than what is granted already.",
  invalid: "This link is not valid. Check that the whole link was copied from the email.",
  expired: "This link has expired.",
  used: "This link has been used already.",
};

export const GRANT_STATUS_LABELS: Record<GrantStatus, string> = {
  asked: "Waiting for a decision",
  granted: "Granted",
  declined: "Declined",
  released: "Released (registration cancelled)",
};
