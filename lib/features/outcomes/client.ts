// The outcomes feature's client-safe entry: what client components may import (no database, no secrets).
export { OUTCOME_KINDS, OUTCOME_STATUSES } from "./labels";
export { DISCOVERY_WORDING } from "./wording";
export { OutcomeSchema } from "./schemas";
export { KeepGitHubUsernameSchema, ProposalDecisionSchema, TableCreditSchema } from "./pull-request-schema";
export type { ClaimOnProposal, ClaimPerson } from "./claim-on-proposal";
