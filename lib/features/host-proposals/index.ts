// The host-proposals feature's entry: what routes, components and other features may use.
export { draftEditionFromProposal, reviewProposal, submitHostProposal } from "./host-proposals";
export { hostProposalReceived } from "./mail-templates";
export { countProposals, getProposal, listProposals } from "./reads/proposals";
export { HostProposalSchema, PROPOSAL_STATUSES, ProposalReviewSchema } from "./schemas";
export { PROPOSAL_PROBLEMS } from "./wording";
