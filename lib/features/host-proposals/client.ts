// The host-proposals feature's client-safe entry: what client components may import (no database, no secrets).
export { HostProposalSchema, PROPOSAL_STATUSES, ProposalReviewSchema } from "./schemas";
