import { db } from "../../platform/db";
import { dayPlan } from "../tables";
import type { ClaimOnProposal } from "./claim-on-proposal";
import { ticketReference } from "./ticket-reference";

/**
 * The GitHub issue a pull request closes by GitHub's own keywords ("Fixes #12", "closes #12",
 * "Resolved #12"), in the pull request's repository. Django's pull requests name Trac tickets
 * instead ("Fixed #12345 -- …"): a title that does is a Trac reference, never a GitHub one.
 */
export function githubIssueReference(title: string): number | null {
  if (ticketReference(title) !== null) return null;
  const match = /\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?)\s*:?\s+#(\d{1,7})\b/i.exec(title);
  return match ? Number(match[1]) : null;
}

/** "owner/name" of a pull request on github.com, from its address. */
export const repositoryOf = (url: string) => /^https:\/\/github\.com\/([^/]+\/[^/]+)\/pull\/\d+/.exec(url)?.[1] ?? null;

/**
 * Links the edition's undecided pull request proposals to the board's claim on the ticket each
 * names: a Trac ticket by Django's convention, or an issue of its own repository by GitHub's
 * keywords. A proposal already linked keeps its claim; a released claim unlinks by itself
 * (the foreign key). Returns how many were linked.
 */
export async function linkProposalsToClaims(editionId: string): Promise<number> {
  const [proposals, claimed] = await Promise.all([
    db().pullRequestProposal.findMany({
      where: { editionId, decision: "pending", claimId: null },
      select: { id: true, url: true, title: true, ticket: true },
    }),
    db().ticketClaim.findMany({
      where: { editionId },
      select: { id: true, ticket: { select: { source: true, repository: true, number: true } } },
    }),
  ]);
  if (proposals.length === 0 || claimed.length === 0) return 0;
  const claimOf = new Map(
    claimed.map((claim) => [`${claim.ticket.source}:${claim.ticket.repository}:${claim.ticket.number}`, claim.id]),
  );
  let linked = 0;
  for (const proposal of proposals) {
    const issue = githubIssueReference(proposal.title);
    const key =
      proposal.ticket !== null
        ? `trac::${proposal.ticket}`
        : issue !== null
          ? `github:${repositoryOf(proposal.url)}:${issue}`
          : null;
    const claimId = key ? claimOf.get(key) : undefined;
    if (!claimId) continue;
    const updated = await db().pullRequestProposal.updateMany({
      where: { id: proposal.id, decision: "pending", claimId: null },
      data: { claimId },
    });
    linked += updated.count;
  }
  return linked;
}

/** The claim each proposal is linked to, with the table's people that day for a table's claim. */
export async function claimsOnProposals(proposalIds: readonly string[]): Promise<Map<string, ClaimOnProposal>> {
  const linked = await db().pullRequestProposal.findMany({
    where: { id: { in: [...proposalIds] }, claimId: { not: null } },
    select: {
      id: true,
      editionId: true,
      claim: {
        select: {
          day: true,
          table: true,
          ticket: { select: { number: true } },
          registration: { select: { id: true, name: true, publicListing: true } },
        },
      },
    },
  });
  const plans = new Map<string, Awaited<ReturnType<typeof dayPlan>>>();
  const claims = new Map<string, ClaimOnProposal>();
  for (const { id, editionId, claim } of linked) {
    if (!claim) continue;
    if (claim.table === null) {
      claims.set(id, { kind: "personal", ticket: claim.ticket.number, claimant: claim.registration });
      continue;
    }
    const key = `${editionId}:${claim.day}`;
    if (!plans.has(key)) plans.set(key, await dayPlan(editionId, claim.day));
    const table = plans.get(key)?.tables[claim.table];
    claims.set(id, {
      kind: "table",
      ticket: claim.ticket.number,
      day: claim.day,
      table: table?.name ?? `Table ${claim.table + 1}`,
      people: (table?.people ?? []).map(({ id, name, publicListing }) => ({ id, name, publicListing })),
    });
  }
  return claims;
}

/**
 * Who accepting a proposal credits besides the person it was found for: the claimant of a
 * personal claim; for a table's claim, those ticked among the people at that table that day
 * (anyone else ticked is not credited). Read before the decision's transaction opens: the
 * embedded database serves one connection, so nothing reads beside an open transaction.
 */
export function creditedByClaim(claim: ClaimOnProposal | undefined, ticked: readonly string[]): string[] {
  if (!claim) return [];
  if (claim.kind === "personal") return [claim.claimant.id];
  const atTable = new Set(claim.people.map((person) => person.id));
  return ticked.filter((id) => atTable.has(id));
}
