// The travel grants feature's entry: its use cases that never seal or open a reason, schemas,
// rules and wording, for routes, components, other features and the composition (lib/server),
// which the worker and instrumentation import: nothing here may reach a "server-only" module.
// What seals or opens a reason is in reads.ts.
export { declineTravelGrant, type DecideOutcome, grantTravelGrant } from "./decide-grant";
export { keepErasedGrantTotals } from "./erased-grants";
export { grantAsksOf, type GrantAskSummary } from "./grant-asks";
export { grantHousekeeping } from "./grant-housekeeping";
export { grantTotals, type GrantTotals } from "./grant-totals";
export { markGrantPaid, releaseTravelGrant } from "./mark-grant-paid";
export { travelGrantDeclined, travelGrantGranted } from "./mail-templates";
export {
  budgetAllowed,
  budgetLeft,
  grantRefusal,
  grantRequestsPurgeAt,
  type GrantStatus,
  KEEP_GRANT_REQUESTS_MONTHS,
  MAX_BUDGET_EUROS,
  MAX_GRANT_EUROS,
  MAX_REASON_CHARS,
} from "./rules";
export {
  GrantAskSchema,
  GrantDecisionSchema,
  GrantPaidSchema,
  GrantSettingsSchema,
  RegistrationWithGrantSchema,
} from "./schemas";
export { GRANT_PROBLEMS, GRANT_STATUS_LABELS, type GrantProblem } from "./wording";
