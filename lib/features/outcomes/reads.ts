import "server-only";
// The outcomes feature's reads for pages (server components and route handlers only).
export { listedColleagues } from "./reads/outcome-colleagues";
export {
  adminOutcomes,
  attendeeOutcomes,
  getEditionImpact,
  getSeriesImpact,
  type PublicOutcome,
} from "./reads/outcomes";
export { ownPendingProposals, pendingProposals, searchState } from "./reads/pull-request-proposals";
export { claimsOnProposals } from "./claimed-tickets";
export type { ClaimOnProposal } from "./claim-on-proposal";
