// The host-proposals feature's entry: its use cases, schemas and wording, for routes, components, other
// features and the composition (lib/server), which the worker and instrumentation import: nothing
// here may reach a "server-only" module (the import rules check it).
export { draftEditionFromProposal, reviewProposal, submitHostProposal } from "./host-proposals";
export { hostProposalReceived } from "./mail-templates";
export { HostProposalSchema, PROPOSAL_STATUSES, ProposalReviewSchema } from "./schemas";
export { PROPOSAL_PROBLEMS } from "./wording";
