// The outcomes feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { attendeeOf } from "./changes";
export { decideOwnPullRequest } from "./decide-own-pull-request";
export { decidePullRequests } from "./decide-pull-requests";
export { deleteOutcome } from "./delete-outcome";
export { deleteOwnOutcome } from "./delete-own-outcome";
export { discoverDuePullRequests } from "./discover-pull-requests";
export { describeReported, type Headline, type Reported } from "./headline";
export { type Impact, impactOf } from "./impact";
export {
  OUTCOME_KIND_ORDER,
  OUTCOME_KINDS,
  OUTCOME_PROBLEMS,
  OUTCOME_STATUS_ORDER,
  OUTCOME_STATUSES,
  type OutcomeKind,
  type OutcomeStatus,
} from "./labels";
export { KeepGitHubUsernameSchema, ProposalDecisionSchema, TableCreditSchema } from "./pull-request-schema";
export { refreshDueOutcomes, refreshEditionOutcomes } from "./refresh-outcome-statuses";
export { saveOutcome } from "./save-outcome";
export { saveOwnOutcome } from "./save-own-outcome";
export { OutcomeSchema } from "./schemas";
export { searchPullRequestsNow } from "./search-pull-requests-now";
export { settleGitHubClash } from "./settle-github-clash";
export { ticketLink } from "./ticket-reference";
export { type WeekCount } from "./weekly-status";
export { CLASH_PROBLEMS, DISCOVERY_WORDING } from "./wording";
// For the ticket board (lib/features/ticket-board), which asks Trac and GitHub the same way.
export { parseCsv } from "./csv";
export { githubHeaders, githubRateLimit, TIMEOUT_MS, USER_AGENT } from "./fetch-status";
