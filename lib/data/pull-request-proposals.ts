import "server-only";
import { db } from "../db";

const proposalColumns = {
  id: true,
  url: true,
  title: true,
  status: true,
  ticket: true,
  openedAt: true,
  registration: { select: { name: true, githubUsername: true } },
} as const;

/** The pull requests found for an edition that nobody has decided on yet, oldest first. */
export function pendingProposals(editionId: string) {
  return db().pullRequestProposal.findMany({
    where: { editionId, decision: "pending" },
    select: proposalColumns,
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
  });
}

/** The pull requests found for one attendee, waiting for them. */
export function ownPendingProposals(registrationId: string) {
  return db().pullRequestProposal.findMany({
    where: { registrationId, decision: "pending" },
    select: proposalColumns,
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
  });
}

export type FoundPullRequestRow = Awaited<ReturnType<typeof pendingProposals>>[number];

/** Where the edition's search stands: what it looks in, for how many people, and any pause. */
export async function searchState(editionId: string) {
  const [edition, withUsername] = await Promise.all([
    db().edition.findUniqueOrThrow({
      where: { id: editionId },
      select: {
        outcomeRepositories: true,
        pullRequestsSearchedAt: true,
        pullRequestSearchPausedUntil: true,
        pullRequestSearchProblem: true,
      },
    }),
    db().registration.count({ where: { editionId, status: "confirmed", githubUsername: { not: null } } }),
  ]);
  return { ...edition, withUsername };
}
