// What organizers read when a host proposal cannot be reviewed or made into an edition.

export type ProposalProblem = "proposal-gone" | "not-accepted" | "draft-race";

export const PROPOSAL_PROBLEMS: Record<ProposalProblem, string> = {
  "proposal-gone": "That proposal no longer exists.",
  "not-accepted": "Accept the proposal first: only accepted proposals become editions.",
  "draft-race": "Someone else just made the draft: reload the page.",
};
