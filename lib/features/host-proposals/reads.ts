import "server-only";
// The host-proposals feature's reads for pages (server components and route handlers only).
export { countProposals, getProposal, listProposals } from "./reads/proposals";
