import "server-only";
import { db } from "../../../platform/db";
import { githubClashes } from "../github-clashes";
import { dueThisRound } from "../search-round";

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

/**
 * Where the edition's search stands: what it looks in, for how many people, how far the round
 * has got, any pause, and the usernames that several registrations gave (nobody is searched
 * for those until organizers decide).
 */
export async function searchState(editionId: string) {
  const [edition, people] = await Promise.all([
    db().edition.findUniqueOrThrow({
      where: { id: editionId },
      select: {
        outcomeRepositories: true,
        pullRequestsSearchedAt: true,
        pullRequestSearchPausedUntil: true,
        pullRequestSearchProblem: true,
      },
    }),
    db().registration.findMany({
      where: { editionId, status: "confirmed", githubUsername: { not: null } },
      select: { id: true, name: true, email: true, githubUsername: true, githubSearchedAt: true },
      orderBy: { name: "asc" },
    }),
  ]);
  const clashes = githubClashes(people);
  const clashing = new Set(clashes.flatMap((clash) => clash.holders.map((holder) => holder.id)));
  const lastRound = edition.pullRequestsSearchedAt;
  // A round is under way only while it is paused at GitHub's limit; otherwise nobody is waiting.
  const stillToSearch = edition.pullRequestSearchPausedUntil
    ? people.filter((person) => !clashing.has(person.id) && dueThisRound(person.githubSearchedAt, lastRound)).length
    : 0;
  return { ...edition, withUsername: people.length, clashes, stillToSearch };
}
